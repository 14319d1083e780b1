import { describe, expect, it } from 'vitest';
import { limitConcurrency } from './limit-concurrency.js';

describe('limitConcurrency', () => {
  it('keeps at most max requests in flight and sends every one', async () => {
    let inFlight = 0;
    let peak = 0;
    const answers: Array<() => void> = [];
    const limited = limitConcurrency(async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => answers.push(resolve));
      inFlight -= 1;
      return new Response('ok');
    }, 3);
    const all = Promise.all(
      Array.from({ length: 10 }, () => limited(new Request('http://127.0.0.1/'))),
    );
    while (answers.length > 0 || inFlight > 0) {
      await new Promise((resolve) => setImmediate(resolve));
      answers.shift()?.();
    }
    expect((await all).map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(peak).toBe(3);
  });

  it('frees the slot of a request that failed', async () => {
    const limited = limitConcurrency(async () => {
      throw new Error('reset');
    }, 1);
    await expect(limited(new Request('http://127.0.0.1/'))).rejects.toThrow('reset');
    await expect(limited(new Request('http://127.0.0.1/'))).rejects.toThrow('reset');
  });
});
