import { REPO_ROOT } from '../fixtures/paths.js';
import { describeSpread } from '../report/describe-spread.js';
import { createFigure, type Figure } from '../report/figure.js';
import { median } from '../timing/median.js';
import { runTimedCommand } from './run-timed-command.js';

/** Turbo's summary line, e.g. "Cached:    2 cached, 2 total". */
function cacheSummary(output: string): { cached: number; total: number } | null {
  const match = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  return match ? { cached: Number(match[1]), total: Number(match[2]) } : null;
}

/**
 * Scenario 5: `pnpm generate` with turbo's cache bypassed (`--force`) against a no-change rerun
 * that turbo answers from its cache, alternating cold and warm, as warm time ÷ cold time.
 */
export async function measureCodegen(rounds: number): Promise<Figure> {
  const ratios: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const hits: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const coldRun = await runTimedCommand('pnpm', ['generate', '--force'], REPO_ROOT);
    const warmRun = await runTimedCommand('pnpm', ['generate'], REPO_ROOT);
    const summary = cacheSummary(warmRun.output);
    hits.push(summary ? `${summary.cached}/${summary.total}` : '?');
    cold.push(coldRun.elapsedMs);
    warm.push(warmRun.elapsedMs);
    ratios.push(warmRun.elapsedMs / coldRun.elapsedMs);
  }
  return createFigure({
    id: '5',
    title: '`pnpm generate` no-change rerun ÷ cold run (--force)',
    value: median(ratios),
    rounds: ratios,
    unit: 'ratio',
    goal: null,
    detail:
      `${(median(warm) / 1000).toFixed(2)} s vs ${(median(cold) / 1000).toFixed(2)} s, ` +
      `${describeSpread(ratios)}, rerun cache hits ${hits.join(', ')} tasks`,
  });
}
