import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from './spec-paths.js';

const script = join(repoRoot, 'scripts/summarize-tests.mjs');
const testScript = 'vitest run --reporter=json --outputFile.json=.tmp/vitest.json';

let workDir: string | undefined;
afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
});

interface FakeResult {
  file: string;
  fileError?: string;
  tests: Array<{ name: string; status: 'passed' | 'failed'; message?: string }>;
}

function fakePackage(dir: string, name: string, results?: FakeResult[]) {
  mkdirSync(join(dir, 'packages', name, '.tmp'), { recursive: true });
  const manifest = { name, scripts: { test: testScript } };
  writeFileSync(join(dir, 'packages', name, 'package.json'), JSON.stringify(manifest));
  if (!results) return;
  const tests = results.flatMap((result) => result.tests);
  const report = {
    numPassedTests: tests.filter((test) => test.status === 'passed').length,
    numFailedTests: tests.filter((test) => test.status === 'failed').length,
    numFailedTestSuites: results.filter((result) => result.fileError).length,
    testResults: results.map((result) => ({
      name: `/somewhere/packages/${name}/src/${result.file}`,
      status: result.fileError || tests.some((t) => t.status === 'failed') ? 'failed' : 'passed',
      message: result.fileError ?? '',
      assertionResults: result.tests.map((test) => ({
        fullName: test.name,
        status: test.status,
        failureMessages: test.message ? [test.message] : [],
      })),
    })),
  };
  writeFileSync(join(dir, 'packages', name, '.tmp/vitest.json'), JSON.stringify(report));
}

/** What scripts/test-all.mjs records: the package scripts whose stage exited non-zero. */
function failedStages(dir: string, failedScripts: string[]) {
  mkdirSync(join(dir, '.tmp'));
  writeFileSync(join(dir, '.tmp/test-all-stages.json'), JSON.stringify({ failedScripts }));
}

const summarize = (cwd: string) =>
  spawnSync(process.execPath, [script], { cwd, encoding: 'utf8', timeout: 30_000 });

