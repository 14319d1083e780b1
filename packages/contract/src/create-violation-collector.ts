import { ContractViolationError } from './contract-violation-error.js';
import { readViolations } from './read-violations.js';
import type { Violation } from './violation.js';

/** The violations Prism reported for one request. */
export interface CollectedViolations {
  method: string;
  url: string;
  status: number;
  violations: Violation[];
}

export interface ViolationCollector {
  /** A fetch that records Prism's violations for every response, then returns it untouched. */
  fetch: typeof fetch;
  /** Every request that came back with at least one violation, in order. */
  readonly collected: CollectedViolations[];
  /** How many requests went through `fetch`. */
  readonly requests: number;
  /** Throws a `ContractViolationError` for the first request with violations, if any. */
  expectNone(): void;
}

/**
 * Wraps `fetch` (default: the global one) so that every response through it is checked for
 * contract violations. Give `collector.fetch` to a client, then call `collector.expectNone()`.
 */
export function createViolationCollector(
  options: { fetch?: typeof fetch } = {},
): ViolationCollector {
  const base = options.fetch ?? globalThis.fetch;
  const collected: CollectedViolations[] = [];
  const failures: Array<{ response: Response; violations: Violation[] }> = [];
  let requests = 0;
  const wrapped = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    requests += 1;
    const method = (
      init?.method ?? (input instanceof Request ? input.method : 'GET')
    ).toUpperCase();
    const response = await base(input, init);
    const violations = await readViolations(response);
    if (violations.length > 0) {
      collected.push({ method, url: response.url, status: response.status, violations });
      failures.push({ response, violations });
    }
    return response;
  };
  return {
    fetch: wrapped as typeof fetch,
    collected,
    get requests() {
      return requests;
    },
    expectNone() {
      const first = failures[0];
      if (first) throw new ContractViolationError(first.violations, first.response);
    },
  };
}
