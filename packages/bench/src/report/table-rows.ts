import type { Figure } from './figure.js';
import { formatGoal, formatMet, formatValue } from './format-value.js';

export const TABLE_HEADER = ['#', 'Figure', 'Value', 'Goal', 'Met', 'Detail'] as const;

/** The cells shared by the terminal table and the markdown table. */
export function tableRows(figures: readonly Figure[]): string[][] {
  return figures.map((figure) => [
    figure.id,
    figure.title,
    formatValue(figure.value, figure.unit),
    formatGoal(figure.goal, figure.unit),
    formatMet(figure.met),
    figure.detail,
  ]);
}
