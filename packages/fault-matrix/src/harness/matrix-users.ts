import type { SandboxUserInput } from '@plextrac-ts/sandbox';
import { addSecret } from './secret-collector.js';

// Distinctive values, so the secret scan cannot miss or mistake them.
export const PASSWORD = 'fm-Password-7f3c9e21-do-not-leak';
export const MFA_PASSWORD = 'fm-MfaPassword-b81d44e0-do-not-leak';
export const TOTP_SECRET = 'KRUGS4ZANFZSAYJAMZQXK3DUEBWWC5DS';

export const ANALYST = 'analyst@matrix.test';
export const MFA_USER = 'mfa@matrix.test';

/** The sandbox users of every matrix row: one password user, one MFA user. */
export const matrixUsers: readonly SandboxUserInput[] = [
  { username: ANALYST, password: PASSWORD, firstName: 'Ada', lastName: 'Analyst' },
  { username: MFA_USER, password: MFA_PASSWORD, totpSecret: TOTP_SECRET, firstName: 'Max' },
];

addSecret('password', PASSWORD);
addSecret('mfa password', MFA_PASSWORD);
addSecret('totp secret', TOTP_SECRET);
addSecret('totp secret (lower case)', TOTP_SECRET.toLowerCase());
