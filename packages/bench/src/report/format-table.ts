import type { Machine } from '../machine/describe-machine.js';
import type { Figure } from './figure.js';
import { TABLE_HEADER, tableRows } from './table-rows.js';

/** The terminal table: aligned columns, machine line on top. */
export function formatTable(figures: readonly Figure[], machine: Machine): string {
  const rows = [[...TABLE_HEADER], ...tableRows(figures)];
  const widths = TABLE_HEADER.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const [header, ...body] = rows;
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.os}`,
    '',
    line(header ?? []),
    rule,
    ...body.map(line),
  ].join('\n');
}
