// Sums every vitest JSON report under packages/*/.tmp and prints one "N passed, N failed" line.
// With --reset it deletes the old reports first, so a summary only counts the current run.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const reports = [];
for (const pkg of readdirSync('packages')) {
  const dir = join('packages', pkg, '.tmp');
  let files = [];
  try {
    files = readdirSync(dir).filter((f) => /^vitest.*\.json$/.test(f));
  } catch {
    continue;
  }
  for (const file of files) reports.push(join(dir, file));
}

if (process.argv.includes('--reset')) {
  for (const file of reports) rmSync(file, { force: true });
  process.exit(0);
}

let passed = 0;
let failed = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
  console.log(`${file}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
if (reports.length === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
