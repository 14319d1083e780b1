/** One contract violation as Prism reports it (or as the kit reports Prism's own answers). */
export interface Violation {
  /** Where it is, starting with `request` or `response`, e.g. `['response', 'body', 'id']`. */
  location: string[];
  /** `Error`, `Warning`, `Information` or `Hint`. */
  severity: string;
  code?: string | number;
  message: string;
}

/** True for an object shaped like one of Prism's violation entries. */
export function isViolation(value: unknown): value is Violation {
  if (typeof value !== 'object' || value === null) return false;
  const { location, severity, message } = value as Record<string, unknown>;
  return (
    Array.isArray(location) &&
    location.every((part) => typeof part === 'string' || typeof part === 'number') &&
    typeof severity === 'string' &&
    typeof message === 'string'
  );
}
