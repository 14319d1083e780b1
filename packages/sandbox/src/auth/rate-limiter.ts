import type { SandboxClock } from '../clock.js';

const WINDOW_MS = 60_000;

export interface RateLimiter {
  /** Records an attempt; returns `undefined` when allowed, or the seconds to wait when not. */
  take(): number | undefined;
  reset(): void;
}

/**
 * PlexTrac allows N authentication requests per rolling minute per instance, whatever the user
 * or outcome. Rejected attempts are not recorded, so `Retry-After` stays truthful.
 */
export function createRateLimiter(clock: SandboxClock, limitPerMinute: number): RateLimiter {
  let stamps: number[] = [];
  return {
    take() {
      const now = clock.now();
      stamps = stamps.filter((stamp) => stamp > now - WINDOW_MS && stamp <= now);
      if (stamps.length < limitPerMinute) {
        stamps.push(now);
        return undefined;
      }
      const oldest = stamps[0] ?? now;
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    },
    reset() {
      stamps = [];
    },
  };
}
