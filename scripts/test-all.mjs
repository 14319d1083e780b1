// `pnpm test:all`: every check in order. A failing stage does not stop the later ones, so one
// run shows every failure (a failed unit test used to hide the whole contract suite); the exit
// code is non-zero when any stage or any test failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const stages = ['lint', 'check:generated', 'typecheck', 'test', 'test:contract'];

const summarize = (args = []) =>
  spawnSync(process.execPath, ['scripts/summarize-tests.mjs', ...args], { stdio: 'inherit' });

summarize(['--reset']);
const failedScripts = [];
for (const script of stages) {
  const result = spawnSync('pnpm', [script], { stdio: 'inherit' });
  if (result.status !== 0) failedScripts.push(script);
}
// vitest's JSON report misses unhandled errors and globalSetup teardown failures: the summary
// (this one and CI's later one) lists and counts every stage that failed.
mkdirSync('.tmp', { recursive: true });
writeFileSync('.tmp/test-all-stages.json', JSON.stringify({ failedScripts }));
const summary = summarize();
process.exit(failedScripts.length === 0 && summary.status === 0 ? 0 : 1);
