/**
 * Last line of defence for everything the demo prints: a server may echo the token (or worse)
 * in an error body, which the demo shows as the reason a step failed. Known secrets (password,
 * TOTP secret) and anything shaped like a JWT or an `Authorization` value are replaced.
 */
// A JWT, or any piece of one: base64url JSON (`eyJ...`) and the parts dotted onto it.
const JWT = /eyJ[\w-]{4,}(?:\.[\w-]*){0,2}/g;
// A credential after the scheme has a digit, a token symbol or a lower-to-upper case change;
// ordinary words after "Basic"/"JWT"/"Bearer" (a client named "Basic Industries") are kept.
const AUTH_VALUE =
  /\b(Bearer|bearer|BEARER|JWT|Jwt|jwt|Basic|basic|BASIC)\s+(?=[\w.~+/=-]*(?:\d|[._~+/=]|[a-z][A-Z]))[\w.~+/=-]{8,}/g;

const secrets = new Set<string>();

/** Registers a secret that must never be printed (ignored when empty or shorter than 4). */
export function registerSecret(value: string | undefined): void {
  if (value !== undefined && value.length >= 4) secrets.add(value);
}

/** Replaces every registered secret, JWT and `Bearer <token>` in `text` with `[REDACTED]`. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    for (const spelling of new Set([secret, JSON.stringify(secret).slice(1, -1)])) {
      out = out.split(spelling).join('[REDACTED]');
    }
  }
  return out.replace(JWT, '[REDACTED]').replace(AUTH_VALUE, '$1 [REDACTED]');
}
