import type { RedactedRequest } from './errors.js';

const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|set-cookie|cf-access-token)$/i;

/** Method, URL without credentials or query, and headers minus the ones that carry secrets. */
export function redactRequest(
  request: Pick<Request, 'method' | 'url' | 'headers'>,
): RedactedRequest {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = SECRET_HEADERS.test(name) ? '[REDACTED]' : value;
  });
  return { method: request.method, url: url.origin + url.pathname, headers };
}

/** A secret as it may appear in a text: as is, JSON-escaped, URL- or form-encoded. */
function spellings(secret: string): string[] {
  const form = new URLSearchParams({ s: secret }).toString().slice(2);
  return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), form];
}

/** Anything shaped like a JWT (three base64url parts, the first two JSON): never shown. */
const JWT = /eyJ[\w-]*\.eyJ[\w-]*\.[\w-]*/g;

/**
 * Replaces secrets in a text: the fixed ones and the last few tokens and cookies seen, in each
 * spelling they may be echoed in, plus any JWT-shaped string (a token we never saw ourselves).
 */
export function createScrubber(fixed: (string | undefined)[]) {
  const recent: string[] = [];
  const known = () =>
    [
      ...new Set(
        [
          // the password and TOTP secret are scrubbed however short; seen values from 4 chars
          ...fixed.filter((s): s is string => !!s),
          ...recent.filter((s) => s.length >= 4),
        ].flatMap(spellings),
      ),
    ]
      // longest first, so a secret's escaped form is replaced whole, not piecewise
      .sort((a, b) => b.length - a.length);
  return {
    add(value: string | undefined) {
      if (value && !recent.includes(value)) recent.push(value);
      if (recent.length > 8) recent.shift();
    },
    scrub(text: string): string {
      const out = known().reduce((out, secret) => out.split(secret).join('[REDACTED]'), text);
      return out.replace(JWT, '[REDACTED]');
    },
  };
}

export type Scrubber = ReturnType<typeof createScrubber>;
