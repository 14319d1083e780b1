// `pnpm test:all`: every check in order. A failing stage does not stop the later ones, so one
// run shows every failure (a failed unit test used to hide the whole contract suite); the exit
// code is non-zero when any stage or any test failed.
import { spawnSync } from 'node:child_process';

const stages = [
  ['lint', 'pnpm', ['lint']],
  ['generated-code drift', 'pnpm', ['check:generated']],
  ['typecheck', 'pnpm', ['typecheck']],
  ['unit, type and matrix tests', 'pnpm', ['test']],
  ['contract tests', 'pnpm', ['test:contract']],
];

const summarize = (args = []) =>
  spawnSync(process.execPath, ['scripts/summarize-tests.mjs', ...args], { stdio: 'inherit' });

summarize(['--reset']);
const failedStages = [];
for (const [label, command, args] of stages) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) failedStages.push(`${label} (${command} ${args.join(' ')})`);
}
for (const stage of failedStages) console.log(`stage failed: ${stage}`);
const summary = summarize();
process.exit(failedStages.length === 0 && summary.status === 0 ? 0 : 1);
