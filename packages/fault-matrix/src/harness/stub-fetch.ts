import { randomBytes } from 'node:crypto';
import { addSecret } from './secret-collector.js';

/** A request the stub received, its body read in full (so no body stream is left open). */
export interface StubCall {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

export interface StubFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Every request it was called with, in order. It never opens a socket. */
  readonly calls: StubCall[];
}

/** A fetch that answers from `answer` in memory and records each request. */
export function createStubFetch(
  answer: (request: StubCall, index: number) => Response | Promise<Response>,
): StubFetch {
  const calls: StubCall[] = [];
  const stub = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    const body = request.body ? await request.text() : null;
    const call = { url: request.url, method: request.method, headers: request.headers, body };
    calls.push(call);
    return answer(call, calls.length - 1);
  };
  return Object.defineProperty(stub, 'calls', { value: calls }) as StubFetch;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned JWT-shaped token with `claims`, registered as a secret for the scan. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const token = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims)}.${randomBytes(32).toString('base64url')}`;
  addSecret('stub token', token);
  return token;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** A token response for `authenticate`, with a fresh fake token valid 15 minutes from `nowMs`. */
export function tokenResponse(nowMs: number): Response {
  const iat = Math.floor(nowMs / 1000);
  const token = fakeJwt({ username: 'stub@matrix.test', tenantId: 0, iat, exp: iat + 900 });
  return json(200, { status: 'success', tenant_id: 0, token, cookie: fakeJwt({ iat }) });
}
