import { inspect } from 'node:util';

/** How a user signs in; only `plextrac` users may use the password token flow (PlexTrac docs). */
export type AuthProvider = 'plextrac' | 'sso';

/** A user as passed in `createSandbox({ users })`. */
export interface SandboxUserInput {
  username: string;
  /** Omit for a user that can never sign in with a password (SSO). */
  password?: string;
  /** Base32 TOTP secret (at least 16 bytes decoded): the user has MFA enabled. */
  totpSecret?: string;
  authProvider?: AuthProvider;
  firstName?: string;
  lastName?: string;
  role?: string;
}

/** A user of a running sandbox. `password` and `totpSecret` are readable but never serialized. */
export interface SandboxUser {
  readonly userId: number;
  readonly username: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: string;
  readonly authProvider: AuthProvider;
  readonly mfaEnabled: boolean;
  readonly password: string | undefined;
  readonly totpSecret: string | undefined;
}

/** Demo credentials, documented in the README and printed by the CLI. */
export const demoUsers: readonly SandboxUserInput[] = [
  {
    username: 'analyst@example.com',
    password: 'sandbox-analyst-password',
    firstName: 'Ada',
    lastName: 'Analyst',
    role: 'ADMIN',
  },
  {
    username: 'mfa@example.com',
    password: 'sandbox-mfa-password',
    totpSecret: 'OBWGK6DUOJQWGLLTMFXGIYTPPAWW2ZTB',
    firstName: 'Max',
    lastName: 'Factor',
    role: 'ADMIN',
  },
  { username: 'sso@example.com', authProvider: 'sso', firstName: 'Sam', lastName: 'Single' },
];

function redacted(user: SandboxUser): Record<string, unknown> {
  const { userId, username, firstName, lastName, role, authProvider, mfaEnabled } = user;
  return { userId, username, firstName, lastName, role, authProvider, mfaEnabled };
}

/** Turns user inputs into sandbox users whose secrets stay out of JSON and util.inspect. */
export function createUsers(inputs: readonly SandboxUserInput[]): SandboxUser[] {
  const seen = new Set<string>();
  return inputs.map((input, index) => {
    const username = input.username?.trim();
    if (!username) {
      throw new TypeError(`[@plextrac-ts/sandbox] users[${index}] needs a non-empty username.`);
    }
    const key = username.toLowerCase();
    if (seen.has(key)) {
      throw new TypeError(
        `[@plextrac-ts/sandbox] users[${index}]: username ${username} is listed twice.`,
      );
    }
    seen.add(key);
    if (input.totpSecret !== undefined && !/^[A-Z2-7]{26,}=*$/.test(input.totpSecret)) {
      throw new TypeError(
        `[@plextrac-ts/sandbox] users[${index}] (${username}): totpSecret must be base32 (A-Z, 2-7) of at least 16 bytes.`,
      );
    }
    const user = {
      userId: index + 1,
      username,
      firstName: input.firstName ?? username.split('@')[0] ?? username,
      lastName: input.lastName ?? 'User',
      role: input.role ?? 'ADMIN',
      authProvider: input.authProvider ?? 'plextrac',
      mfaEnabled: input.totpSecret !== undefined,
    } as SandboxUser;
    Object.defineProperties(user, {
      password: { value: input.password, enumerable: false },
      totpSecret: { value: input.totpSecret, enumerable: false },
      toJSON: { value: () => redacted(user), enumerable: false },
      [inspect.custom]: { value: () => redacted(user), enumerable: false },
    });
    return Object.freeze(user);
  });
}
