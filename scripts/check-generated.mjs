// Drift check: regenerates every package's src/generated (bypassing the turbo cache) and fails
// when the result differs from what was there before (an uncommitted hand edit) or from what git
// has (committed generated code that is stale, edited by hand, missing or untracked).
// Usage: pnpm check:generated
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

// Every file under packages/<name>/src/generated, with a hash of its content.
function snapshot() {
  const files = readdirSync(resolve(root, 'packages'))
    .map((name) => resolve(root, 'packages', name, 'src/generated'))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }));
  return new Map(
    files
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = resolve(entry.parentPath, entry.name);
        const hash = createHash('sha256').update(readFileSync(path)).digest('hex');
        return [path.slice(root.length + 1), hash];
      }),
  );
}

const before = snapshot();
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
const after = snapshot();
const overwritten = [...new Set([...before.keys(), ...after.keys()])]
  .filter((path) => before.get(path) !== after.get(path))
  .sort();

if (overwritten.length > 0) {
  console.error(
    `[check:generated] regenerating changed ${overwritten.length} file(s) that were edited by hand or stale in the work tree (now regenerated):`,
  );
  for (const path of overwritten) console.error(`  ${path}`);
}
if (drift.length === 0 && diff.status === 0) {
  if (overwritten.length > 0) {
    console.error(
      '\nGenerated code is never edited by hand: change specs/plextrac.yaml (or the generator) instead, then run `pnpm generate`.',
    );
    process.exit(1);
  }
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
