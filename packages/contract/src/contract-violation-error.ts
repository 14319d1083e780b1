import type { Violation } from './violation.js';

/** Thrown by `expectNoViolations`; `violations` lists what Prism reported. */
export class ContractViolationError extends Error {
  override name = 'ContractViolationError';
  readonly violations: Violation[];
  readonly status: number;
  readonly url: string;

  constructor(violations: Violation[], response: Response) {
    const where = `${pathOf(response.url)} → ${response.status}`;
    const lines = violations.map(
      (v) =>
        `  - ${v.severity} ${v.location.join('.')}: ${v.message}${v.code ? ` (${v.code})` : ''}`,
    );
    super(
      `[@plextrac-ts/contract] ${violations.length} contract violation${violations.length === 1 ? '' : 's'} in ${where}; fix the spec or the server so they agree:\n${lines.join('\n')}`,
    );
    this.violations = violations;
    this.status = response.status;
    this.url = response.url;
  }
}

function pathOf(url: string): string {
  if (!url) return '(unknown URL)';
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}
