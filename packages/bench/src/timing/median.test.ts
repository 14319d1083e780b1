import { describe, expect, it } from 'vitest';
import { median } from './median.js';
import { quantile } from './quantile.js';

describe('median and quantile', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([0.97, 0.5, 1.02])).toBe(0.97);
  });

  it('averages the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('interpolates quartiles between neighbours', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([10, 20], 0.25)).toBe(12.5);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/at least one value/);
  });
});
