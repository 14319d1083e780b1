import { sendWithAuth } from './send-with-auth.js';
import { internalsOf } from './session-internals.js';
import type { FetchLike, Session } from './types.js';

/** Values createAuthFetch serializes itself as JSON (fetch would turn them into text). */
export type JsonBody = number | boolean | readonly unknown[] | { readonly [key: string]: unknown };

export interface AuthFetchInit extends Omit<RequestInit, 'body'> {
  body?: BodyInit | JsonBody | null;
}

/** A fetch-compatible function: pass it as `fetch` to any client. */
export type AuthFetch = (input: RequestInfo | URL, init?: AuthFetchInit) => Promise<Response>;

function isStream(body: unknown): boolean {
  return (
    body instanceof ReadableStream ||
    (!!body && typeof body === 'object' && Symbol.asyncIterator in body)
  );
}

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

function toRequestInit(
  input: RequestInfo | URL,
  init: AuthFetchInit | undefined,
): RequestInit | undefined {
  const body = init?.body;
  if (!init || body === undefined || body === null) return init as RequestInit | undefined;
  const headers = new Headers(
    init.headers ?? (input instanceof Request ? input.headers : undefined),
  );
  if (isJsonBody(body)) {
    headers.set('content-type', 'application/json');
    return { ...init, headers, body: JSON.stringify(body) };
  }
  if (typeof body === 'string' && !headers.has('content-type') && isJsonText(body)) {
    headers.set('content-type', 'application/json');
    return { ...init, headers, body };
  }
  return (isStream(body) ? { duplex: 'half', ...init } : init) as RequestInit;
}

/**
 * Wraps fetch: same-origin requests get the session's Authorization, JSON bodies get
 * `Content-Type: application/json` (bodiless requests get none), and a 401 is answered by one
 * shared re-login and one replay of the buffered request. Other origins are passed through.
 */
export function createAuthFetch(session: Session, options: { fetch?: FetchLike } = {}): AuthFetch {
  const send = options.fetch ?? internalsOf(session).fetch;
  return async (input, init) => {
    const request = new Request(input, toRequestInit(input, init));
    if (!request.body) request.headers.delete('content-type');
    return sendWithAuth(session, request, send, !isStream(init?.body));
  };
}
