import type { SandboxClock } from '@plextrac-ts/sandbox';

interface Timer {
  wake: number;
  ms: number;
  resolve: () => void;
}

export interface VirtualTime {
  /** The clock sessions read: the sandbox's clock, so both sides agree on every instant. */
  now(): number;
  /** The session's `sleep`: resolves when virtual time reaches `now + ms`; no real waiting. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Every duration a session asked to sleep, in order. */
  readonly requested: readonly number[];
  /** Marks a duration as a timeout (e.g. a session's `authTimeoutMs`). */
  addTimeout(ms: number): void;
  /** Re-checks whether time may move (called when a request settles). */
  poke(): void;
}

export interface Traffic {
  /** An exchange is under way, or one just ended: time must not move. */
  busy(): boolean;
  /** An exchange has gone unanswered for a while: only a timeout can end it. */
  hung(): boolean;
}

const SETTLE_TURNS = 3;
const RECHECK_MS = 5;

/**
 * Discrete-event time for sessions and a sandbox sharing one manual clock. When the event loop
 * has settled and no exchange is under way, the earliest sleeper is woken and the clock jumps to
 * its wake time; time never moves while a request is being answered, so the sandbox stamps a
 * request with the instant the session's limiter counted it at. Sleeps of a timeout duration
 * (`addTimeout`) fire only while an exchange hangs: a busy machine can be slow to finish an
 * exchange, and that must never look like a timeout.
 */
export function createVirtualTime(clock: SandboxClock, traffic: Traffic): VirtualTime {
  const timers: Timer[] = [];
  const requested: number[] = [];
  const timeouts = new Set<number>();
  let scheduled = false;

  const settle = (turns: number, then: () => void): void => {
    if (turns === 0) then();
    else setImmediate(() => settle(turns - 1, then));
  };

  const next = (): Timer | undefined => {
    const hung = traffic.hung();
    const candidates = timers.filter((timer) => hung || !timeouts.has(timer.ms));
    return candidates.sort((a, b) => a.wake - b.wake)[0];
  };

  const pump = (): void => {
    if (scheduled || timers.length === 0) return;
    scheduled = true;
    settle(SETTLE_TURNS, () => {
      scheduled = false;
      if (timers.length === 0) return;
      const timer = traffic.busy() ? undefined : next();
      if (!timer) {
        setTimeout(pump, RECHECK_MS).unref();
        return;
      }
      timers.splice(timers.indexOf(timer), 1);
      if (timer.wake > clock.now()) clock.set(timer.wake);
      timer.resolve();
      pump();
    });
  };

  return {
    now: () => clock.now(),
    requested,
    addTimeout: (ms) => void timeouts.add(ms),
    poke: pump,
    sleep(ms, signal) {
      requested.push(ms);
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        const timer: Timer = {
          wake: clock.now() + Math.max(0, ms),
          ms,
          resolve: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          const index = timers.indexOf(timer);
          if (index >= 0) timers.splice(index, 1);
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        timers.push(timer);
        pump();
      });
    },
  };
}

const WEEK_MS = 7 * 24 * 3_600_000;
const KEY = Symbol.for('@plextrac-ts/fault-matrix/next-clock-start');
const shared = globalThis as typeof globalThis & { [KEY]?: number };

/**
 * A manual clock whose start is a week after the previous one's: the auth limiter and TOTP
 * memory of auth-middleware are process-wide, so every sandbox of the run must live in a later
 * stretch of time than all the ones before it (a reused port must not see old stamps).
 */
export function createMatrixClock(): SandboxClock {
  let current = shared[KEY] ?? Date.UTC(2031, 0, 1);
  shared[KEY] = current + WEEK_MS;
  const move = (ms: number) => {
    if (!Number.isFinite(ms))
      throw new TypeError('[@plextrac-ts/fault-matrix] clock needs finite ms');
    current = ms;
    shared[KEY] = Math.max(shared[KEY] ?? 0, current + WEEK_MS);
  };
  return {
    now: () => current,
    advance: (ms) => move(current + ms),
    set: move,
  };
}
