import { attemptSignal, raceSignal } from './abort.js';
import { type AuthBody, asAuthBody, isFailure, serverMessage } from './auth-response.js';
import { PlexTracAuthError, RateLimitError, type RedactedRequest } from './errors.js';
import { formatWait } from './format-wait.js';
import { acquireAuthSlot, authBlockedFor, blockAuth, retimeAuthSlot } from './rate-limiter.js';
import { redactRequest, type Scrubber } from './redact.js';
import { parseRetryAfter } from './retry-after.js';
import { tryRead } from './thrown-values.js';
import type { AuthEvent, Clock, FetchLike, SessionStats, Sleep } from './types.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A longer `Retry-After` is raised as RateLimitError (carrying it) instead of waited out. */
export const MAX_RETRY_WAIT_MS = 5 * 60_000;

/** What the auth calls need from the session. */
export interface AuthContext {
  baseUrl: string;
  origin: string;
  username: string;
  fetch: FetchLike;
  clock: Clock;
  sleep: Sleep;
  authTimeoutMs: number;
  maxRateLimitRetries: number;
  scrubber: Scrubber;
  stats: SessionStats;
  emit(event: DistributiveOmit<AuthEvent, 'origin'>): void;
}

export interface AuthAnswer {
  ok: boolean;
  status: number;
  body: AuthBody;
  request: RedactedRequest;
}

/** A redacted stand-in for a thrown value: name, scrubbed message and error code only. */
export function safeCause(error: unknown, scrubber: Scrubber): Error {
  const e = error as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    cause?: { code?: unknown };
  };
  const name = tryRead(() => e?.name) ?? 'Error';
  const message =
    tryRead(() => e?.message) ?? tryRead(() => String(error)) ?? 'a value that cannot be shown';
  const cause = new Error(scrubber.scrub(`${name}: ${message}`));
  const code = tryRead(() => e?.code) ?? tryRead(() => e?.cause?.code);
  return code === undefined ? cause : Object.assign(cause, { code: scrubber.scrub(code) });
}

/** The redacted cause of an HTTP failure: status, method, path and the server's message. */
export function httpCause(answer: AuthAnswer, scrubber: Scrubber): Error {
  const { method, url } = answer.request;
  const message = serverMessage(answer.body);
  const text = `HTTP ${answer.status} from ${method} ${new URL(url).pathname}`;
  // Scrub before shortening: a cut through an echoed secret would leave a part unscrubbed.
  return new Error(scrubber.scrub(message ? `${text}: ${message}` : text).slice(0, 300));
}

/** An auth answer is a small JSON object: a larger body is refused, not held in memory. */
export const MAX_AUTH_BODY = 1 << 20;

async function readText(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw new RangeError(`the answer is larger than ${limit} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** The JSON body of an auth call, or a function that builds it once the call may be sent. */
export type AuthRequestBody = object | ((signal: AbortSignal) => Promise<object>);

function rateLimited(what: string, waitMs: number, cause: Error, request?: RedactedRequest) {
  return new RateLimitError(
    `${what}; retry in ${formatWait(waitMs)}. PlexTrac allows 10 authentication requests per minute per instance: share a session or a tokenStore across processes.`,
    { cause, request, status: 429, retryAfter: waitMs },
  );
}

/** A 3xx answer to an auth call: followed, it would carry the credentials somewhere else. */
function redirected(
  ctx: AuthContext,
  response: Response,
  method: string,
  path: string,
  request: RedactedRequest,
) {
  let target = 'another address';
  try {
    target = new URL(response.headers.get('location') ?? '', ctx.baseUrl).origin;
  } catch {}
  return new PlexTracAuthError(
    `${method} ${path} was redirected (HTTP ${response.status}) to ${target}; credentials are never sent after a redirect. Set baseUrl to the instance's final address.`,
    { cause: new Error(`HTTP ${response.status} redirect`), request, status: response.status },
  );
}

