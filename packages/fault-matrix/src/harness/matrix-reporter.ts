import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';
import { type MatrixClient, matrixRows } from './matrix-rows.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const RESULTS_DIR = here('../../results/');
const PARTIAL_DIR = here('../../.tmp/');
const RENDER_SCRIPT = here('../../scripts/render-table.mjs');
const TAG = /\[([a-z0-9-]+)\] \(([a-z-]+)\)/;
const FAMILY_FILES = [
  'auth-faults',
  'data-faults',
  'transport-faults',
  'bad-input',
  'properties',
  'secret-scan',
];

interface TestRecord {
  row: string;
  client: MatrixClient;
  name: string;
  state: string;
  timedOut: boolean;
}

function recordOf(test: TestCase): TestRecord | undefined {
  const meta = test.meta();
  const tag = TAG.exec(test.name);
  const row = meta.matrixRow ?? tag?.[1];
  const client = (meta.matrixClient ?? tag?.[2]) as MatrixClient | undefined;
  if (!row || !client) return undefined;
  const result = test.result();
  const errors = result.errors ?? [];
  const timedOut = errors.some((error) => /timed out in \d+ms/i.test(error.message ?? ''));
  return { row, client, name: test.name, state: result.state, timedOut };
}

/**
 * Writes results/matrix.json from the real test results (a row passes only when every test
 * tagged with it passed and every client it lists was covered), then renders matrix.md. A run
 * that skipped a family file (a filtered run) writes to .tmp/ instead, so it never replaces
 * the published table.
 */
export default class MatrixReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const records: TestRecord[] = [];
    const meta: { secretLeaks?: number } = {};
    let hookTimeouts = 0;
    for (const module of testModules) {
      for (const error of module.errors())
        if (/timed out/i.test(error.message ?? '')) hookTimeouts++;
      for (const test of module.children.allTests()) {
        const record = recordOf(test);
        if (record) records.push(record);
        const { secretLeaks } = test.meta();
        if (secretLeaks !== undefined) meta.secretLeaks = secretLeaks;
      }
    }
    const rows = matrixRows.map((row) => {
      const tests = records.filter((record) => record.row === row.id);
      const covered = [...new Set(tests.filter((t) => t.state === 'passed').map((t) => t.client))];
      const allPassed = tests.length > 0 && tests.every((t) => t.state === 'passed');
      const complete = row.clients.every((client) => covered.includes(client));
      const outcome = tests.length === 0 ? 'not-run' : allPassed && complete ? 'passed' : 'failed';
      return { ...row, clientsCovered: covered, outcome, tests };
    });
    const leaks = (this.vitest as unknown as { state?: { leakSet?: Set<{ type: string }> } }).state
      ?.leakSet;
    // A pending promise is not a handle (undici leaves some unsettled inside request bodies).
    const handleTypes: Record<string, number> = {};
    for (const { type } of leaks ?? []) {
      if (type !== 'PROMISE') handleTypes[type] = (handleTypes[type] ?? 0) + 1;
    }
    const totals = {
      faultsTried: rows.filter((row) => row.outcome !== 'not-run').length,
      passed: rows.filter((row) => row.outcome === 'passed').length,
      failed: rows.filter((row) => row.outcome === 'failed').length,
      notRun: rows.filter((row) => row.outcome === 'not-run').length,
      secretsLeaked: meta.secretLeaks ?? null,
      hangs: records.filter((record) => record.timedOut).length + hookTimeouts,
      openHandles: leaks ? Object.values(handleTypes).reduce((sum, n) => sum + n, 0) : null,
      openHandleTypes: handleTypes,
      tests: records.length,
      testsPassed: records.filter((record) => record.state === 'passed').length,
    };
    const ran = testModules.map((module) => module.moduleId);
    const complete = FAMILY_FILES.every((name) => ran.some((id) => id.includes(`/${name}.`)));
    const dir = complete ? RESULTS_DIR : PARTIAL_DIR;
    mkdirSync(dir, { recursive: true });
    const prefix = complete ? 'matrix' : 'matrix.partial';
    writeFileSync(`${dir}${prefix}.json`, `${JSON.stringify({ totals, rows }, null, 2)}\n`);
    execFileSync(process.execPath, [RENDER_SCRIPT, `${dir}${prefix}.json`, `${dir}${prefix}.md`], {
      stdio: 'inherit',
    });
  }
}
