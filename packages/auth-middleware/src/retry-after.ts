/**
 * Parses a `Retry-After` header (delta-seconds or an HTTP-date) into milliseconds from `nowMs`.
 * Returns undefined for a missing or unreadable value; never throws.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP-dates start with the day name ("Wed, 21 Oct 2015 07:28:00 GMT").
  const date = /^[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
