const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A wait as a person reads it: "45 s", "12 min", "3 h", "2 days", or "more than a year". */
export function formatWait(ms: number): string {
  if (!(ms < 365 * DAY)) return 'more than a year';
  if (ms < 2 * MINUTE) return `${Math.ceil(ms / 1000)} s`;
  if (ms < 2 * HOUR) return `${Math.ceil(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `${Math.ceil(ms / HOUR)} h`;
  return `${Math.ceil(ms / DAY)} days`;
}
