// Sums every vitest JSON report under packages/*/.tmp and prints one "N passed, N failed" line,
// preceded by what failed: each failed test or file (a failing hook fails its file) with its
// first message line, and each report a package script should have written but did not.
// With --reset it deletes the old reports first, so a summary only counts the current run.
// A vitest run can fail where its JSON report does not show it (an unhandled error, a
// globalSetup teardown that sets process.exitCode): scripts/test-all.mjs records the package
// scripts whose stage failed in .tmp/test-all-stages.json, and such a stage whose reports show
// no failure is listed and counted here.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** The parsed JSON file, or an Error naming it: a cut-off or empty file is reported, not thrown. */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return new Error(`unreadable (${error.message})`);
  }
}

const stagesFile = join('.tmp', 'test-all-stages.json');
const reports = new Set();
/** Package script name (test, test:contract) -> the reports its runs should write. */
const expected = new Map([
  ['test', new Set()],
  ['test:contract', new Set()],
]);
const problems = [];
let failed = 0;
for (const pkg of readdirSync('packages')) {
  const dir = join('packages', pkg, '.tmp');
  const manifest = join('packages', pkg, 'package.json');
  if (existsSync(manifest)) {
    const parsed = readJson(manifest);
    if (parsed instanceof Error) {
      problems.push(`${manifest}: ${parsed.message}; its reports cannot be checked`);
      failed += 1;
    }
    const { scripts = {} } = parsed instanceof Error ? {} : (parsed ?? {});
    for (const [name, files] of expected) {
      const output = /--outputFile\.json=(\S+)/.exec(scripts[name] ?? '')?.[1];
      if (output) files.add(join('packages', pkg, output));
    }
  }
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)) {
    if (/^vitest.*\.json$/.test(file)) reports.add(join(dir, file));
  }
}

if (process.argv.includes('--reset')) {
  for (const file of [...reports, stagesFile]) rmSync(file, { force: true });
  process.exit(0);
}

const firstLine = (text) =>
  String(text ?? '')
    .split('\n')
    .find((line) => line.trim()) ?? '';
let passed = 0;
const failing = new Set();
for (const file of [...reports].sort()) {
  const report = readJson(file);
  if (report instanceof Error || !report || typeof report !== 'object') {
    const why = report instanceof Error ? report.message : 'not a vitest JSON report';
    problems.push(`${file}: ${why}; the run that writes it crashed or was cut off`);
    failed += 1;
    failing.add(file);
    console.log(`${file}: ${why}`);
    continue;
  }
  let failedHere = 0;
  for (const result of report.testResults ?? []) {
    const where = `${file} ${result.name.replace(/^.*?\/packages\//, 'packages/')}`;
    const tests = (result.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of tests) {
      problems.push(`${where} > ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
    failedHere += tests.length;
    // A failing hook fails its file while every test in it passed.
    if (result.status === 'failed' && tests.length === 0) {
      problems.push(`${where}: ${firstLine(result.message) || 'failed outside its tests'}`);
      failedHere += 1;
    }
  }
  if (failedHere === 0 && report.success === false) {
    problems.push(`${file}: vitest reports a failure outside any test file`);
    failedHere = 1;
  }
  passed += report.numPassedTests ?? 0;
  failed += failedHere;
  if (failedHere > 0) failing.add(file);
  console.log(`${file}: ${report.numPassedTests} passed, ${failedHere} failed`);
}
for (const file of [...expected.values()].flatMap((files) => [...files]).sort()) {
  if (reports.has(file)) continue;
  failed += 1;
  failing.add(file);
  problems.push(`${file}: missing (the run that writes it did not happen or crashed)`);
}
const stages = existsSync(stagesFile) ? readJson(stagesFile) : undefined;
const failedScripts = Array.isArray(stages?.failedScripts) ? stages.failedScripts : [];
for (const name of failedScripts) {
  const written = [...(expected.get(name) ?? [])];
  if (written.some((file) => failing.has(file))) continue;
  failed += 1;
  problems.push(
    written.length === 0
      ? `pnpm ${name} failed (see its log above)`
      : `pnpm ${name} exited non-zero, but no report shows a failing test: an unhandled error or a setup/teardown failure (see its log above)`,
  );
}
if (problems.length > 0) console.log(`\nFailures:\n${problems.map((p) => `- ${p}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
