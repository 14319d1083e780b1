import { quantile } from '../timing/quantile.js';

/** "middle half 0.88–0.93 of 31 rounds": how far the per-round ratios strayed from the median. */
export function describeSpread(ratios: readonly number[]): string {
  const low = quantile(ratios, 0.25).toFixed(2);
  const high = quantile(ratios, 0.75).toFixed(2);
  return `middle half ${low}–${high} of ${ratios.length} rounds`;
}
