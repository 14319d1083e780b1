/** The q-quantile (0 ≤ q ≤ 1) of a non-empty list, interpolating between neighbours. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) {
    throw new Error('[@plextrac-ts/bench] a quantile needs at least one value.');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lower = sorted[Math.floor(position)] as number;
  const upper = sorted[Math.ceil(position)] as number;
  return lower + (upper - lower) * (position - Math.floor(position));
}
