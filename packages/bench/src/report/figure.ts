/** A goal a figure is checked against; `null` goal means the figure is reported only. */
export type Goal =
  | { kind: 'at-least'; target: number }
  | { kind: 'at-most'; target: number }
  | { kind: 'equal'; target: number };

/** One row of the bench table: a measured value, the goal beside it and whether it was met. */
export interface Figure {
  /** Scenario number and letter, e.g. `1a`. */
  id: string;
  title: string;
  value: number;
  unit: 'ratio' | 'count' | 'bytes';
  goal: Goal | null;
  /** `null` when there is no goal. */
  met: boolean | null;
  /** What the ratio was made of (raw rates, rounds, bytes), for the reader. */
  detail: string;
  /** The per-round values a median was taken from (timing figures only), for results/latest.json. */
  rounds?: number[];
}

export function meetsGoal(goal: Goal, value: number): boolean {
  switch (goal.kind) {
    case 'at-least':
      return value >= goal.target;
    case 'at-most':
      return value <= goal.target;
    case 'equal':
      return value === goal.target;
  }
}

export function createFigure(fields: Omit<Figure, 'met'>): Figure {
  return { ...fields, met: fields.goal ? meetsGoal(fields.goal, fields.value) : null };
}
