import { describe, expect, it } from 'vitest';
import { AUTH_TIMEOUT_MS, createVirtualTime, EXAMPLE_TOKEN_ISSUED_AT_MS } from './fake-clock.js';

function manual(start = 0) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

describe('createVirtualTime', () => {
  it('starts just after the example token was issued', () => {
    expect(createVirtualTime().clock.now()).toBe(EXAMPLE_TOKEN_ISSUED_AT_MS + 1000);
  });

  it('skips a wait by moving the clock, and records it', async () => {
    const time = createVirtualTime(manual());
    await time.sleep(30_000);
    expect(time.clock.now()).toBe(30_000);
    expect(time.sleeps).toEqual([30_000]);
  });

  it('lets concurrent sleepers share the time that passes', async () => {
    const time = createVirtualTime(manual());
    await Promise.all([time.sleep(60_000), time.sleep(60_000), time.sleep(10_000)]);
    expect(time.clock.now()).toBe(60_000);
  });

  it('moves the clock only after the requests on the wire have finished', async () => {
    const time = createVirtualTime(manual());
    let answer = () => {};
    const promise = new Promise<void>((resolve) => {
      answer = resolve;
    });
    let seenByRequest = -1;
    void time.track(promise).then(() => {
      seenByRequest = time.clock.now();
    });
    const sleeping = time.sleep(60_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(time.clock.now()).toBe(0);
    answer();
    await sleeping;
    expect(seenByRequest).toBe(0);
    expect(time.clock.now()).toBe(60_000);
  });

  it('never fires the auth timeout on virtual time, but honours its abort', async () => {
    const time = createVirtualTime(manual());
    const controller = new AbortController();
    const timeout = time.sleep(AUTH_TIMEOUT_MS, controller.signal);
    await time.sleep(AUTH_TIMEOUT_MS * 2);
    controller.abort(new Error('request settled'));
    await expect(timeout).rejects.toThrow('request settled');
  });

  it('rejects a wait whose signal already aborted, without moving the clock', async () => {
    const time = createVirtualTime(manual());
    await expect(time.sleep(5_000, AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
    expect(time.clock.now()).toBe(0);
  });
});
