/** A client path a row is driven through. */
export type MatrixClient = 'openapi-fetch' | 'sdk' | 'session' | 'types';

export type MatrixFamily =
  | 'auth'
  | 'data'
  | 'transport'
  | 'bad-input'
  | 'property'
  | 'secrets'
  | 'hygiene';

/** One fault of the matrix: what we do to the client, and what must happen. */
export interface MatrixRow {
  id: string;
  family: MatrixFamily;
  fault: string;
  expected: string;
  /** Every client path the row must pass through before it counts as covered. */
  clients: readonly MatrixClient[];
}

const both = ['openapi-fetch', 'sdk'] as const;

/**
 * The fault matrix of issue 7. Each row is asserted by tests tagged with its id
 * (see `matrixTest`); the reporter marks a row passed only when every tagged test passed and
 * every listed client was exercised.
 */
export const matrixRows: readonly MatrixRow[] = [
  // auth family
  {
    id: 'auth-429-retry-after',
    family: 'auth',
    fault: 'login answered 429 with `Retry-After: 7`',
    expected:
      "waits exactly the 7 s (and an HTTP date's ~12 s) on the session clock, retries once; the call succeeds; a `rate-limited` event",
    clients: both,
  },
  {
    id: 'auth-429-no-retry-after',
    family: 'auth',
    fault: 'login answered 429 without `Retry-After`, every time',
    expected:
      'backs off 5, 10, 20 s, then `RateLimitError` (status 429, `retryAfter`): 4 login requests in all; no request while that wait lasts (the next call fails at once); works after it',
    clients: both,
  },
  {
    id: 'auth-login-5xx',
    family: 'auth',
    fault: 'login answered 503 every time',
    expected:
      'a typed `PlexTracAuthError` (status 503, `cause`) whose message points at the server, not the credentials; <= 3 login requests; logs in once the server recovers',
    clients: both,
  },
  {
    id: 'auth-refresh-5xx',
    family: 'auth',
    fault: 'refresh answered 500',
    expected: 'one refresh, an `error` event, then a full login; the call succeeds',
    clients: both,
  },
  {
    id: 'auth-refresh-401',
    family: 'auth',
    fault: 'refresh rejected with 401',
    expected: 'one refresh, an `error` event, then a full login; the call succeeds',
    clients: both,
  },
  {
    id: 'auth-mfa-rejected-once',
    family: 'auth',
    fault: 'MFA code rejected once',
    expected:
      'a fresh challenge and a code from a later 30 s step; login succeeds (mfa events: attempt 1 rejected, 2 accepted)',
    clients: both,
  },
  {
    id: 'auth-mfa-rejected-twice',
    family: 'auth',
    fault: 'MFA code rejected twice',
    expected: '`MfaError` after exactly two MFA attempts (two challenges), no third',
    clients: both,
  },
  {
    id: 'auth-totp-replay',
    family: 'auth',
    fault: 're-login inside the TOTP step already used',
    expected:
      'waits for the next step instead of resubmitting one (also across two sessions with one secret); the sandbox rejects nothing',
    clients: both,
  },
  {
    id: 'auth-wrong-credentials',
    family: 'auth',
    fault: 'wrong password, 20 concurrent calls',
    expected:
      '`AuthenticationError` (401) for all 20 callers from one login request; a later call tries once more, no storm',
    clients: both,
  },
  {
    id: 'auth-rate-limit-20-sessions',
    family: 'auth',
    fault: '20 parallel sessions, instance limit 10 auth requests per minute',
    expected:
      'all 20 log in; no 429 on the wire or to a caller; <= 10 auth requests in any rolling minute of the shared clock',
    clients: both,
  },
  // data calls
  {
    id: 'data-401-storm',
    family: 'data',
    fault: '50 concurrent calls all answered 401 once (token revoked)',
    expected: 'exactly one re-login; each 401 replayed once; all 50 calls succeed',
    clients: both,
  },
  {
    id: 'data-401-always',
    family: 'data',
    fault: 'an endpoint that answers 401 to every token (a permission, not the token)',
    expected:
      'one re-login and one replay, then the 401 as a value; for 60 s further 401s come back without a login; after that one re-login again',
    clients: both,
  },
  {
    id: 'data-5xx',
    family: 'data',
    fault: 'data call answered 500',
    expected:
      'returned as a value (`error`, status 500), not thrown; no re-login; the next call succeeds',
    clients: both,
  },
  {
    id: 'data-malformed-json',
    family: 'data',
    fault: '200 with a truncated JSON body',
    expected:
      'openapi-fetch rejects with the `SyntaxError`, the SDK returns it as `error`; the next call succeeds without a re-login',
    clients: both,
  },
  {
    id: 'data-html-error',
    family: 'data',
    fault: '502 with an HTML page',
    expected: 'returned as a value: status 502, the page text as `error`; not thrown',
    clients: both,
  },
  {
    id: 'data-empty-json',
    family: 'data',
    fault: '200, `application/json`, empty body',
    expected:
      'no error: `data` is `undefined` (openapi-fetch) or `{}` (SDK); the next call succeeds',
    clients: both,
  },
  {
    id: 'data-connection-reset',
    family: 'data',
    fault: 'socket destroyed without an answer',
    expected:
      '`TypeError: fetch failed` (thrown by openapi-fetch, returned as `error` by the SDK); the next call succeeds without a re-login',
    clients: both,
  },
  {
    id: 'data-hang',
    family: 'data',
    fault: 'server never answers',
    expected:
      "a data call ends at the caller's 300 ms signal; a hanging login ends at `authTimeoutMs` with a typed error; the next call succeeds",
    clients: both,
  },
  {
    id: 'data-token-skew',
    family: 'data',
    fault: 'server expires tokens 10 min before their `exp`',
    expected: 'one 401, one re-login, one replay (`replay` event); the call succeeds',
    clients: both,
  },
  // transport and security
  {
    id: 'transport-redirect-cross-origin',
    family: 'transport',
    fault: '302 (GET) and 307 (POST) from the API origin to another origin',
    expected:
      'both redirects are followed; the other origin gets the request (and the 307 body) without `Authorization` or cookie',
    clients: both,
  },
  {
    id: 'transport-login-redirect',
    family: 'transport',
    fault: 'login answered 307 to another origin',
    expected:
      'not followed: a `PlexTracAuthError` naming that origin; the other origin receives nothing (no password)',
    clients: both,
  },
  {
    id: 'transport-absolute-url-other-host',
    family: 'transport',
    fault: 'request to an absolute URL on another origin',
    expected: 'sent without the token, and without even a login',
    clients: both,
  },
  {
    id: 'transport-insecure-http',
    family: 'transport',
    fault: '`http://` to a non-loopback host',
    expected:
      '`ConfigurationError` naming `baseUrl` and `allowInsecureHttp`, the injected fetch never called; a request downgraded to `http://` gets no token; with the opt-in it works',
    clients: both,
  },
  {
    id: 'transport-file-store-corrupt',
    family: 'transport',
    fault: 'file token store holding garbage',
    expected:
      'ignored and replaced (mode 0600) by a valid file after login; a second session reuses it without a login',
    clients: ['session'],
  },
  {
    id: 'transport-file-store-permissions',
    family: 'transport',
    fault: 'file token store with mode 0644',
    expected:
      'refused with `ConfigurationError` (says chmod 600) before any request; its token is never sent; works again after chmod 600',
    clients: ['session'],
  },
  {
    id: 'transport-file-store-two-processes',
    family: 'transport',
    fault: 'two processes writing one store at once',
    expected:
      'both finish cleanly; the file parses and holds the last value of one of them, mode 0600, no temp file left',
    clients: ['session'],
  },
  // bad input
  {
    id: 'bad-input-empty-username',
    family: 'bad-input',
    fault: 'empty username',
    expected: 'a clear error naming `username` before any network call',
    clients: both,
  },
  {
    id: 'bad-input-totp-not-base32',
    family: 'bad-input',
    fault: 'TOTP secret that is not base32',
    expected: 'a clear error naming `totpSecret` before any network call',
    clients: both,
  },
  {
    id: 'bad-input-base-url-no-scheme',
    family: 'bad-input',
    fault: '`baseUrl` without a scheme',
    expected: 'a clear error naming `baseUrl` before any network call',
    clients: both,
  },
  {
    id: 'bad-input-path-not-in-spec',
    family: 'bad-input',
    fault: 'a path that is not in the spec',
    expected:
      "compile error in both typed clients (`.test-d.ts`); at run time no client-side check: the sandbox's 404 comes back as a value; `paginate` refuses an unknown path before any request",
    clients: ['openapi-fetch', 'sdk', 'types'],
  },
  // properties
  {
    id: 'property-jwt-decoding',
    family: 'property',
    fault: 'arbitrary strings returned as server tokens',
    expected:
      '`getToken` and the first request resolve, or reject with a `PlexTracAuthError`; <= 2 logins',
    clients: ['session'],
  },
  {
    id: 'property-retry-after',
    family: 'property',
    fault: 'arbitrary `Retry-After` values on a 429',
    expected:
      "every wait finite, >= 0 and within setTimeout's range (<= 2^31-1 ms), then a retry or `RateLimitError`",
    clients: ['session'],
  },
  {
    id: 'property-header-merging',
    family: 'property',
    fault: 'arbitrary header inits through `createAuthFetch`',
    expected:
      "exactly the session's `Authorization`; every other caller header kept; JSON bodies sent as `application/json`; bodiless requests carry no Content-Type",
    clients: ['session'],
  },
  {
    id: 'property-pagination',
    family: 'property',
    fault: 'arbitrary server pages (totals, empty pages, missing meta)',
    expected: 'ends within `maxPages` requests with non-empty pages, or a `PaginationError`',
    clients: ['openapi-fetch'],
  },
  // secrets
  {
    id: 'hygiene-no-leftovers',
    family: 'hygiene',
    fault: 'every server, port and child process the run started',
    expected:
      'all stopped at the end: tracked ports refuse connections, child PIDs are gone, no TCP server or socket left open',
    clients: ['session'],
  },
  {
    id: 'secrets-scan',
    family: 'secrets',
    fault: 'every error, cause, event, log line and inspected object of the run',
    expected: 'no password, TOTP secret, token or cookie in any of them',
    clients: ['session'],
  },
];

export function findRow(id: string): MatrixRow {
  const row = matrixRows.find((candidate) => candidate.id === id);
  if (!row) throw new Error(`[@plextrac-ts/fault-matrix] unknown matrix row ${id}`);
  return row;
}
