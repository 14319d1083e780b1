import type { Figure, Goal } from './figure.js';

export function formatValue(value: number, unit: Figure['unit']): string {
  switch (unit) {
    case 'ratio':
      return `${value.toFixed(3)}×`;
    case 'count':
      return String(value);
    case 'bytes':
      return `${value.toLocaleString('en-US')} B`;
  }
}

export function formatGoal(goal: Goal | null, unit: Figure['unit']): string {
  if (!goal) {
    return '(reported)';
  }
  const sign = { 'at-least': '≥', 'at-most': '≤', equal: '=' }[goal.kind];
  return `${sign} ${formatValue(goal.target, unit)}`;
}

export function formatMet(met: boolean | null): string {
  return met === null ? '–' : met ? 'yes' : 'NO';
}

/** Compact rate for details: 312k ops/s. */
export function formatRate(opsPerSecond: number): string {
  return opsPerSecond >= 10_000
    ? `${Math.round(opsPerSecond / 1000)}k ops/s`
    : `${Math.round(opsPerSecond)} ops/s`;
}
