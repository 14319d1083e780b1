const DEFAULT_PAGE_SIZE = 100;

/**
 * Picks the `pagination.limit` to request: the largest allowed value not above `pageSize`
 * (default 100), or the smallest allowed value when every allowed value is larger.
 * `allowed === null` means the endpoint accepts any positive integer.
 */
export function pickPageLimit(
  allowed: readonly number[] | null,
  pageSize: number = DEFAULT_PAGE_SIZE,
): number {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1) {
    throw new RangeError(
      `[@plextrac-ts/client] pageSize must be a positive integer; got ${String(pageSize)}.`,
    );
  }
  if (allowed === null || allowed.length === 0) return pageSize;
  const sorted = [...allowed].sort((a, b) => a - b);
  const fitting = sorted.filter((value) => value <= pageSize);
  return fitting.at(-1) ?? (sorted[0] as number);
}
