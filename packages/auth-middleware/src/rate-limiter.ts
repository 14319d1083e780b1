import type { Clock, Sleep } from './types.js';

/** PlexTrac allows 10 authentication requests per minute per instance, whoever sends them. */
export const AUTH_LIMIT = 10;
export const AUTH_WINDOW_MS = 60_000;

// Module level on purpose: every session in the process shares the instance's budget.
const sent = new Map<string, number[]>();
// Per origin: since and until when the server said (429 past our retries) no auth request is
// welcome.
const blocks = new Map<string, { from: number; until: number }>();

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

/**
 * Moves a slot taken at `takenAt` to `now`, when the request is sent later than the slot was
 * taken (its body was built after the wait), so the window counts the real send time.
 */
export function retimeAuthSlot(origin: string, takenAt: number, now: number): void {
  const times = sent.get(origin);
  const index = times?.lastIndexOf(takenAt) ?? -1;
  if (times && index >= 0 && now > takenAt) times[index] = now;
}

/** Longest block kept: a larger Retry-After (or a clock that went back) is not trusted longer. */
const MAX_BLOCK_MS = 15 * AUTH_WINDOW_MS;

/** Records that the server still refused auth requests to `origin` at `now` for `waitMs`. */
export function blockAuth(origin: string, now: number, waitMs: number): void {
  const until = now + Math.min(waitMs, MAX_BLOCK_MS);
  const block = blocks.get(origin);
  if (!block || until > block.until) blocks.set(origin, { from: now, until });
}

/** Milliseconds until auth requests to `origin` are welcome again (0 when they are). */
export function authBlockedFor(origin: string, now: number): number {
  const block = blocks.get(origin);
  if (!block) return 0;
  // A clock that went back does not lengthen the block: what was left is counted from now.
  if (now < block.from) {
    block.until = now + (block.until - block.from);
    block.from = now;
  }
  const left = block.until - now;
  if (left <= 0) blocks.delete(origin);
  return Math.max(left, 0);
}

/** Forgets every recorded request and block (for tests). */
export function resetAuthRateLimiter(): void {
  sent.clear();
  blocks.clear();
}
