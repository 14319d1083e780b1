import { describe, expect, it } from 'vitest';
import { createFigure, meetsGoal } from './figure.js';

describe('goals', () => {
  it('meets an at-least goal at or above the target only', () => {
    expect(meetsGoal({ kind: 'at-least', target: 0.9 }, 0.9)).toBe(true);
    expect(meetsGoal({ kind: 'at-least', target: 0.9 }, 0.899)).toBe(false);
  });

  it('meets an at-most goal at or below the target only', () => {
    expect(meetsGoal({ kind: 'at-most', target: 3000 }, 3000)).toBe(true);
    expect(meetsGoal({ kind: 'at-most', target: 3000 }, 3001)).toBe(false);
  });

  it('meets an equal goal with the exact count only', () => {
    expect(meetsGoal({ kind: 'equal', target: 1 }, 1)).toBe(true);
    expect(meetsGoal({ kind: 'equal', target: 1 }, 2)).toBe(false);
  });

  it('marks a figure without a goal as reported, neither met nor missed', () => {
    const figure = createFigure({
      id: '5',
      title: 't',
      value: 0.1,
      unit: 'ratio',
      goal: null,
      detail: '',
    });
    expect(figure.met).toBeNull();
  });
});
