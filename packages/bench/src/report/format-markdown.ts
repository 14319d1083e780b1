import type { Machine } from '../machine/describe-machine.js';
import type { Figure } from './figure.js';
import { TABLE_HEADER, tableRows } from './table-rows.js';

const escapeCell = (cell: string) => cell.replaceAll('|', '\\|');

/** The README table: the same cells as the terminal table, with the machine and date. */
export function formatMarkdown(figures: readonly Figure[], machine: Machine, date: Date): string {
  const rows = tableRows(figures).map((row) => `| ${row.map(escapeCell).join(' | ')} |`);
  return [
    `Measured ${date.toISOString().slice(0, 10)} on ${machine.cpu} (${machine.cores} cores), ` +
      `Node ${machine.node}, ${machine.os}, by \`pnpm bench\`.`,
    '',
    `| ${TABLE_HEADER.join(' | ')} |`,
    `|${TABLE_HEADER.map(() => '---').join('|')}|`,
    ...rows,
    '',
  ].join('\n');
}
