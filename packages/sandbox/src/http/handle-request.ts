import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateRequest } from '../auth/authenticate-request.js';
import type { RateLimiter } from '../auth/rate-limiter.js';
import type { FaultSwitch } from '../faults.js';
import type { RouteContext, SandboxState } from '../route-context.js';
import type { Router } from '../router.js';
import type { StatsRecorder } from '../stats.js';
import { applyFault } from './apply-fault.js';
import { parseRequestBody } from './parse-request-body.js';
import { BodyTooLargeError, readBody } from './read-body.js';
import { errorReply, type Reply } from './reply.js';
import { writeReply } from './write-reply.js';

export interface Pipeline {
  state: SandboxState;
  router: Router;
  faults: FaultSwitch;
  limiter: RateLimiter;
  stats: StatsRecorder;
}

const UNAUTHORIZED = 'Unauthorized: send a valid, unexpired token in the Authorization header.';

/** One request: count it, apply a fault, then rate limit, auth, body rules and the handler. */
export async function handleRequest(
  pipeline: Pipeline,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://sandbox.local');
  } catch {
    req.resume();
    writeReply(res, errorReply(400, 'Bad Request: the request target is not a valid URL.'));
    return;
  }
  const method = (req.method ?? 'GET').toUpperCase();
  const match = pipeline.router.match(method, url.pathname);
  const operationId = match?.route.operationId;
  pipeline.stats.record(operationId);

  const fault = pipeline.faults.take({ method, path: url.pathname, operationId });
  if (fault) {
    applyFault(fault, req, res);
    return;
  }
  writeReply(res, await answer(pipeline, req, url, match));
}

async function answer(
  pipeline: Pipeline,
  req: IncomingMessage,
  url: URL,
  match: ReturnType<Router['match']>,
): Promise<Reply> {
  let raw: Buffer;
  try {
    raw = await readBody(req);
  } catch (error) {
    // The unread rest of the body is still on the socket: it cannot carry another request.
    if (error instanceof BodyTooLargeError) {
      return errorReply(413, 'Payload Too Large', { connection: 'close' });
    }
    throw error;
  }
  if (!match) return errorReply(404, 'Not Found');
  const { route, params } = match;
  const { state } = pipeline;

  if (route.rateLimited) {
    const wait = pipeline.limiter.take();
    if (wait !== undefined) {
      return errorReply(429, 'Too many authentication requests: wait and try again.', {
        'retry-after': String(wait),
      });
    }
  }
  const secured = route.secured ?? true;
  const auth = secured
    ? await authenticateRequest(req.headers, state.tokens, state.users)
    : undefined;
  if (secured && !auth) return errorReply(401, UNAUTHORIZED);

  const parsed = await parseRequestBody(route.body ?? 'none', raw, req.headers);
  if ('status' in parsed) return parsed;

  const context: RouteContext = {
    state,
    params,
    query: url.searchParams,
    body: parsed.kind === 'json' ? parsed.value : undefined,
    form: parsed.kind === 'multipart' ? parsed.form : undefined,
    user: auth?.user,
    claims: auth?.claims,
  };
  return route.handler(context);
}
