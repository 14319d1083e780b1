import type { RequestFetch } from './with-timeout.js';

/** A request as it left the client. */
export interface WireRequest {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  contentType: string | null;
  /** The body as text (multipart bodies include their boundaries). */
  body: string;
  /** The answer's status, once it arrived. */
  status?: number;
}

export interface WireLog {
  fetch: RequestFetch;
  readonly requests: WireRequest[];
  /** Requests whose path is `path` (query string ignored). */
  to(path: string): WireRequest[];
}

/** Records what each request put on the wire before passing it on. */
export function createWireLog(base: RequestFetch): WireLog {
  const requests: WireRequest[] = [];
  return {
    requests,
    to: (path) => requests.filter((request) => request.path === path),
    async fetch(request) {
      const copy = request.clone();
      const url = new URL(request.url);
      const entry: WireRequest = {
        method: request.method,
        url: request.url,
        path: url.pathname,
        headers: Object.fromEntries(request.headers),
        contentType: request.headers.get('content-type'),
        body: copy.body ? await copy.text() : '',
      };
      requests.push(entry);
      const response = await base(request);
      entry.status = response.status;
      return response;
    },
  };
}
