import { describe, expect, it } from 'vitest';
import { createManualClock, createSystemClock } from './clock.js';

describe('clocks', () => {
  it('a manual clock stays put until advanced or set', () => {
    const clock = createManualClock(1_000);
    expect(clock.now()).toBe(1_000);
    clock.advance(500);
    expect(clock.now()).toBe(1_500);
    clock.set(10);
    expect(clock.now()).toBe(10);
    expect(() => clock.advance(Number.NaN)).toThrow(/finite/);
  });

  it('a system clock follows real time shifted by advance and set', () => {
    const clock = createSystemClock();
    const before = Date.now();
    clock.advance(3_600_000);
    expect(clock.now() - before).toBeGreaterThanOrEqual(3_600_000);
    clock.set(0);
    expect(Math.abs(clock.now())).toBeLessThan(1_000);
  });
});
