import { ConfigurationError } from './errors.js';
import { requestCall, sendWithAuth } from './send-with-auth.js';
import { internalsOf } from './session-internals.js';
import type { FetchLike, Session, StandardFetch } from './types.js';

/** Values createAuthFetch serializes itself as JSON (fetch would turn them into text). */
export type JsonBody = number | boolean | readonly unknown[] | { readonly [key: string]: unknown };

export interface AuthFetchInit extends Omit<RequestInit, 'body'> {
  body?: BodyInit | JsonBody | null;
}

/** A fetch-compatible function: pass it as `fetch` to any client. */
export type AuthFetch = (input: RequestInfo | URL, init?: AuthFetchInit) => Promise<Response>;

const isStream = (body: unknown): boolean =>
  body instanceof ReadableStream ||
  (!!body && typeof body === 'object' && Symbol.asyncIterator in body);

function isJsonBody(body: unknown): body is JsonBody {
  if (typeof body === 'number' || typeof body === 'boolean' || Array.isArray(body)) return true;
  if (!body || typeof body !== 'object') return false;
  const proto = Object.getPrototypeOf(body);
  return proto === Object.prototype || proto === null;
}

function isJsonText(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The init actually sent: JSON bodies serialized with `Content-Type: application/json`, no
 * Content-Type without a body, `duplex: 'half'` for a stream. Its headers are a fresh Headers.
 */
function prepare(init: AuthFetchInit | undefined, input?: Request) {
  let body = init?.body;
  const headers = new Headers(init?.headers ?? input?.headers);
  // Without a body in init, a Request input keeps its own body, and its Content-Type with it.
  if (body === null || (body === undefined && !input?.body)) headers.delete('content-type');
  else if (isJsonBody(body)) {
    body = JSON.stringify(body);
    headers.set('content-type', 'application/json');
  } else if (typeof body === 'string' && !headers.has('content-type') && isJsonText(body)) {
    headers.set('content-type', 'application/json');
  }
  // undici detaches a buffer it sends, so a 307/308 or a 401 replay would find it empty; a Blob
  // (one copy of the bytes, no Content-Type added) can be sent again. The tag test also catches
  // another realm's ArrayBuffer, and a SharedArrayBuffer, which fetch would send as the text
  // "[object SharedArrayBuffer]".
  if (ArrayBuffer.isView(body)) body = new Blob([body]);
  else if (isAnyArrayBuffer(body)) body = new Blob([new Uint8Array(body)]);
  const stream = isStream(body);
  return { ...(stream && { duplex: 'half' }), ...init, headers, body } as RequestInit & {
    headers: Headers;
  };
}

const METHOD = /^(delete|get|head|options|post|put)$/i;

const isAnyArrayBuffer = (value: unknown): value is ArrayBufferLike => {
  const tag = Object.prototype.toString.call(value);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
};

/** An @, or one of the two characters NFKC folds to it (＠ U+FF20, ﹫ U+FE6B). */
const AT_SIGN = /[@\uFF20\uFE6B]/;

const UNSHOWABLE =
  'The request URL is not an absolute http(s) URL and holds an @ (perhaps user:password@host), so it is not shown. Pass an absolute URL without credentials: this fetch sends the session token in the Authorization header.';

/** Why a URL holding an @ is refused before fetch sees it, or undefined when it is fine. */
function credentialsProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // fetch's "Failed to parse URL from ..." would quote it whole, and text cannot tell userinfo
    // from an @ elsewhere in every spelling (`https:\\u:pw@h`, `https:/u:pw@h:99999`).
    return UNSHOWABLE;
  }
  if (parsed.username || parsed.password) {
    return 'The request URL contains credentials (user:password@host); fetch refuses them. Remove them: this fetch sends the session token in the Authorization header.';
  }
  // `u:pw@host/x` parses with the scheme `u:`, the password left in the path.
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : UNSHOWABLE;
}

/** The RequestInit members a Request keeps; any other (undici's `dispatcher`, say) it drops. */
const REQUEST_INIT = new Set([
  'method',
  'headers',
  'body',
  'referrer',
  'referrerPolicy',
  'mode',
  'credentials',
  'cache',
  'redirect',
  'integrity',
  'keepalive',
  'signal',
  'duplex',
  'priority',
  'window',
]);

/** Members of `init` a Request would drop, to pass next to it; undefined when there are none. */
function extrasOf(init: AuthFetchInit | undefined): RequestInit | undefined {
  if (!init) return undefined;
  const extras = Object.entries(init).filter(([key]) => !REQUEST_INIT.has(key));
  return extras.length ? (Object.fromEntries(extras) as RequestInit) : undefined;
}

export interface AuthFetchOptions {
  /** What sends the calls. Default: the session's `fetch` (with a Request, if it was injected). */
  fetch?: StandardFetch;
}

/**
 * Wraps fetch: same-origin requests get the session's Authorization, JSON bodies get
 * `Content-Type: application/json` (bodiless requests get none), and a 401 is answered by one
 * shared re-login and one replay. Other origins are passed through. A `(url, init)` call reaches
 * a standard fetch as `(url, init)`, without building a Request; a session `fetch` that was
 * injected gets one Request, as it always does.
 */
export function createAuthFetch(session: Session, options: AuthFetchOptions = {}): AuthFetch {
  const internals = internalsOf(session);
  const forward = options.fetch ?? internals.standardFetch;
  const send: FetchLike = forward ?? internals.fetch;

  async function viaRequest(input: Request, init: AuthFetchInit | undefined) {
    // e.g. openapi-fetch's requestInitExt ({ dispatcher }): a standard fetch gets it with every send
    const extras = extrasOf(init);
    const send: FetchLike =
      forward && extras ? (request) => forward(request, extras) : (forward ?? internals.fetch);
    // Always a copy: the caller's Request never gets the token (nor loses a header).
    const request = new Request(input, init ? prepare(init, input) : undefined);
    if (!request.body) request.headers.delete('content-type');
    if (!session.appliesTo(request.url)) return send(request);
    // Request bodies are buffered (a stream in `init` is sent once, as is).
    const stream = isStream(init?.body);
    const body = request.body && !stream ? await request.blob() : undefined;
    const call = requestCall(request, send, body);
    return sendWithAuth(session, stream ? { ...call, replayable: false } : call);
  }

  function viaUrl(url: string, init: AuthFetchInit | undefined) {
    const sent = prepare(init);
    const go = (headers: Headers) => {
      const init = headers === sent.headers ? sent : { ...sent, headers };
      return forward ? forward(url, init) : send(new Request(url, init));
    };
    if (!session.appliesTo(url)) return go(sent.headers);
    const method = sent.method ?? 'GET';
    let first = true;
    return sendWithAuth(session, {
      method: METHOD.test(method) ? method.toUpperCase() : method,
      url,
      headers: sent.headers,
      signal: sent.signal,
      replayable: !isStream(sent.body),
      send(authorization) {
        // The first send uses our own copy of the caller's headers; a replay gets a fresh one.
        const headers = first ? sent.headers : new Headers(sent.headers);
        first = false;
        headers.set('authorization', authorization);
        return go(headers);
      },
    });
  }

  return (input, init) => {
    try {
      if (input instanceof Request) return viaRequest(input, init);
      const url = String(input);
      // fetch's own error would quote the URL, password and all.
      const problem = AT_SIGN.test(url) ? credentialsProblem(url) : undefined;
      if (problem)
        throw new ConfigurationError(problem, { cause: new Error('URL with credentials') });
      return viaUrl(url, init);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}
