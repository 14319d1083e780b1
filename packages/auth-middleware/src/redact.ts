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

/** Replaces known secrets in a text: the fixed ones plus the last few tokens and cookies seen. */
export function createScrubber(fixed: (string | undefined)[]) {
  const recent: string[] = [];
  const known = () => [...fixed, ...recent].filter((s): s is string => !!s && s.length >= 4);
  return {
    add(value: string | undefined) {
      if (value && !recent.includes(value)) recent.push(value);
      if (recent.length > 8) recent.shift();
    },
    scrub(text: string): string {
      return known().reduce((out, secret) => out.split(secret).join('[REDACTED]'), text);
    },
  };
}

export type Scrubber = ReturnType<typeof createScrubber>;
