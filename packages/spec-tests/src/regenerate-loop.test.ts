import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from './spec-paths.js';

// The spec-change loop run for real on a copy of the work tree (with its own install and turbo
// cache), so that regenerating never touches the files other packages' tests are reading.
const copy = mkdtempSync(join(tmpdir(), 'plextrac-regenerate-'));
const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', TURBO_TELEMETRY_DISABLED: '1' };
delete env.PLEXTRAC_SPEC;

function run(command: string, args: string[], extraEnv = {}): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, {
    cwd: copy,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return result;
}

const changedFiles = () =>
  run('git', ['status', '--porcelain=v1', '--untracked-files=all'])
    .stdout.split('\n')
    .filter(Boolean)
    .map((line) => line.slice(3))
    .sort();

const restore = () => run('git', ['checkout', '--', '.']);
const specFile = () => join(copy, 'specs/plextrac.yaml');
const cachedLine = (output: string) => /Cached:\s+(\d+) cached, (\d+) total/.exec(output)?.slice(1);

beforeAll(() => {
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    try {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(repoRoot, file), join(copy, file));
    } catch (error) {
      // a file deleted in the work tree but still in the index
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'work tree'],
  ]) {
    expect(run('git', args).status).toBe(0);
  }
  // The store the repository was installed from, even when the copy sits on another disk.
  const store = spawnSync('pnpm', ['store', 'path'], { cwd: repoRoot, encoding: 'utf8' });
  expect(store.status, store.stderr).toBe(0);
  const storeDir = store.stdout.trim();
  const install = run('pnpm', [
    'install',
    '--offline',
    '--frozen-lockfile',
    '--store-dir',
    storeDir,
  ]);
  expect(install.status, `${install.stdout}${install.stderr}`).toBe(0);
}, 180_000);

// The copy holds a whole install (about 29,000 files): on a slow disk removing it can outlast
// vitest's default 10 s hook timeout, and a timed-out afterAll fails the file with every test passed.
afterAll(() => rm(copy, { recursive: true, force: true, maxRetries: 3 }), 180_000);

describe('the spec-change loop on a copy of the repository', () => {
  it('reproduces the committed generated code, and a rerun is a turbo cache hit', () => {
    const first = run('pnpm', ['generate']);
    expect(first.status, first.stderr).toBe(0);
    expect(changedFiles()).toEqual([]);
    const second = run('pnpm', ['generate']);
    expect(second.status).toBe(0);
    const [cached, total] = cachedLine(second.stdout) ?? [];
    expect(Number(total)).toBeGreaterThanOrEqual(4);
    expect(cached).toBe(total);
  });

  it('takes an empty PLEXTRAC_SPEC (a cleared variable) for the default spec', () => {
    const result = run('pnpm', ['generate'], { PLEXTRAC_SPEC: '' });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(changedFiles()).toEqual([]);
  });

  it('turns one schema edit into generated changes in types, sdk and the bundled spec, and nothing else', () => {
    const spec = readFileSync(specFile(), 'utf8');
    const anchor = '        client_id: { type: integer }\n';
    expect(spec).toContain(anchor);
    const field = '        industry_sector: { type: string, description: Added by a test. }\n';
    writeFileSync(specFile(), spec.replace(anchor, anchor + field));
    try {
      const generate = run('pnpm', ['generate']);
      expect(generate.status, generate.stderr).toBe(0);
      expect(changedFiles()).toEqual([
        'packages/contract/src/generated/plextrac.yaml',
        'packages/sdk/src/generated/types.gen.ts',
        'packages/types/src/generated/schema.ts',
        'specs/plextrac.yaml',
      ]);
      const types = readFileSync(join(copy, 'packages/types/src/generated/schema.ts'), 'utf8');
      const sdk = readFileSync(join(copy, 'packages/sdk/src/generated/types.gen.ts'), 'utf8');
      expect(types).toMatch(/industry_sector\?: string;/);
      expect(sdk).toMatch(/industry_sector\?: string;/);
    } finally {
      restore();
    }
  });

  it('with PLEXTRAC_SPEC set, picks up an edit to that file on the next run (no stale cache hit)', () => {
    const draftDir = mkdtempSync(join(tmpdir(), 'plextrac-draft-'));
    const draft = join(draftDir, 'draft.yaml');
    const spec = readFileSync(specFile(), 'utf8');
    const anchor = '        client_id: { type: integer }\n';
    try {
      writeFileSync(draft, spec);
      // Twice: turbo also hashes uncommitted generated files, so the run right after the first
      // misses the cache anyway; only the one after that would replay a stale output.
      for (let i = 0; i < 2; i++) {
        const warmup = run('pnpm', ['generate'], { PLEXTRAC_SPEC: draft });
        expect(warmup.status, warmup.stderr).toBe(0);
      }
      const field = '        draft_only_field: { type: string, description: Added by a test. }\n';
      writeFileSync(draft, spec.replace(anchor, anchor + field));
      const second = run('pnpm', ['generate'], { PLEXTRAC_SPEC: draft });
      expect(second.status, second.stderr).toBe(0);
      const types = readFileSync(join(copy, 'packages/types/src/generated/schema.ts'), 'utf8');
      expect(types).toMatch(/draft_only_field\?: string;/);
      expect(types.split('\n')[0]).toContain('draft.yaml');
    } finally {
      restore();
      rmSync(draftDir, { recursive: true, force: true });
    }
  });

  it('fails check:generated on a hand edit, naming the file and the fixing command', () => {
    const file = 'packages/types/src/generated/schema.ts';
    appendFileSync(join(copy, file), 'export type HandEdited = true;\n');
    const check = run('node', ['scripts/check-generated.mjs']);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(file);
    expect(check.stderr).toContain('`pnpm generate`');
    // It regenerated: the hand edit is gone.
    expect(readFileSync(join(copy, file), 'utf8')).not.toContain('HandEdited');
    expect(changedFiles()).toEqual([]);
  });

  it('refuses a spec with a broken $ref, with one clear line and no generated file touched', () => {
    const spec = readFileSync(specFile(), 'utf8');
    const ref = '$ref: "#/components/schemas/HealthResponse"';
    expect(spec).toContain(ref);
    writeFileSync(specFile(), spec.replace(ref, '$ref: "#/components/schemas/NoSuchSchema"'));
    try {
      const generate = run('pnpm', ['generate']);
      expect(generate.status).not.toBe(0);
      expect(`${generate.stdout}${generate.stderr}`).toMatch(/\$ref/);
      expect(`${generate.stdout}${generate.stderr}`).not.toMatch(/^\s+at .*\.(m?js|ts):\d+/m);
      expect(changedFiles()).toEqual(['specs/plextrac.yaml']);
    } finally {
      restore();
    }
  });
});
