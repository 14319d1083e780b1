import type { Clock, Sleep } from '@plextrac-ts/auth-middleware';

/** `iat` of the token in the spec's examples (2025-12-03T19:20:00Z): the mock's tokens look fresh. */
export const EXAMPLE_TOKEN_ISSUED_AT_MS = 1_764_789_600_000;

/**
 * The auth timeout sessions get in these suites. The session waits for it on the injected
 * `sleep`; that one wait never fires on virtual time (each request already has a real
 * deadline, see with-timeout.ts), every other wait is skipped by moving the clock.
 */
export const AUTH_TIMEOUT_MS = 14_999;

export interface AdvanceableClock extends Clock {
  advance(ms: number): void;
}

export interface VirtualTime {
  clock: Clock;
  /**
   * A session `sleep` that moves the clock instead of waiting: first it lets every request
   * already on the wire finish (as real time would), then it moves the clock to the deadline.
   */
  sleep: Sleep;
  advance(ms: number): void;
  /** Registers a request on the wire, so `sleep` waits for it before moving the clock. */
  track<T>(pending: Promise<T>): Promise<T>;
  /** Every wait that was skipped, in order (rate limiter, TOTP step, Retry-After). */
  readonly sleeps: readonly number[];
}

/**
 * Virtual time for sessions. Pass the sandbox's clock so the session and the sandbox agree on
 * token expiry, TOTP steps and the rate-limit window; by default a frozen clock at the `iat` of
 * the spec's example token.
 */
export function createVirtualTime(base: AdvanceableClock = manualClock()): VirtualTime {
  const sleeps: number[] = [];
  const onTheWire = new Set<Promise<unknown>>();
  const sleep: Sleep = async (ms, signal) => {
    if (ms === AUTH_TIMEOUT_MS) {
      return new Promise((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    // Concurrent sleepers share the time that passes: each moves the clock to its own deadline.
    const deadline = base.now() + ms;
    // Let callers that already got past the rate limiter put their requests on the wire, and
    // let every request on the wire finish, before time moves.
    do {
      await new Promise((resolve) => setImmediate(resolve));
      await Promise.allSettled([...onTheWire]);
    } while (onTheWire.size > 0);
    signal?.throwIfAborted();
    sleeps.push(ms);
    if (deadline > base.now()) base.advance(deadline - base.now());
  };
  const track = <T>(pending: Promise<T>): Promise<T> => {
    onTheWire.add(pending);
    const done = () => onTheWire.delete(pending);
    pending.then(done, done);
    return pending;
  };
  return {
    clock: { now: () => base.now() },
    sleep,
    advance: (ms) => base.advance(ms),
    track,
    sleeps,
  };
}

function manualClock(start = EXAMPLE_TOKEN_ISSUED_AT_MS + 1000): AdvanceableClock {
  let now = start;
  return {
    now: () => now,
    advance: (ms) => {
      now += ms;
    },
  };
}
