#!/usr/bin/env node
// Turns results/matrix.json (written by the matrix reporter) into results/matrix.md.
// Usage: node scripts/render-table.mjs [matrix.json] [matrix.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const input = process.argv[2] ?? here('../results/matrix.json');
const output = process.argv[3] ?? here('../results/matrix.md');

const { totals, rows } = JSON.parse(readFileSync(input, 'utf8'));
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
const mark = { passed: 'passed', failed: '**FAILED**', 'not-run': 'not run' };
const count = (value) => (value === null || value === undefined ? 'not measured' : value);

const lines = [
  '| Fault | Expected outcome | Result | Clients covered |',
  '| --- | --- | --- | --- |',
  ...rows.map((row) => {
    const covered = row.clientsCovered.length ? row.clientsCovered.join(', ') : '-';
    return `| ${cell(row.fault)} | ${cell(row.expected)} | ${mark[row.outcome] ?? row.outcome} | ${cell(covered)} |`;
  }),
  '',
  `Faults tried: ${totals.faultsTried} · passed: ${totals.passed} · failed: ${totals.failed}` +
    (totals.notRun ? ` · not run: ${totals.notRun}` : '') +
    ` · secrets leaked: ${count(totals.secretsLeaked)}` +
    ` · hangs: ${totals.hangs}` +
    ` · open handles: ${count(totals.openHandles)}` +
    ` · tests: ${totals.testsPassed}/${totals.tests} passed`,
  '',
];
writeFileSync(output, lines.join('\n'));
console.log(`fault matrix: ${totals.passed}/${rows.length} rows passed -> ${output}`);
