import { ReplayError } from './errors.js';
import { redactRequest } from './redact.js';
import { internalsOf } from './session-internals.js';
import type { FetchLike, Session } from './types.js';

/** A request with its body read into memory, so it can be sent again after a 401. */
export interface BufferedRequest {
  template: Request;
  body: ArrayBuffer | null;
  /** False for a stream body, which is sent once as is. */
  replayable: boolean;
}

export async function bufferRequest(
  request: Request,
  replayable: boolean,
): Promise<BufferedRequest> {
  const body = replayable && request.body ? await request.arrayBuffer() : null;
  return { template: request, body, replayable };
}

/** A fresh copy of the request (same method, URL, headers, body) with a new Authorization. */
export function withAuthorization(buffered: BufferedRequest, authorization: string): Request {
  const headers = new Headers(buffered.template.headers);
  headers.set('authorization', authorization);
  // A Blob, not the ArrayBuffer: undici detaches a buffer source when it sends it, and then
  // cannot send the body again when it follows a 307/308 redirect.
  const body = buffered.replayable ? { body: buffered.body && new Blob([buffered.body]) } : {};
  return new Request(buffered.template, { headers, ...body });
}

/**
 * After a 401 sent with `token`: re-authenticates once (shared with every concurrent caller)
 * and replays the request once. A second 401 is returned as is. A stream body cannot be
 * replayed: the 401 is returned and an `error` event explains why.
 */
export async function replayAfter401(
  session: Session,
  buffered: BufferedRequest,
  token: string,
  response: Response,
  send: FetchLike,
): Promise<Response> {
  const internals = internalsOf(session);
  const { method, url, signal } = buffered.template;
  const path = new URL(url).pathname;
  if (!buffered.replayable) {
    session.invalidate(token);
    const error = new ReplayError(
      `${method} ${path} was answered 401 and its stream body cannot be sent again, so the 401 is returned. The next request logs in again; pass a string, Blob, FormData or ArrayBuffer body to get automatic replays.`,
      {
        cause: new Error(`HTTP 401 from ${method} ${path}`),
        request: redactRequest(buffered.template),
        status: 401,
      },
    );
    internals.emit({ type: 'error', operation: 'replay', error, durationMs: 0 });
    return response;
  }
  const started = internals.clock.now();
  await response.body?.cancel().catch(() => {});
  const fresh = await session.reauthenticate(token, signal);
  const replayed = await send(withAuthorization(buffered, internals.header(fresh)));
  internals.stats.replays++;
  const durationMs = internals.clock.now() - started;
  internals.emit({ type: 'replay', method, path, status: replayed.status, durationMs });
  return replayed;
}

/** Adds the session's Authorization to a same-origin request and replays it once after a 401. */
export async function sendWithAuth(
  session: Session,
  request: Request,
  send: FetchLike,
  replayable: boolean,
): Promise<Response> {
  if (!session.appliesTo(request.url)) return send(request);
  const buffered = await bufferRequest(request, replayable);
  const token = await session.getToken(request.signal);
  const response = await send(withAuthorization(buffered, internalsOf(session).header(token)));
  if (response.status !== 401) return response;
  return replayAfter401(session, buffered, token, response, send);
}
