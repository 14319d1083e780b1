import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matrixRows } from './harness/matrix-rows.js';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const readmeRows = readme.split('\n').filter((line) => line.startsWith('| '));

describe("the root README's fault matrix table", () => {
  it.each(matrixRows.map((row) => [row.id, row] as const))(
    'shows row %s with its fault and expected outcome',
    (_id, row) => {
      const line = readmeRows.find((candidate) => candidate.startsWith(`| ${row.fault} |`));
      expect(line, `README has no table row for: ${row.fault}`).toBeDefined();
      expect(line).toContain(`| ${row.expected} |`);
    },
  );

  it('has no fault row the matrix no longer defines', () => {
    const start = readme.indexOf('| Fault | Expected outcome |');
    const end = readme.indexOf('Faults tried:', start);
    const shown = readme
      .slice(start, end)
      .split('\n')
      .filter((line) => line.startsWith('| ') && !/^\| (Fault|---)/.test(line));
    expect(shown).toHaveLength(matrixRows.length);
  });
});
