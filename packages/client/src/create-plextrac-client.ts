import type { paths } from '@plextrac-ts/types';
import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import { serializeBody } from './serialize-body.js';

/** The typed openapi-fetch client for the PlexTrac API. */
export type PlexTracClient = Client<paths>;

/** Options of {@link createPlexTracClient}: openapi-fetch's `ClientOptions` with a required `baseUrl`. */
export interface PlexTracClientOptions extends Omit<ClientOptions, 'baseUrl'> {
  /** The instance root, e.g. `https://tenant.plextrac.com` (paths already start with `/api`). */
  baseUrl: string | URL;
}

const pkg = '[@plextrac-ts/client]';

/** Shows the value as given, minus any URL credentials, so a message never carries a password. */
function describe(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof URL))
    return `a value of type ${typeof value}`;
  const text = String(value);
  try {
    const url = new URL(value);
    if (url.username || url.password) {
      url.username = '';
      url.password = '';
      return JSON.stringify(url.href);
    }
    if (url.protocol === 'http:' || url.protocol === 'https:') return JSON.stringify(text);
  } catch {
    // not a URL at all
  }
  // `user:pass@host` parses as scheme `user:`; `https:user:pass@host:99999` not at all. Text
  // cannot tell userinfo from any other @ in every spelling, so such a value is not shown.
  // The fullwidth and small @ (U+FF20, U+FE6B) fold to one under NFKC and are as telling.
  return /[@\uFF20\uFE6B]/.test(text)
    ? 'a value that is not an http(s) URL and holds an @ (not shown)'
    : JSON.stringify(text);
}

/** Checks `baseUrl` is an absolute http(s) instance root and returns it without a trailing slash. */
function normalizeBaseUrl(value: unknown): string {
  const fail = (why: string): never => {
    throw new TypeError(
      `${pkg} baseUrl ${why}; got ${describe(value)}. Pass the instance root, e.g. "https://tenant.plextrac.com".`,
    );
  };
  if (typeof value !== 'string' && !(value instanceof URL)) return fail('must be a string or URL');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    // No cause: URL's TypeError carries the input, credentials and all, in `input`.
    return fail('must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('must use http: or https:');
  if (url.username || url.password) fail('must not contain credentials (authenticate instead)');
  if (url.search || url.hash) fail('must not contain a query string or fragment');
  if (/\/api(\/v\d+)?\/*$/.test(url.pathname))
    fail('must not end in /api (paths already include it)');
  return url.href.replace(/\/+$/, '');
}

/**
 * Creates a typed PlexTrac client. Requests are checked against the spec at compile time:
 * `client.POST('/api/v2/clients', { body: { pagination: { offset: 0, limit: 25 } } })`.
 * JSON bodies are sent with `Content-Type: application/json`; FormData (or a plain object holding
 * a Blob, for multipart uploads) is sent as multipart with the runtime's boundary.
 */
export function createPlexTracClient(options: PlexTracClientOptions): PlexTracClient {
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${pkg} createPlexTracClient needs an options object with a baseUrl.`);
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError(
      `${pkg} fetch must be a function; got a value of type ${typeof options.fetch}.`,
    );
  }
  return createClient<paths>({
    bodySerializer: serializeBody,
    ...options,
    baseUrl: normalizeBaseUrl(options.baseUrl),
  });
}
