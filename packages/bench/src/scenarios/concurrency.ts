import { describeSpread } from '../report/describe-spread.js';
import { createFigure, type Figure } from '../report/figure.js';
import { median } from '../timing/median.js';
import { runBurst } from './run-burst.js';

export interface ConcurrencyOptions {
  calls: number;
  rounds: number;
}

/**
 * Scenario 3: `calls` concurrent calls on an expired token must share one authentication
 * round-trip; their wall time is reported relative to the same burst on a warm token, the two
 * bursts alternating round by round.
 */
export async function measureConcurrency(options: ConcurrencyOptions): Promise<Figure[]> {
  const authCalls: number[] = [];
  const ratios: number[] = [];
  const warmTimes: number[] = [];
  const expiredTimes: number[] = [];
  await runBurst({ calls: options.calls, expired: true }); // JIT warm-up, not recorded
  for (let round = 0; round < options.rounds; round += 1) {
    const warm = await runBurst({ calls: options.calls, expired: false });
    const expired = await runBurst({ calls: options.calls, expired: true });
    authCalls.push(expired.authCalls);
    warmTimes.push(warm.elapsedMs);
    expiredTimes.push(expired.elapsedMs);
    ratios.push(expired.elapsedMs / warm.elapsedMs);
  }
  // Any round that did not make exactly one authentication is the figure (and misses the goal).
  const shown = authCalls.find((count) => count !== 1) ?? 1;
  const same = authCalls.every((count) => count === shown);
  return [
    createFigure({
      id: '3a',
      title: `Auth round-trips for ${options.calls.toLocaleString('en-US')} concurrent calls, expired token`,
      value: shown,
      unit: 'count',
      goal: { kind: 'equal', target: 1 },
      detail: same
        ? `${shown} in each of ${options.rounds} rounds`
        : `per round: ${authCalls.join(', ')}`,
    }),
    createFigure({
      id: '3b',
      title: `Wall time of that burst ÷ the same burst on a warm token`,
      value: median(ratios),
      rounds: ratios,
      unit: 'ratio',
      goal: null,
      detail:
        `${median(expiredTimes).toFixed(1)} ms vs ${median(warmTimes).toFixed(1)} ms, ` +
        describeSpread(ratios),
    }),
  ];
}
