import { randomBytes } from 'node:crypto';
import { generate, verify } from 'otplib';
import type { SandboxClock } from '../clock.js';
import type { SandboxUser } from '../users.js';

const CHALLENGE_TTL_MS = 5 * 60_000;
const STEP_SECONDS = 30;

export interface MfaService {
  /** Opens a single-use challenge for an MFA user and returns its opaque `code`. */
  challenge(user: SandboxUser): string;
  /**
   * Checks a challenge and a 6-digit TOTP (current or previous step). A step already used by
   * the user is rejected (replay). Consumes the challenge on success only.
   */
  complete(code: string, totp: string): Promise<SandboxUser | undefined>;
  /** The TOTP a user's authenticator shows at `atMs` (default: the sandbox clock). */
  totp(user: SandboxUser, atMs?: number): Promise<string>;
}

export function createMfaService(clock: SandboxClock): MfaService {
  const challenges = new Map<string, { user: SandboxUser; expiresAt: number }>();
  const lastStep = new Map<string, number>();

  return {
    challenge(user) {
      const code = randomBytes(24).toString('base64url');
      challenges.set(code, { user, expiresAt: clock.now() + CHALLENGE_TTL_MS });
      return code;
    },
    async complete(code, totp) {
      const entry = challenges.get(code);
      if (!entry) return undefined;
      if (entry.expiresAt <= clock.now()) {
        challenges.delete(code);
        return undefined;
      }
      const secret = entry.user.totpSecret;
      if (!secret || !/^[0-9]{6}$/.test(totp)) return undefined;
      const result = await verify({
        secret,
        token: totp,
        epoch: Math.floor(clock.now() / 1000),
        period: STEP_SECONDS,
        digits: 6,
        algorithm: 'sha1',
        epochTolerance: [STEP_SECONDS, 0],
        ...withAfterStep(lastStep.get(entry.user.username)),
      });
      if (!result.valid || !('timeStep' in result)) return undefined;
      lastStep.set(entry.user.username, result.timeStep);
      challenges.delete(code);
      return entry.user;
    },
    async totp(user, atMs = clock.now()) {
      if (!user.totpSecret) {
        throw new TypeError(
          `[@plextrac-ts/sandbox] ${user.username} has no TOTP secret (MFA is off).`,
        );
      }
      return generate({
        secret: user.totpSecret,
        epoch: Math.floor(atMs / 1000),
        period: STEP_SECONDS,
      });
    },
  };
}

function withAfterStep(step: number | undefined): { afterTimeStep?: number } {
  return step === undefined ? {} : { afterTimeStep: step };
}