describe('scripts/summarize-tests.mjs (the last lines CI prints)', () => {
  it('sums passing reports into one line and exits 0', () => {
    workDir = mkdtempSync(join(tmpdir(), 'plextrac-summary-'));
    fakePackage(workDir, 'a', [{ file: 'a.test.ts', tests: [{ name: 'ok', status: 'passed' }] }]);
    fakePackage(workDir, 'b', [{ file: 'b.test.ts', tests: [{ name: 'ok', status: 'passed' }] }]);
    const result = summarize(workDir);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('Failures:');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('2 passed, 0 failed');
  });

  it('names a file whose hook failed although all its tests passed, a failed test, and a missing report', () => {
    workDir = mkdtempSync(join(tmpdir(), 'plextrac-summary-'));
    fakePackage(workDir, 'hooked', [
      {
        file: 'slow-teardown.test.ts',
        fileError: 'Hook timed out in 10000ms.\nIf this is a long-running hook, ...',
        tests: [{ name: 'works', status: 'passed' }],
      },
    ]);
    fakePackage(workDir, 'broken', [
      {
        file: 'math.test.ts',
        tests: [{ name: 'adds', status: 'failed', message: 'AssertionError: expected 3 to be 4' }],
      },
    ]);
    fakePackage(workDir, 'never-ran');
    const result = summarize(workDir);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('packages/hooked/.tmp/vitest.json: 1 passed, 1 failed');
    expect(lines).toContain(
      '- packages/hooked/.tmp/vitest.json packages/hooked/src/slow-teardown.test.ts: Hook timed out in 10000ms.',
    );
    expect(lines).toContain(
      '- packages/broken/.tmp/vitest.json packages/broken/src/math.test.ts > adds: AssertionError: expected 3 to be 4',
    );
    expect(lines).toContain(
      '- packages/never-ran/.tmp/vitest.json: missing (the run that writes it did not happen or crashed)',
    );
    expect(lines.at(-1)).toBe('1 passed, 3 failed');
  });

  it('names an empty or cut-off report, and a broken manifest, instead of crashing', () => {
    workDir = mkdtempSync(join(tmpdir(), 'plextrac-summary-'));
    fakePackage(workDir, 'a', [{ file: 'a.test.ts', tests: [{ name: 'ok', status: 'passed' }] }]);
    fakePackage(workDir, 'empty');
    writeFileSync(join(workDir, 'packages/empty/.tmp/vitest.json'), '');
    fakePackage(workDir, 'cut');
    writeFileSync(join(workDir, 'packages/cut/.tmp/vitest.json'), '{"numPassedTests":3,"testRe');
    mkdirSync(join(workDir, 'packages/bad-manifest/.tmp'), { recursive: true });
    writeFileSync(join(workDir, 'packages/bad-manifest/package.json'), '{"name": "x",');
    const result = summarize(workDir);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toContain('packages/a/.tmp/vitest.json: 1 passed, 0 failed');
    expect(result.stdout).toMatch(/- packages\/empty\/\.tmp\/vitest\.json: unreadable/);
    expect(result.stdout).toMatch(/- packages\/cut\/\.tmp\/vitest\.json: unreadable/);
    expect(result.stdout).toMatch(/- packages\/bad-manifest\/package\.json: unreadable/);
    expect(lines.at(-1)).toBe('1 passed, 3 failed');
  });

  it('with --reset deletes the old reports even when a manifest is broken', () => {
    workDir = mkdtempSync(join(tmpdir(), 'plextrac-summary-'));
    fakePackage(workDir, 'a', [{ file: 'a.test.ts', tests: [{ name: 'ok', status: 'passed' }] }]);
    mkdirSync(join(workDir, 'packages/bad-manifest'), { recursive: true });
    writeFileSync(join(workDir, 'packages/bad-manifest/package.json'), '{');
    const reset = spawnSync(process.execPath, [script, '--reset'], {
      cwd: workDir,
      timeout: 30_000,
    });
    expect(reset.status).toBe(0);
    expect(existsSync(join(workDir, 'packages/a/.tmp/vitest.json'))).toBe(false);
  });

  it('counts a vitest run that failed outside its JSON report (an unhandled error)', () => {
    workDir = mkdtempSync(join(tmpdir(), 'plextrac-summary-'));
    fakePackage(workDir, 'a');
    const dir = join(workDir, 'packages/a');
    symlinkSync(join(repoRoot, 'node_modules'), join(workDir, 'node_modules'));
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src/late.test.ts'),
      `import { expect, it } from 'vitest';
it('passes, then a timer throws', async () => {
  setTimeout(() => { throw new Error('late boom'); }, 0);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(1).toBe(1);
});
`,
    );
    const vitest = spawnSync(
      process.execPath,
      [join(repoRoot, 'node_modules/vitest/vitest.mjs'), ...testScript.split(' ').slice(1)],
      { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, CI: 'true' } },
    );
    expect(vitest.status).toBe(1); // vitest knows the run failed...
    // ...as test-all does, which records every stage that exited non-zero
    failedStages(workDir, ['test']);
    const result = summarize(workDir);
    expect(result.stdout).toContain('packages/a/.tmp/vitest.json: 1 passed, 0 failed');
    expect(result.stdout).toMatch(
      /- pnpm test exited non-zero, but no report shows a failing test/,
    );
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(result.status).toBe(1);
  });

  it('counts a failed stage that writes no report (lint, typecheck) once, by name', () => {
    workDir = mkdtempSync(join(tmpdir(), 'plextrac-summary-'));
    fakePackage(workDir, 'a', [{ file: 'a.test.ts', tests: [{ name: 'ok', status: 'passed' }] }]);
    failedStages(workDir, ['lint']);
    const result = summarize(workDir);
    expect(result.stdout).toContain('- pnpm lint failed (see its log above)');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
    expect(result.status).toBe(1);
  });

  it('with --reset deletes the reports of an earlier run', () => {
    workDir = mkdtempSync(join(tmpdir(), 'plextrac-summary-'));
    fakePackage(workDir, 'a', [{ file: 'a.test.ts', tests: [{ name: 'ok', status: 'passed' }] }]);
    const reset = spawnSync(process.execPath, [script, '--reset'], {
      cwd: workDir,
      timeout: 30_000,
    });
    expect(reset.status).toBe(0);
    const result = summarize(workDir);
    expect(result.stdout).toContain('packages/a/.tmp/vitest.json: missing');
    expect(result.status).toBe(1);
  });
});
