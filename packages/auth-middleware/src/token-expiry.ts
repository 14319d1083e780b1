import { jwtDecode } from 'jwt-decode';

/** PlexTrac tokens last 15 minutes; assumed when a token carries no usable `exp`. */
export const DEFAULT_LIFETIME_MS = 15 * 60_000;

/** A shorter lifetime is not believed: it could not even serve one call before renewing. */
const MIN_LIFETIME_MS = 1000;

/**
 * When a token obtained at `obtainedAt` expires, in epoch ms. Decodes only (the client cannot
 * verify). With `iat` and `exp` the lifetime `exp - iat` is counted from `obtainedAt`, so a
 * skewed local clock does not matter. Never throws: an undecodable token gets 15 minutes, and so
 * does a lifetime under a second, such as an `exp` already past on our clock (the server just
 * issued it: the clocks disagree, and trusting it would log in again on every call).
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
  const lifetime =
    typeof iat === 'number' && Number.isFinite(iat) && exp > iat
      ? (exp - iat) * 1000
      : exp * 1000 - obtainedAt;
  return obtainedAt + (lifetime >= MIN_LIFETIME_MS ? lifetime : DEFAULT_LIFETIME_MS);
}