/**
 * One authentication call (authenticate, authenticate/mfa or token/refresh): waits for the
 * process-wide rate limiter, gives each attempt its own timeout, retries a 429 after
 * `Retry-After` up to `maxRateLimitRetries` times. A body given as a function is built after
 * each wait (an MFA code must be fresh when it is sent). Redirects are not followed. Never
 * throws for a 4xx/5xx other than 429.
 */
export async function sendAuthRequest(
  ctx: AuthContext,
  method: 'POST' | 'PUT',
  path: string,
  init: { body?: AuthRequestBody; authorization?: string },
  signal: AbortSignal,
): Promise<AuthAnswer> {
  const blockedMs = authBlockedFor(ctx.origin, ctx.clock.now());
  if (blockedMs > 0) {
    throw rateLimited(
      `${method} ${path} was not sent: ${ctx.origin} rate limited the last authentication attempts`,
      blockedMs,
      new Error('HTTP 429 earlier; no request sent'),
    );
  }
  for (let retry = 0; ; retry++) {
    await acquireAuthSlot(ctx.origin, ctx.clock, ctx.sleep, signal, (waitMs) =>
      ctx.emit({ type: 'rate-limited', reason: 'limiter', waitMs, durationMs: waitMs }),
    );
    const slotAt = ctx.clock.now();
    const body = typeof init.body === 'function' ? await init.body(signal) : init.body;
    retimeAuthSlot(ctx.origin, slotAt, ctx.clock.now());
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body) headers['content-type'] = 'application/json';
    if (init.authorization) headers.authorization = init.authorization;
    // Once sent, a request is bounded by its timeout only: when every caller has given up, the
    // answer is still taken (a login slower than the callers' timeouts must not be thrown away
    // and sent again, spending the instance's budget of 10 a minute, forever).
    const attempt = attemptSignal(ctx.authTimeoutMs, ctx.sleep, new AbortController().signal);
    const request = new Request(ctx.baseUrl + path, {
      method,
      headers,
      body: body ? JSON.stringify(body) : null,
      redirect: 'manual',
      signal: attempt.signal,
    });
    const redacted = redactRequest(request);
    let response: Response;
    let text: string;
    ctx.stats.authRoundTrips++;
    try {
      response = await raceSignal(ctx.fetch(request), attempt.signal);
      text = await raceSignal(readText(response, MAX_AUTH_BODY), attempt.signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const timedOut = attempt.signal.aborted;
      const what = timedOut ? `timed out after ${ctx.authTimeoutMs} ms` : 'failed';
      throw new PlexTracAuthError(
        `${method} ${path} to ${ctx.origin} ${what}. Check baseUrl and the network${timedOut ? ', or raise authTimeoutMs' : ''}.`,
        { cause: safeCause(error, ctx.scrubber), request: redacted },
      );
    } finally {
      attempt.clear();
    }
    if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
      throw redirected(ctx, response, method, path, redacted);
    }
    const answerBody = asAuthBody(text);
    ctx.scrubber.add(typeof answerBody.token === 'string' ? answerBody.token : undefined);
    ctx.scrubber.add(typeof answerBody.cookie === 'string' ? answerBody.cookie : undefined);
    const answer = {
      ok: response.ok && !isFailure(answerBody),
      status: response.status,
      body: answerBody,
      request: redacted,
    };
    if (response.status !== 429) return answer;
    const waitMs =
      parseRetryAfter(response.headers.get('retry-after'), ctx.clock.now()) ?? 5000 * 2 ** retry;
    // A wait past a few minutes is not worth blocking every caller for (nor fits setTimeout).
    if (retry >= ctx.maxRateLimitRetries || waitMs > MAX_RETRY_WAIT_MS) {
      blockAuth(ctx.origin, ctx.clock.now(), waitMs);
      throw rateLimited(
        `${method} ${path} is still rate limited after ${retry} retries`,
        waitMs,
        httpCause(answer, ctx.scrubber),
        redacted,
      );
    }
    ctx.emit({ type: 'rate-limited', reason: '429', waitMs, durationMs: waitMs });
    await ctx.sleep(waitMs, signal);
  }
}
