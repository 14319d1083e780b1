import { ReplayError } from './errors.js';
import { redactRequest } from './redact.js';
import { internalsOf } from './session-internals.js';
import type { Session } from './types.js';

/** One same-origin API call, in whatever shape the adapter received it. */
export interface Outgoing {
  method: string;
  url: string;
  headers: Headers;
  signal: AbortSignal | null | undefined;
  /** False for a stream body: it is sent once and never replayed. */
  replayable: boolean;
  /** Sends the call (again) with this Authorization value. */
  send(authorization: string): Promise<Response>;
}

/** The token to send: synchronously when it is fresh, else through the shared flight. */
export function tokenFor(session: Session, signal?: AbortSignal | null): string | Promise<string> {
  return internalsOf(session).fresh(signal) ?? session.getToken(signal ?? undefined);
}

/**
 * After a 401 sent with `token`: re-authenticates once (shared with every concurrent caller)
 * and sends the call once more. A second 401 is returned as is. A stream body cannot be sent
 * again: the 401 is returned and an `error` event explains why.
 */
export async function replayAfter401(
  session: Session,
  call: Outgoing,
  token: string,
  response: Response,
): Promise<Response> {
  const internals = internalsOf(session);
  const { method, signal } = call;
  const path = new URL(call.url).pathname;
  // A 401 from another origin (a redirect was followed) says nothing about our token.
  if (response.redirected && response.url && new URL(response.url).origin !== session.origin) {
    return response;
  }
  // A fresh token got 401s too a moment ago: another login would not help and costs the
  // instance-wide budget of 10 a minute.
  if (internals.ignores401s(token)) return response;
  if (!call.replayable) {
    // Without a replay, a 401 on a token that a re-login just gave is about the request.
    const relogin = internals.isRelogin(token);
    if (relogin) internals.distrust401s(token);
    else session.invalidate(token);
    const next = relogin
      ? 'a token fresh from a re-login got it, so no other login is made'
      : 'the next request logs in again';
    const error = new ReplayError(
      `${method} ${path} got a 401 and its stream body cannot be replayed: the 401 is returned and ${next}. Pass a string, Blob or FormData body to get replays.`,
      {
        cause: new Error(`HTTP 401 from ${method} ${path}`),
        request: redactRequest(call),
        status: 401,
      },
    );
    internals.emit({ type: 'error', operation: 'replay', error, durationMs: 0 });
    return response;
  }
  const started = internals.clock.now();
  await response.body?.cancel().catch(() => {});
  const fresh = await session.reauthenticate(token, signal ?? undefined);
  const replayed = await call.send(internals.header(fresh));
  internals.stats.replays++;
  const durationMs = internals.clock.now() - started;
  internals.emit({ type: 'replay', method, path, status: replayed.status, durationMs });
  if (replayed.status === 401) internals.distrust401s(fresh);
  return replayed;
}

/** Sends a same-origin call with the session's Authorization and replays it once after a 401. */
export async function sendWithAuth(session: Session, call: Outgoing): Promise<Response> {
  const pending = tokenFor(session, call.signal);
  const token = typeof pending === 'string' ? pending : await pending;
  const response = await call.send(internalsOf(session).header(token));
  return response.status === 401 ? replayAfter401(session, call, token, response) : response;
}

/** Sets Authorization on the request itself; false when its headers refuse it (no-cors, immutable). */
export function setAuthorization(request: Request, authorization: string): boolean {
  // no-cors headers silently drop Authorization; immutable ones throw.
  if (request.mode === 'no-cors') return false;
  try {
    request.headers.set('authorization', authorization);
    return true;
  } catch {
    return false;
  }
}

/**
 * A Request as an Outgoing call. Without a buffered `body` the first send sets Authorization
 * on the request itself (no copy); every other send is a copy with `body`.
 */
export function requestCall(
  request: Request,
  send: (request: Request) => Promise<Response>,
  body?: Blob | null,
): Outgoing {
  let first = body === undefined;
  const { method, url, headers, signal } = request;
  return {
    method,
    url,
    headers,
    signal,
    replayable: true,
    send(authorization) {
      const reuse = first && setAuthorization(request, authorization);
      first = false;
      return send(reuse ? request : copyWith(request, authorization, body));
    },
  };
}

/** A copy of `request` with a new Authorization (and the buffered body, if it had one). */
export function copyWith(request: Request, authorization: string, body?: Blob | null): Request {
  const headers = new Headers(request.headers);
  headers.set('authorization', authorization);
  // A Blob, not an ArrayBuffer: undici detaches a buffer source when it sends it, and then
  // cannot send the body again when it follows a 307/308 redirect.
  return new Request(request, body === undefined ? { headers } : { headers, body });
}
