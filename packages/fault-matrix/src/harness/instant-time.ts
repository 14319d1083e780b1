/** The `authTimeoutMs` sessions on instant time use; a sleep of exactly this long is a timeout. */
export const INSTANT_AUTH_TIMEOUT_MS = 14_999;

export interface InstantTime {
  authTimeoutMs: number;
  clock: { now(): number };
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Every wait a session asked for (timeouts excluded). */
  sleeps: number[];
}

/**
 * Time for sessions on an in-memory fetch: every wait completes at once and moves the clock;
 * the per-attempt timeout (a sleep of `INSTANT_AUTH_TIMEOUT_MS`) only ends when its attempt is
 * over, as it would against a fast server.
 */
export function createInstantTime(start: number): InstantTime {
  let now = start;
  const sleeps: number[] = [];
  return {
    authTimeoutMs: INSTANT_AUTH_TIMEOUT_MS,
    clock: { now: () => now },
    sleeps,
    sleep(ms, signal) {
      if (ms === INSTANT_AUTH_TIMEOUT_MS) {
        return new Promise<void>((_, reject) => {
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        });
      }
      sleeps.push(ms);
      now += Number.isFinite(ms) && ms > 0 ? ms : 0;
      return Promise.resolve();
    },
  };
}
