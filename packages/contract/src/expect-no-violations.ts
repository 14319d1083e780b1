import { ContractViolationError } from './contract-violation-error.js';
import { type ReadViolationsOptions, readViolations } from './read-violations.js';
import type { Violation } from './violation.js';

export interface ExpectNoViolationsOptions extends ReadViolationsOptions {
  /** Ignore violations below severity Error (Warning, Information, Hint). Default false. */
  allowWarnings?: boolean;
}

/**
 * Throws a `ContractViolationError` listing every violation Prism reported for `response`
 * (the `sl-violations` header or a `#VIOLATIONS` 500). Resolves when there are none.
 */
export async function expectNoViolations(
  response: Response,
  options: ExpectNoViolationsOptions = {},
): Promise<void> {
  const all = await readViolations(response, options);
  const violations = options.allowWarnings ? all.filter(isError) : all;
  if (violations.length > 0) throw new ContractViolationError(violations, response);
}

function isError(violation: Violation): boolean {
  return violation.severity === 'Error';
}
