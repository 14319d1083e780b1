/** An integer query parameter: `fallback` when absent, `undefined` when not an integer >= min. */
export function queryInt(value: string | null, fallback: number, min: number): number | undefined {
  if (value === null || value === '') return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : undefined;
}
