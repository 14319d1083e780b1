import type { Clock, Sleep } from '../types.js';

interface Timer {
  at: number;
  seq: number;
  fire(): void;
}

/** Lets pending promises, streams and fetch bodies make progress without moving the clock. */
export async function flush(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * An injected clock and sleep. Time only moves when the test says so: `advance(ms)`, or
 * `run(promise)` which jumps to the next timer whenever everything else is idle.
 */
export function createFakeTime(start = Date.UTC(2025, 0, 1, 12, 0, 0)) {
  let now = start;
  let seq = 0;
  const timers: Timer[] = [];
  const sleeps: number[] = [];

  const sleep: Sleep = (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      sleeps.push(ms);
      const timer: Timer = {
        at: now + Math.max(0, ms),
        seq: seq++,
        fire: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        timers.splice(timers.indexOf(timer), 1);
        reject(signal?.reason);
      };
      timers.push(timer);
      signal?.addEventListener('abort', onAbort, { once: true });
    });

  function nextTimer(): Timer | undefined {
    return [...timers].sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
  }

  async function fireDue(): Promise<void> {
    for (let timer = nextTimer(); timer && timer.at <= now; timer = nextTimer()) {
      timers.splice(timers.indexOf(timer), 1);
      timer.fire();
      await flush();
    }
  }

  const clock: Clock = { now: () => now };
  return {
    clock,
    sleep,
    /** Every duration passed to sleep, in order. */
    sleeps,
    pendingTimers: () => timers.length,
    set(ms: number) {
      now = ms;
    },
    async advance(ms: number): Promise<void> {
      const target = now + ms;
      await flush();
      for (let timer = nextTimer(); timer && timer.at <= target; timer = nextTimer()) {
        now = Math.max(now, timer.at);
        await fireDue();
      }
      now = target;
      await flush();
    },
    /** Settles `promise`, jumping to the next timer each time nothing else can progress. */
    async run<T>(promise: Promise<T>, limitMs = 3_600_000): Promise<T> {
      let settled = false;
      promise.then(
        () => {
          settled = true;
        },
        () => {
          settled = true;
        },
      );
      const end = now + limitMs;
      for (;;) {
        await flush();
        if (settled) return promise;
        const timer = nextTimer();
        if (!timer || timer.at > end) throw new Error('fake time: the promise never settled');
        now = Math.max(now, timer.at);
        await fireDue();
      }
    },
  };
}

export type FakeTime = ReturnType<typeof createFakeTime>;
