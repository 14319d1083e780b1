import { createScrubber } from '@plextrac-ts/auth-middleware';

/**
 * Last line of defence for everything the demo prints: a server may echo the token (or worse)
 * in an error body, which the demo shows as the reason a step failed. The auth middleware's
 * scrubber replaces the registered secrets (in every spelling) and whole JWTs; the demo also
 * replaces pieces of a JWT (an echo cut short) and `Authorization`-style values.
 */
const known = createScrubber([]);
// A piece of a JWT: base64url JSON (`eyJ...`) and the parts dotted onto it.
const JWT_PIECE = /eyJ[\w-]{4,}(?:\.[\w-]*){0,2}/g;
// A credential after the scheme has a digit, a token symbol or a lower-to-upper case change;
// ordinary words after "Basic"/"JWT"/"Bearer" (a client named "Basic Industries") are kept.
const AUTH_VALUE =
  /\b(Bearer|bearer|BEARER|JWT|Jwt|jwt|Basic|basic|BASIC)\s+(?=[\w.~+/=-]*(?:\d|[._~+/=]|[a-z][A-Z]))[\w.~+/=-]{8,}/g;

/** Registers a secret that must never be printed (ignored when empty or shorter than 4). */
export function registerSecret(value: string | undefined): void {
  known.add(value);
}

/** Replaces every registered secret, JWT and `Bearer <token>` in `text` with `[REDACTED]`. */
export function scrubSecrets(text: string): string {
  return known.scrub(text).replace(JWT_PIECE, '[REDACTED]').replace(AUTH_VALUE, '$1 [REDACTED]');
}
