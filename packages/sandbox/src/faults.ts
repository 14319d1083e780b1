/** What a matched request gets instead of the sandbox's normal answer. */
export type Fault =
  /** Answer this status with a JSON error body (500, 502, 503, 401, ...). */
  | { status: number; retryAfter?: undefined }
  /** 429; `retryAfter` in seconds (number) or an HTTP date (string or Date); omitted: no header. */
  | { status: 429; retryAfter?: number | string | Date }
  /** 200, `application/json`, a truncated JSON body. */
  | 'malformed-json'
  /** 502 with an HTML error page (`text/html`), like a proxy in front of PlexTrac. */
  | 'html'
  /** 200, `application/json`, an empty body. */
  | 'empty-json'
  /** Destroys the socket without an answer. */
  | 'reset'
  /** Never answers; `stop()` ends the request. */
  | 'hang';

/** The request a matcher sees. `operationId` is undefined for a path the sandbox does not know. */
export interface FaultRequest {
  method: string;
  path: string;
  operationId: string | undefined;
}

/**
 * An operationId (`'listClients'`), a method and path pattern (`'GET /api/v1/client/{id}'`,
 * `'* /api/v2/**'`, or just `'/api/v1/client/list'` for any method; `{x}` and `*` match one
 * segment, a trailing `**` the rest), or a predicate.
 */
export type FaultMatcher = string | ((request: FaultRequest) => boolean);

export interface FaultOptions {
  /** Apply to this many matching requests, then remove the rule. Default: until cleared. */
  times?: number;
}

export interface FaultRule {
  readonly fault: Fault;
  /** Requests this rule has answered. */
  readonly hits: number;
  /** Matching requests left, or `undefined` for unlimited. */
  readonly remaining: number | undefined;
  remove(): void;
}

/** The fault switch of a sandbox. Rules are tried in the order they were set. */
export interface SandboxFaults {
  set(matcher: FaultMatcher, fault: Fault, options?: FaultOptions): FaultRule;
  /** Removes every rule and resets `tokenSkewMs` to 0. */
  clear(): void;
  readonly rules: readonly FaultRule[];
  /** Tokens are rejected this many ms before their `exp` (clock-skew fault). Default 0. */
  tokenSkewMs: number;
}

interface Rule extends FaultRule {
  matches(request: FaultRequest): boolean;
  take(): void;
}

export interface FaultSwitch {
  faults: SandboxFaults;
  /** Finds the first rule matching the request and consumes one of its uses. */
  take(request: FaultRequest): Fault | undefined;
}

/** `operationIds`: when given, a string matcher naming any other operationId is refused. */
export function createFaultSwitch(operationIds?: readonly string[]): FaultSwitch {
  let rules: Rule[] = [];
  let skew = 0;
  const faults: SandboxFaults = {
    set(matcher, fault, options = {}) {
      const { times } = options;
      if (times !== undefined && !(Number.isInteger(times) && times > 0)) {
        throw new TypeError('[@plextrac-ts/sandbox] faults.set: times must be a positive integer.');
      }
      checkFault(fault);
      const matches = compileMatcher(matcher, operationIds);
      let hits = 0;
      let remaining = times;
      const rule: Rule = {
        fault,
        get hits() {
          return hits;
        },
        get remaining() {
          return remaining;
        },
        remove() {
          rules = rules.filter((r) => r !== rule);
        },
        matches,
        take() {
          hits += 1;
          if (remaining === undefined) return;
          remaining -= 1;
          if (remaining === 0) rule.remove();
        },
      };
      rules.push(rule);
      return rule;
    },
    clear() {
      rules = [];
      skew = 0;
    },
    get rules() {
      return [...rules];
    },
    get tokenSkewMs() {
      return skew;
    },
    set tokenSkewMs(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) {
        throw new TypeError('[@plextrac-ts/sandbox] faults.tokenSkewMs must be a number >= 0.');
      }
      skew = ms;
    },
  };
  return {
    faults,
    take(request) {
      const rule = rules.find((r) => r.matches(request));
      rule?.take();
      return rule?.fault;
    },
  };
}

const namedFaults = new Set(['malformed-json', 'html', 'empty-json', 'reset', 'hang']);

function checkFault(fault: Fault): void {
  if (typeof fault === 'string' ? namedFaults.has(fault) : isStatus(fault?.status)) {
    if (typeof fault === 'object') checkRetryAfter(fault.retryAfter);
    return;
  }
  if (typeof fault === 'object' && isRedirect(fault?.status)) {
    throw new TypeError(
      `[@plextrac-ts/sandbox] faults.set: status ${fault.status} is a redirect, which needs a Location the fault switch does not send; use a 2xx, 4xx or 5xx status.`,
    );
  }
  throw new TypeError(
    `[@plextrac-ts/sandbox] faults.set: unknown fault ${JSON.stringify(fault)}; use { status } (200-299 or 400-599), 'malformed-json', 'html', 'empty-json', 'reset' or 'hang'.`,
  );
}

function isStatus(status: unknown): boolean {
  return (
    typeof status === 'number' &&
    Number.isInteger(status) &&
    ((status >= 200 && status <= 299) || (status >= 400 && status <= 599))
  );
}

function isRedirect(status: unknown): status is number {
  return typeof status === 'number' && Number.isInteger(status) && status >= 300 && status <= 399;
}

function checkRetryAfter(value: unknown): void {
  const valid =
    value === undefined ||
    (typeof value === 'number' && Number.isInteger(value) && value >= 0) ||
    (value instanceof Date && Number.isFinite(value.getTime())) ||
    (typeof value === 'string' && /^[\x20-\x7e]+$/.test(value) && value.trim() !== '');
  if (valid) return;
  throw new TypeError(
    '[@plextrac-ts/sandbox] faults.set: retryAfter must be whole seconds >= 0, a valid Date, or a non-empty string of printable ASCII (an HTTP date, no CR/LF).',
  );
}

function compileMatcher(
  matcher: FaultMatcher,
  operationIds: readonly string[] | undefined,
): (request: FaultRequest) => boolean {
  if (typeof matcher === 'function') return matcher;
  if (typeof matcher !== 'string' || matcher.trim() === '') {
    throw new TypeError(
      '[@plextrac-ts/sandbox] faults.set: matcher must be a non-empty string or a function.',
    );
  }
  const text = matcher.trim();
  if (!text.includes('/')) {
    if (operationIds && !operationIds.includes(text)) {
      throw new TypeError(
        `[@plextrac-ts/sandbox] faults.set: no operation named ${text}; use an operationId of the spec or a 'METHOD /path' pattern.`,
      );
    }
    return (request) => request.operationId === text;
  }
  const [method, pattern] = text.startsWith('/') ? ['*', text] : text.split(/\s+/, 2);
  const path = compilePath(pattern ?? '');
  const wanted = (method ?? '*').toUpperCase();
  return (request) => (wanted === '*' || request.method === wanted) && path.test(request.path);
}

function compilePath(pattern: string): RegExp {
  const parts = pattern.split('/').map((part, index, all) => {
    if (part === '**' && index === all.length - 1) return '.*';
    if (part === '*' || /^\{[^/]+\}$/.test(part)) return '[^/]+';
    return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${parts.join('/')}/?$`);
}
