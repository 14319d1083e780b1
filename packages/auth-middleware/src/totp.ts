import { createGuardrails, generateSync, NobleCryptoPlugin, ScureBase32Plugin } from 'otplib';
import type { Clock, Sleep } from './types.js';

/** RFC 6238 defaults, as authenticator apps use them: 30 s steps, 6 digits, SHA1. */
export const STEP_MS = 30_000;
// Authenticator secrets of 80 bits are common; otplib's default minimum is 128.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 10 });
const base32 = new ScureBase32Plugin();
// Process-wide: the last time step submitted per secret, keyed by an HMAC of the secret.
const lastStep = new Map<string, number>();

/** Upper-cased base32 without spaces, dashes or padding; undefined when unusable. */
export function normalizeTotpSecret(secret: string): string | undefined {
  const clean = secret.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(clean)) return undefined;
  try {
    return base32.decode(clean).length >= 10 ? clean : undefined;
  } catch {
    return undefined;
  }
}

/** The code of time step `step` (seconds / 30). */
export function totpAt(secret: string, step: number): string {
  return generateSync({ secret, epoch: (step * STEP_MS) / 1000, guardrails });
}

/**
 * Codes that are never in the last `guardMs` of their step and never reuse a step already
 * submitted for the same secret in this process (servers reject replays): it waits instead.
 */
export function createTotp(secret: string, clock: Clock, sleep: Sleep, guardMs: number) {
  const label = new TextEncoder().encode('@plextrac-ts/auth-middleware totp step');
  const digest = new NobleCryptoPlugin().hmac('sha256', base32.decode(secret), label);
  const key = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return {
    async next(signal?: AbortSignal): Promise<string> {
      const now = clock.now();
      let step = Math.floor(now / STEP_MS);
      if ((step + 1) * STEP_MS - now < guardMs) step++;
      const previous = lastStep.get(key);
      // A step more than a minute ahead means the clock went back: do not wait for it.
      if (previous !== undefined && step <= previous && previous <= step + 2) step = previous + 1;
      // Reserve before waiting so a concurrent session with the same secret takes the next step.
      lastStep.set(key, step);
      const waitMs = step * STEP_MS - now;
      try {
        if (waitMs > 0) await sleep(waitMs, signal);
      } catch (error) {
        if (lastStep.get(key) === step) lastStep.set(key, previous ?? -1);
        throw error;
      }
      return totpAt(secret, step);
    },
  };
}

/** Forgets the submitted steps (for tests). */
export function resetTotpMemory(): void {
  lastStep.clear();
}
