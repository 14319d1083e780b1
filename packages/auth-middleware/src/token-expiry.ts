import { jwtDecode } from 'jwt-decode';

/** PlexTrac tokens last 15 minutes; assumed when a token carries no usable `exp`. */
export const DEFAULT_LIFETIME_MS = 15 * 60_000;

/**
 * When a token obtained at `obtainedAt` expires, in epoch ms. Decodes only (the client cannot
 * verify). With `iat` and `exp` the lifetime `exp - iat` is counted from `obtainedAt`, so a
 * skewed local clock does not matter. Never throws: an undecodable token gets 15 minutes, and so
 * does an `exp` already past on our clock (the server just issued it: the clocks disagree, and
 * trusting it would log in again on every call).
 */
export function readExpiry(token: string, obtainedAt: number): number {
  let claims: { exp?: unknown; iat?: unknown } | undefined;
  try {
    const decoded: unknown = jwtDecode(token);
    if (decoded && typeof decoded === 'object') claims = decoded;
  } catch {
    // not a JWT: fall through to the default lifetime
  }
  const exp = claims?.exp;
  const iat = claims?.iat;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return obtainedAt + DEFAULT_LIFETIME_MS;
  if (typeof iat === 'number' && Number.isFinite(iat) && exp > iat) {
    return obtainedAt + (exp - iat) * 1000;
  }
  return exp * 1000 > obtainedAt ? exp * 1000 : obtainedAt + DEFAULT_LIFETIME_MS;
}
