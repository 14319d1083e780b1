import { parseViolationHeader } from './parse-violation-header.js';
import { prismProblemViolations } from './prism-problem-violations.js';
import type { Violation } from './violation.js';

export interface ReadViolationsOptions {
  /**
   * The response body when it was already read (e.g. the `error` of an openapi-fetch call),
   * needed to see Prism's problem+json answers once the body is consumed.
   */
  body?: unknown;
}

/**
 * Reads Prism's verdict on a response: the `sl-violations` header (a JSON list, possibly
 * truncated after a `Too many violations!` prefix; an unreadable header is a violation too) and
 * Prism's own problem+json answers: a `#VIOLATIONS` 500 (with `--errors`), a request it rejected
 * itself (422, 415, 404, 401, ... from `stoplight.io/prism/errors`) and a `FetchError` 500 (the
 * upstream's answer could not be read). Reads a clone of the body; the response stays usable.
 */
export async function readViolations(
  response: Response,
  options: ReadViolationsOptions = {},
): Promise<Violation[]> {
  const found = parseViolationHeader(response.headers.get('sl-violations'));
  if (isProblemJson(response)) {
    const body = 'body' in options ? options.body : await readBody(response);
    if (body === UNREADABLE) {
      found.push({
        location: ['response'],
        severity: 'Error',
        code: 'UNREADABLE',
        message:
          'Prism may have answered this problem+json itself but the body was already read; pass it as `body` to see the violations.',
      });
    } else {
      found.push(...prismProblemViolations(body));
    }
  }
  const seen = new Set<string>();
  return found.filter((violation) => {
    const key = JSON.stringify(violation);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const UNREADABLE = Symbol('unreadable');

async function readBody(response: Response): Promise<unknown> {
  // A locked body (a reader is open on it) cannot be cloned either.
  if (response.bodyUsed || response.body?.locked) return UNREADABLE;
  try {
    return await response.clone().json();
  } catch {
    return undefined;
  }
}

function isProblemJson(response: Response): boolean {
  return /application\/problem\+json/i.test(response.headers.get('content-type') ?? '');
}
