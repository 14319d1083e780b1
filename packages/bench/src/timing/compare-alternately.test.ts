import { describe, expect, it } from 'vitest';
import { compareAlternately } from './compare-alternately.js';
import { median } from './median.js';

describe('compareAlternately', () => {
  it('measures baseline and candidate in alternating blocks, one pair per round', async () => {
    const order: string[] = [];
    const record = (side: string) => async () => {
      if (order.at(-1) !== side) order.push(side);
    };
    const result = await compareAlternately(record('A'), record('B'), {
      rounds: 3,
      timeMs: 5,
      batch: 1,
    });
    expect(order).toEqual(['A', 'B', 'A', 'B', 'A', 'B']);
    expect(result.ratios).toHaveLength(3);
    expect(result.rounds).toBe(3);
    expect(result.ratio).toBe(median(result.ratios));
  });
});
