import { DemoError } from './demo-error.js';
import { scrubSecrets } from './scrub-secrets.js';

/** The result shape of both clients: openapi-fetch and hey-api (with throwOnError false). */
export interface ClientResult<T> {
  data?: T | undefined;
  error?: unknown;
  response?: Response | undefined;
}

function messageOf(error: unknown): string {
  // Scrubbed before cutting to length, so a cut cannot leave a partial token unrecognised.
  if (typeof error === 'string') error = scrubSecrets(error);
  if (typeof error === 'string') {
    if (!/^\s*</.test(error)) return error.split('\n')[0]?.slice(0, 200) ?? '';
    const title = /<title>([^<]*)<\/title>/i.exec(error)?.[1]?.trim();
    return title ? `an HTML page ("${title}") instead of JSON` : 'an HTML page instead of JSON';
  }
  if (typeof error !== 'object' || error === null) return 'no error body';
  const body = error as Record<string, unknown>;
  if (typeof body.type === 'string' && body.type.endsWith('#VIOLATIONS')) {
    return 'the response breaks the spec (see the violations below)';
  }
  if (Array.isArray(body.message)) {
    return scrubSecrets(
      body.message.map((item) => (item as { message?: unknown })?.message ?? item).join('; '),
    );
  }
  const message = [body.message, body.title, body.detail, body.error].find(
    (value): value is string => typeof value === 'string' && value.trim() !== '',
  );
  return (
    scrubSecrets(message ?? JSON.stringify(body))
      .split('\n')[0]
      ?.slice(0, 200) ?? ''
  );
}

/** Returns `data` of a successful call, or throws a one-line DemoError naming the call. */
export function expectData<T>(result: ClientResult<T>, what: string): T {
  const status = result.response?.status;
  if (result.error !== undefined || result.data === undefined || (status ?? 200) >= 400) {
    throw new DemoError(`${what} answered ${status ?? 'nothing'}: ${messageOf(result.error)}`);
  }
  return result.data;
}
