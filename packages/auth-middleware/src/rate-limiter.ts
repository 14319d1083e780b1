import type { Clock, Sleep } from './types.js';

/** PlexTrac allows 10 authentication requests per minute per instance, whoever sends them. */
export const AUTH_LIMIT = 10;
export const AUTH_WINDOW_MS = 60_000;

// Module level on purpose: every session in the process shares the instance's budget.
const sent = new Map<string, number[]>();

/**
 * Waits until one more auth request to `origin` fits in the rolling window, then records it.
 * Resolves with the milliseconds it waited.
 */
export async function acquireAuthSlot(
  origin: string,
  clock: Clock,
  sleep: Sleep,
  signal?: AbortSignal,
  onWait?: (waitMs: number) => void,
): Promise<number> {
  let waited = 0;
  for (;;) {
    const now = clock.now();
    // A time ahead of `now` means the clock went back (or another session's clock differs):
    // count it as sent now, so a wait never exceeds one window.
    const times = (sent.get(origin) ?? [])
      .map((t) => Math.min(t, now))
      .filter((t) => t > now - AUTH_WINDOW_MS);
    sent.set(origin, times);
    if (times.length < AUTH_LIMIT) {
      times.push(now);
      return waited;
    }
    const waitMs = Math.min(...times) + AUTH_WINDOW_MS - now;
    onWait?.(waitMs);
    await sleep(waitMs, signal);
    waited += waitMs;
  }
}

/** Forgets every recorded request (for tests). */
export function resetAuthRateLimiter(): void {
  sent.clear();
}
