/** `{status:"success", tenant_id, token, cookie}` from authenticate, authenticate/mfa, refresh. */
export interface TokenResponse {
  status: 'success';
  tenant_id: number;
  token: string;
  cookie?: string;
}

/** First step of an MFA login: `{status:"success", mfa_enabled:true, code}`. */
export interface MfaChallenge {
  status: 'success';
  mfa_enabled: true;
  code: string;
  tenant_id?: number;
}

/** Loose view of any auth answer, success or error. */
export interface AuthBody {
  status?: unknown;
  token?: unknown;
  cookie?: unknown;
  tenant_id?: unknown;
  mfa_enabled?: unknown;
  code?: unknown;
  message?: unknown;
}

export function asAuthBody(text: string): AuthBody {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as AuthBody) : {};
  } catch {
    return {};
  }
}

export function isFailure(body: AuthBody): boolean {
  return body.status === 'error' || body.status === 'failed';
}

/**
 * A token that can go in an Authorization header: visible ASCII (a superset of RFC 6750's
 * b64token). A NUL or line break would make Headers throw with the token in its message.
 */
export function isUsableToken(token: unknown): token is string {
  return typeof token === 'string' && /^[!-~]+$/.test(token);
}

export function isTokenResponse(body: AuthBody): body is AuthBody & TokenResponse {
  return !isFailure(body) && isUsableToken(body.token);
}

/** An MFA challenge: `mfa_enabled: true`, or a `code` without a `token`. */
export function isMfaChallenge(body: AuthBody): boolean {
  if (isFailure(body)) return false;
  return body.mfa_enabled === true || (typeof body.code === 'string' && !body.token);
}

/** The server's `message` (a string or `[{message}]`); undefined if absent. Scrub, then shorten. */
export function serverMessage(body: AuthBody): string | undefined {
  const raw = body.message;
  const text = Array.isArray(raw)
    ? raw.map((m: { message?: unknown }) => String(m?.message ?? '')).join('; ')
    : typeof raw === 'string'
      ? raw
      : undefined;
  return text || undefined;
}
