// Drift check: regenerates every package's src/generated (bypassing the turbo cache) and fails
// when the result differs from what git has, i.e. the committed generated code is stale, was
// edited by hand, or a generated file is missing/untracked. Usage: pnpm check:generated
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pathspec = ':(glob)packages/*/src/generated/**';
const fix = 'Run `pnpm generate`, review the diff, and commit the regenerated files.';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    shell: process.platform === 'win32',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    ...options,
  });
  if (result.error) {
    console.error(`[check:generated] could not run ${command}: ${result.error.message}`);
    process.exit(2);
  }
  return result;
}

console.log('[check:generated] regenerating (turbo run generate --force)...');
const generate = run(
  'pnpm',
  ['exec', 'turbo', 'run', 'generate', '--force', '--output-logs=errors-only'],
  {
    stdio: 'inherit',
  },
);
if (generate.status !== 0) {
  console.error('[check:generated] `turbo run generate` failed; fix the spec or generator first.');
  process.exit(generate.status ?? 1);
}

// --porcelain lists modified (M), deleted (D) and untracked (??) files in one pass.
const status = run('git', ['status', '--porcelain=v1', '--untracked-files=all', '--', pathspec]);
if (status.status !== 0) {
  console.error(`[check:generated] git status failed:\n${status.stderr}`);
  process.exit(2);
}
const drift = status.stdout.split('\n').filter(Boolean);
const diff = run('git', ['diff', '--exit-code', '--stat', '--', pathspec]);

if (drift.length === 0 && diff.status === 0) {
  console.log('[check:generated] generated code matches the spec.');
  process.exit(0);
}

console.error(
  `[check:generated] generated code differs from the committed files (${drift.length}):`,
);
for (const line of drift) {
  const code = line.slice(0, 2);
  const label = code === '??' ? 'untracked' : code.includes('D') ? 'deleted' : 'modified';
  console.error(`  ${label.padEnd(9)} ${line.slice(3)}`);
}
if (diff.stdout.trim()) console.error(`\n${diff.stdout.trimEnd()}`);
console.error(`\n${fix}`);
process.exit(1);
