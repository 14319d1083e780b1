import { withTimeout } from './abort.js';
import {
  type AuthAnswer,
  type AuthContext,
  httpCause,
  safeCause,
  sendAuthRequest,
} from './auth-request.js';
import { type AuthBody, isMfaChallenge, isTokenResponse } from './auth-response.js';
import { AuthenticationError, MfaError, MfaRequiredError, TokenRefreshError } from './errors.js';
import { tryRead } from './thrown-values.js';
import { STEP_MS } from './totp.js';

export interface AuthResult {
  token: string;
  tenantId: number | undefined;
}

export interface Credentials {
  username: string;
  password: string;
  totp?: { next(signal?: AbortSignal): Promise<string> } | undefined;
  otp?: (() => string | Promise<string>) | undefined;
}

function result(body: AuthBody & { token: string }): AuthResult {
  return {
    token: body.token,
    tenantId: typeof body.tenant_id === 'number' ? body.tenant_id : undefined,
  };
}

/** A 5xx or 404/405 says nothing about the credentials: the message must not send users there. */
function serverFailure(ctx: AuthContext, answer: AuthAnswer): AuthenticationError | undefined {
  const { status, request } = answer;
  const fix =
    status >= 500
      ? 'The server failed, not the credentials: try again later.'
      : status === 404 || status === 405
        ? 'Check that baseUrl points at the PlexTrac instance root.'
        : undefined;
  if (!fix) return undefined;
  const path = new URL(request.url).pathname;
  return new AuthenticationError(`${request.method} ${path} answered HTTP ${status}. ${fix}`, {
    cause: httpCause(answer, ctx.scrubber),
    request,
    status,
  });
}

function rejected(ctx: AuthContext, answer: AuthAnswer): AuthenticationError {
  return (
    serverFailure(ctx, answer) ??
    new AuthenticationError(
      `PlexTrac refused the login of "${ctx.username}" (HTTP ${answer.status}). Check username and password; SSO accounts cannot use the API login: use a PlexTrac service account.`,
      { cause: httpCause(answer, ctx.scrubber), request: answer.request, status: answer.status },
    )
  );
}

/** How long an otp() callback (a person at a prompt) may take before the login gives up. */
export const OTP_TIMEOUT_MS = 120_000;

async function nextCode(ctx: AuthContext, creds: Credentials, signal: AbortSignal) {
  if (creds.totp) return creds.totp.next(signal);
  let code: string;
  try {
    code = String(await withTimeout(() => creds.otp?.(), OTP_TIMEOUT_MS, ctx.sleep, signal)).trim();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    const timedOut = tryRead(() => (error as { name?: unknown })?.name) === 'TimeoutError';
    throw new MfaError(
      timedOut
        ? `The otp callback gave no code within ${OTP_TIMEOUT_MS / 1000} s.`
        : 'The otp callback threw instead of returning the 6-digit code.',
      { cause: safeCause(error, ctx.scrubber) },
    );
  }
  if (/^\d{6}$/.test(code)) return code;
  throw new MfaError('The otp callback must return the current 6-digit authenticator code.', {
    cause: new Error('otp() returned something other than 6 digits'),
  });
}

/**
 * Full login: POST /api/v1/authenticate, then POST /api/v1/authenticate/mfa when challenged.
 * A rejected MFA code is retried once, after the next TOTP step boundary and with a fresh
 * /authenticate (the challenge `code` may be single-use); then MfaError.
 */
export async function login(
  ctx: AuthContext,
  creds: Credentials,
  signal: AbortSignal,
): Promise<AuthResult & { mfa: boolean }> {
  for (let attempt = 1; ; attempt++) {
    const first = await sendAuthRequest(
      ctx,
      'POST',
      '/api/v1/authenticate',
      { body: { username: creds.username, password: creds.password } },
      signal,
    );
    if (!first.ok) throw rejected(ctx, first);
    if (!isMfaChallenge(first.body)) {
      if (isTokenResponse(first.body)) return { ...result(first.body), mfa: false };
      throw new AuthenticationError(
        'PlexTrac answered the login without a usable token or an MFA challenge. Check that baseUrl points at the PlexTrac instance root.',
        { cause: httpCause(first, ctx.scrubber), request: first.request, status: first.status },
      );
    }
    if (!creds.totp && !creds.otp) {
      throw new MfaRequiredError(
        `The account "${ctx.username}" needs MFA: pass totpSecret (the base32 secret from the MFA setup) or otp: () => code to createSession.`,
        { cause: httpCause(first, ctx.scrubber), request: first.request },
      );
    }
    const challenge = first.body.code;
    if (typeof challenge !== 'string') {
      throw new AuthenticationError('PlexTrac sent an MFA challenge without a code.', {
        cause: httpCause(first, ctx.scrubber),
        request: first.request,
      });
    }
    ctx.scrubber.add(challenge);
    const started = ctx.clock.now();
    // The code is made once the request may go (after any rate-limit wait), never before.
    const body = async () => {
      const code = await nextCode(ctx, creds, signal);
      // One-time, but still a credential while its step lasts: never echoed back in an error.
      ctx.scrubber.add(code);
      return { code: challenge, token: code };
    };
    const second = await sendAuthRequest(ctx, 'POST', '/api/v1/authenticate/mfa', { body }, signal);
    const accepted = second.ok && isTokenResponse(second.body);
    ctx.emit({ type: 'mfa', attempt, accepted, durationMs: ctx.clock.now() - started });
    if (accepted && isTokenResponse(second.body)) return { ...result(second.body), mfa: true };
    const failure = serverFailure(ctx, second);
    if (failure) throw failure;
    if (attempt >= 2) {
      throw new MfaError(
        `PlexTrac rejected the MFA code twice (HTTP ${second.status}). Check that totpSecret belongs to "${ctx.username}" and that this machine's clock is right (TOTP allows about 30 s of drift).`,
        { cause: httpCause(second, ctx.scrubber), request: second.request, status: second.status },
      );
    }
    if (creds.totp) {
      const now = ctx.clock.now();
      await ctx.sleep((Math.floor(now / STEP_MS) + 1) * STEP_MS - now, signal);
    }
  }
}

/** PUT /api/v1/token/refresh with the current token; TokenRefreshError on any failure. */
export async function refresh(
  ctx: AuthContext,
  authorization: string,
  signal: AbortSignal,
): Promise<AuthResult> {
  const answer = await sendAuthRequest(
    ctx,
    'PUT',
    '/api/v1/token/refresh',
    { authorization },
    signal,
  );
  if (answer.ok && isTokenResponse(answer.body)) return result(answer.body);
  throw new TokenRefreshError(
    `PlexTrac refused the token refresh (HTTP ${answer.status}); logging in again.`,
    { cause: httpCause(answer, ctx.scrubber), request: answer.request, status: answer.status },
  );
}
