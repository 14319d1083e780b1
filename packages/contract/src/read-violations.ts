/** One contract violation as Prism reports it. */
export interface Violation {
  /** Where it is, starting with `request` or `response`, e.g. `['response', 'body', 'id']`. */
  location: string[];
  /** `Error`, `Warning`, `Information` or `Hint`. */
  severity: string;
  code?: string | number;
  message: string;
}

export interface ReadViolationsOptions {
  /**
   * The response body when it was already read (e.g. the `error` of an openapi-fetch call),
   * needed to see a `#VIOLATIONS` 500 once the body is consumed.
   */
  body?: unknown;
}

const TOO_MANY = 'Too many violations!';

/**
 * Reads Prism's verdict on a response: the `sl-violations` header (a JSON list, possibly
 * truncated after a `Too many violations!` prefix) and, with `--errors`, a 500 problem+json
 * whose `type` ends in `#VIOLATIONS`. Reads a clone of the body, so the response stays usable.
 */
export async function readViolations(
  response: Response,
  options: ReadViolationsOptions = {},
): Promise<Violation[]> {
  const found = parseViolationHeader(response.headers.get('sl-violations'));
  const problem = response.status === 500 && isProblemJson(response);
  if (problem) {
    const body = 'body' in options ? options.body : await readBody(response);
    if (body === UNREADABLE) {
      found.push({
        location: ['response'],
        severity: 'Error',
        code: 'UNREADABLE',
        message:
          'Prism answered 500 problem+json but the body was already read; pass it as `body` to see the violations.',
      });
    } else if (isViolationsProblem(body)) {
      found.push(...body.validation.filter(isViolation));
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

/** Parses an `sl-violations` header value; a truncated list keeps its complete entries. */
export function parseViolationHeader(value: string | null): Violation[] {
  if (!value) return [];
  const truncated = value.startsWith(TOO_MANY);
  const json = truncated ? value.slice(TOO_MANY.length).trim() : value;
  const parsed = parseList(json, truncated);
  const violations = parsed.filter(isViolation);
  if (truncated) {
    violations.push({
      location: ['response', 'headers', 'sl-violations'],
      severity: 'Error',
      code: 'TOO_MANY_VIOLATIONS',
      message: 'Prism truncated the violation list (more than ~8 KB of violations).',
    });
  }
  return violations;
}

function parseList(json: string, truncated: boolean): unknown[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list : [];
  } catch {
    if (!truncated) return [];
  }
  // Cut after the last complete object and close the list.
  for (let end = json.lastIndexOf('}'); end > 0; end = json.lastIndexOf('}', end - 1)) {
    try {
      const list: unknown = JSON.parse(`${json.slice(0, end + 1)}]`);
      if (Array.isArray(list)) return list;
    } catch {
      // keep cutting
    }
  }
  return [];
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

function isViolationsProblem(body: unknown): body is { validation: unknown[] } {
  if (typeof body !== 'object' || body === null) return false;
  const { type, validation } = body as { type?: unknown; validation?: unknown };
  return typeof type === 'string' && type.endsWith('#VIOLATIONS') && Array.isArray(validation);
}

function isViolation(value: unknown): value is Violation {
  if (typeof value !== 'object' || value === null) return false;
  const { location, severity, message } = value as Record<string, unknown>;
  return Array.isArray(location) && typeof severity === 'string' && typeof message === 'string';
}
