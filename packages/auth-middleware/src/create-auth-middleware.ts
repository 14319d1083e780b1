import { copyWith, replayAfter401, setAuthorization } from './send-with-auth.js';
import { internalsOf } from './session-internals.js';
import type { FetchLike, Session } from './types.js';

type Maybe<T> = T | undefined | Promise<T | undefined>;

/** Structurally an openapi-fetch `Middleware`: `client.use(createAuthMiddleware(session))`. */
export interface AuthMiddleware {
  onRequest(params: { request: Request }): Maybe<Request>;
  onResponse(params: {
    request: Request;
    response: Response;
    options: { fetch: FetchLike };
  }): Maybe<Response>;
}

interface Sent {
  token: string;
  /** The buffered body; undefined for a bodiless request. */
  body?: Blob;
}

/**
 * openapi-fetch middleware: onRequest sets Authorization (same origin only) on the request
 * itself, or on a copy with its body buffered; onResponse answers a 401 with one shared
 * re-login and one replay through the client's fetch. Register it last so it sees the final
 * request.
 */
export function createAuthMiddleware(session: Session): AuthMiddleware {
  const internals = internalsOf(session);
  const sent = new WeakMap<Request, Sent>();
  async function authorize(request: Request, pending: string | Promise<string>) {
    const token = await pending;
    const body = request.body ? await request.blob() : undefined;
    const authorization = internals.header(token);
    const out =
      body || !setAuthorization(request, authorization)
        ? copyWith(request, authorization, body)
        : request;
    sent.set(out, body ? { token, body } : { token });
    return out;
  }
  return {
    onRequest({ request }) {
      if (!session.appliesTo(request.url)) return undefined;
      const pending = internals.fresh(request.signal) ?? session.getToken(request.signal);
      // Warm token, no body: the header goes on the request openapi-fetch built, nothing else.
      if (typeof pending === 'string' && !request.body) {
        if (setAuthorization(request, internals.header(pending))) {
          sent.set(request, { token: pending });
          return undefined;
        }
      }
      return authorize(request, pending);
    },
    onResponse({ request, response, options }) {
      if (response.status !== 401) return undefined;
      const original = sent.get(request);
      if (!original) return undefined;
      const { method, url, headers, signal } = request;
      return replayAfter401(
        session,
        {
          method,
          url,
          headers,
          signal,
          replayable: true,
          send: (authorization) => options.fetch(copyWith(request, authorization, original.body)),
        },
        original.token,
        response,
      );
    },
  };
}
