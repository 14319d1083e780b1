import type { CompareOptions } from './timing/compare-alternately.js';

/**
 * Rounds and time budgets, tuned so `pnpm bench` takes about two minutes on a shared 2-core
 * machine: enough alternating rounds for a stable median, no more.
 */
export const BENCH_SETTINGS = {
  // Many short rounds: load on a shared machine shifts over seconds, so A and B measured tens of
  // milliseconds apart see the same load, and the median drops the rounds where they did not.
  clientOverhead: { rounds: 31, timeMs: 40, batch: 10 } satisfies CompareOptions,
  loopback: { rounds: 31, timeMs: 60, batch: 2 } satisfies CompareOptions,
  concurrency: { calls: 1000, rounds: 15 },
  codegenRounds: 3,
} as const;
