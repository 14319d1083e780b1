import { describe, expect, it } from 'vitest';
import { createFigure } from './figure.js';
import { formatMarkdown } from './format-markdown.js';
import { formatTable } from './format-table.js';

const machine = { cpu: 'Test CPU', cores: 2, node: 'v20.20.2', os: 'linux 6.0' };
const figures = [
  createFigure({
    id: '1a',
    title: 'a | b',
    value: 0.93,
    unit: 'ratio',
    goal: { kind: 'at-least', target: 0.9 },
    detail: '300k ops/s vs 320k ops/s',
  }),
  createFigure({
    id: '6a',
    title: 'size',
    value: 2900,
    unit: 'bytes',
    goal: { kind: 'at-most', target: 3000 },
    detail: '',
  }),
];

describe('result tables', () => {
  it('writes the machine, the goal and whether it was met into the markdown table', () => {
    const markdown = formatMarkdown(figures, machine, new Date('2025-01-02T03:04:05Z'));
    expect(markdown).toContain('Measured 2025-01-02 on Test CPU (2 cores), Node v20.20.2');
    expect(markdown).toContain(
      '| 1a | a \\| b | 0.930× | ≥ 0.900× | yes | 300k ops/s vs 320k ops/s |',
    );
    expect(markdown).toContain('| 6a | size | 2,900 B | ≤ 3,000 B | yes |  |');
  });

  it('prints the same cells in the terminal table, aligned under the header', () => {
    const lines = formatTable(figures, machine).split('\n');
    expect(lines[0]).toBe('Machine: Test CPU, 2 cores, Node v20.20.2, linux 6.0');
    const header = lines[2] ?? '';
    const row = lines[4] ?? '';
    expect(row.indexOf('0.930×')).toBe(header.indexOf('Value'));
    expect(row).toContain('yes');
  });
});
