import type { PlexTracClient } from '@plextrac-ts/client';
import type { SdkClient } from '@plextrac-ts/sdk';
import type { RequestFetch } from './with-timeout.js';

type Middleware = Parameters<PlexTracClient['use']>[0];

/**
 * Test-only: asks Prism for a named example or status with `Prefer` (e.g. `example=mfa`,
 * `code=401`). Never part of the spec or of the published clients.
 */
export function preferMiddleware(prefer: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Prefer', prefer);
      return request;
    },
  };
}

/** The same for the SDK's hey-api client, as a request interceptor. */
export function preferInterceptor(client: SdkClient, prefer: string): void {
  client.interceptors.request.use((request) => {
    request.headers.set('Prefer', prefer);
    return request;
  });
}

/**
 * A fetch wrapper that adds `Prefer` to requests for `method path`; `times` limits how many
 * (default: all). Used under the session, so it also reaches the auth calls.
 */
export function preferOn(
  method: string,
  path: string,
  prefer: string,
  times = Number.POSITIVE_INFINITY,
): (fetch: RequestFetch) => RequestFetch {
  let left = times;
  return (fetch) => (request) => {
    const matches = request.method === method && new URL(request.url).pathname === path;
    if (!matches || left <= 0) return fetch(request);
    left -= 1;
    const headers = new Headers(request.headers);
    headers.set('Prefer', prefer);
    return fetch(new Request(request, { headers }));
  };
}
