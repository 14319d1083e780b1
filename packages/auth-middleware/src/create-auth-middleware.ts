import {
  type BufferedRequest,
  bufferRequest,
  replayAfter401,
  withAuthorization,
} from './send-with-auth.js';
import { internalsOf } from './session-internals.js';
import type { FetchLike, Session } from './types.js';

/** Structurally an openapi-fetch `Middleware`: `client.use(createAuthMiddleware(session))`. */
export interface AuthMiddleware {
  onRequest(params: { request: Request }): Promise<Request | undefined>;
  onResponse(params: {
    request: Request;
    response: Response;
    options: { fetch: FetchLike };
  }): Promise<Response | undefined>;
}

/**
 * openapi-fetch middleware: onRequest buffers the request and sets Authorization (same origin
 * only); onResponse answers a 401 with one shared re-login and one replay through the client's
 * fetch. Register it last so it sees the final request.
 */
export function createAuthMiddleware(session: Session): AuthMiddleware {
  const sent = new WeakMap<Request, { buffered: BufferedRequest; token: string }>();
  return {
    async onRequest({ request }) {
      if (!session.appliesTo(request.url)) return undefined;
      const buffered = await bufferRequest(request, true);
      const token = await session.getToken(request.signal);
      const authorized = withAuthorization(buffered, internalsOf(session).header(token));
      sent.set(authorized, { buffered, token });
      return authorized;
    },
    async onResponse({ request, response, options }) {
      const original = sent.get(request);
      if (!original || response.status !== 401) return undefined;
      return replayAfter401(session, original.buffered, original.token, response, options.fetch);
    },
  };
}
