import { type MeasureOptions, measureOpsPerSecond } from './measure-ops-per-second.js';
import { median } from './median.js';

export interface Comparison {
  /** Median over rounds of candidate ops/s ÷ baseline ops/s, each pair measured back to back. */
  ratio: number;
  baselineOpsPerSecond: number;
  candidateOpsPerSecond: number;
  ratios: number[];
  rounds: number;
}

export interface CompareOptions extends Omit<MeasureOptions, 'warmup'> {
  rounds: number;
}

/**
 * Measures baseline and candidate alternately (A, B, A, B, …) in this process and reports the
 * median of the per-round ratios: on a shared, noisy machine both sides of each ratio see the
 * same load, so the ratio holds where absolute times do not.
 */
export async function compareAlternately(
  baseline: () => Promise<unknown>,
  candidate: () => Promise<unknown>,
  options: CompareOptions,
): Promise<Comparison> {
  const baselineRuns: number[] = [];
  const candidateRuns: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const measure = { ...options, warmup: round === 0 };
    const a = await measureOpsPerSecond(baseline, measure);
    const b = await measureOpsPerSecond(candidate, measure);
    baselineRuns.push(a);
    candidateRuns.push(b);
    ratios.push(b / a);
  }
  return {
    ratio: median(ratios),
    baselineOpsPerSecond: median(baselineRuns),
    candidateOpsPerSecond: median(candidateRuns),
    ratios,
    rounds: options.rounds,
  };
}
