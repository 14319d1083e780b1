import { join, relative } from 'node:path';
import { BENCH_SETTINGS } from './bench-settings.js';
import { BENCH_ROOT } from './fixtures/paths.js';
import { describeMachine } from './machine/describe-machine.js';
import type { Figure } from './report/figure.js';
import { formatTable } from './report/format-table.js';
import { writeResults } from './report/write-results.js';
import { measureBundleSizes } from './scenarios/bundle-size.js';
import { measureClientOverhead } from './scenarios/client-overhead.js';
import { measureCodegen } from './scenarios/codegen.js';
import { measureConcurrency } from './scenarios/concurrency.js';
import { measureLoopback } from './scenarios/loopback.js';
import { measureSimulatedHour } from './scenarios/simulated-hour.js';

const SCENARIOS: [id: string, label: string, run: () => Promise<Figure | Figure[]>][] = [
  [
    '1a',
    'client overhead, openapi-fetch',
    () => measureClientOverhead('openapi-fetch', BENCH_SETTINGS.clientOverhead),
  ],
  ['1b', 'client overhead, SDK', () => measureClientOverhead('sdk', BENCH_SETTINGS.clientOverhead)],
  [
    '1c',
    'client overhead, fetch',
    () => measureClientOverhead('fetch', BENCH_SETTINGS.clientOverhead),
  ],
  ['2', 'loopback', () => measureLoopback(BENCH_SETTINGS.loopback)],
  ['3', 'concurrency', () => measureConcurrency(BENCH_SETTINGS.concurrency)],
  ['4', 'simulated hour', () => measureSimulatedHour()],
  ['5', 'codegen', () => measureCodegen(BENCH_SETTINGS.codegenRounds)],
  ['6', 'bundle size', () => measureBundleSizes()],
];

// `--only=1,6` runs a subset (by id prefix) and leaves results/ untouched.
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const selected = SCENARIOS.filter(([id]) => !only || only.some((prefix) => id.startsWith(prefix)));

const started = performance.now();
const machine = describeMachine();
const figures: Figure[] = [];
for (const [id, label, run] of selected) {
  const scenarioStarted = performance.now();
  process.stderr.write(`[bench] ${id} ${label} ...`);
  figures.push(...[await run()].flat());
  process.stderr.write(` ${((performance.now() - scenarioStarted) / 1000).toFixed(1)} s\n`);
}
const durationSeconds = Math.round((performance.now() - started) / 100) / 10;

console.log(`\n${formatTable(figures, machine)}\n`);
const withGoal = figures.filter((figure) => figure.met !== null);
const missed = withGoal.filter((figure) => !figure.met).map((figure) => figure.id);
console.log(
  `${withGoal.length - missed.length} of ${withGoal.length} goals met` +
    (missed.length ? ` (missed: ${missed.join(', ')})` : '') +
    `; whole run ${durationSeconds} s.`,
);
if (!only) {
  const written = await writeResults(join(BENCH_ROOT, 'results'), {
    date: new Date().toISOString(),
    machine,
    durationSeconds,
    settings: BENCH_SETTINGS,
    figures,
  });
  console.log(`Wrote ${written.map((path) => relative(process.cwd(), path)).join(' and ')}.`);
}
