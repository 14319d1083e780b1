import { defaultSleep } from './abort.js';
import { createMemoryTokenStore } from './create-memory-token-store.js';
import { ConfigurationError } from './errors.js';
import { normalizeTotpSecret } from './totp.js';
import type { SessionOptions } from './types.js';

function fail(option: string, problem: string): never {
  throw new ConfigurationError(`createSession: ${option} ${problem}`, {
    cause: new Error(`invalid option: ${option}`),
  });
}

/** setTimeout's largest delay: a larger one fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function number(value: unknown, option: string, fallback: number, min: number, max = Infinity) {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= min && value <= max)) {
    fail(option, `must be a number from ${min} to ${max}.`);
  }
  return value;
}

function isLoopback(hostname: string): boolean {
  return /^(localhost|127(\.\d+){3}|\[::1\])$/.test(hostname) || hostname.endsWith('.localhost');
}

function parseBaseUrl(value: unknown, allowInsecureHttp: boolean) {
  let url: URL | undefined;
  try {
    url = new URL(String(value));
  } catch {}
  if (typeof value !== 'string' || !url || !/^https?:$/.test(url.protocol)) {
    fail('baseUrl', 'must be an absolute http(s) URL such as https://tenant.plextrac.com.');
  }
  if (url.username || url.password || url.search || url.hash) {
    fail('baseUrl', 'must not contain credentials, a query or a fragment.');
  }
  if (url.protocol === 'http:' && !isLoopback(url.hostname) && !allowInsecureHttp) {
    fail(
      'baseUrl',
      'uses http:// to a non-loopback host, which would send the password in clear text. Use https://, or pass allowInsecureHttp: true if you must.',
    );
  }
  return { origin: url.origin, baseUrl: url.origin + url.pathname.replace(/\/+$/, '') };
}

/** Checks every option up front and fills in the defaults; throws ConfigurationError. */
export function validateOptions(options: SessionOptions) {
  if (!options || typeof options !== 'object') fail('options', 'must be an object.');
  const o = options;
  const { origin, baseUrl } = parseBaseUrl(o.baseUrl, o.allowInsecureHttp === true);
  if (typeof o.username !== 'string' || !o.username.trim())
    fail('username', 'must be a non-empty string.');
  if (typeof o.password !== 'string' || !o.password)
    fail('password', 'must be a non-empty string.');
  if (o.totpSecret !== undefined && o.otp !== undefined)
    fail('totpSecret', 'and otp are exclusive: pass one.');
  const totpSecret =
    o.totpSecret === undefined ? undefined : normalizeTotpSecret(String(o.totpSecret));
  if (o.totpSecret !== undefined && !totpSecret) {
    fail(
      'totpSecret',
      'is not a base32 secret of at least 16 characters (A-Z, 2-7), as shown by the MFA setup.',
    );
  }
  for (const name of ['otp', 'fetch', 'sleep', 'onEvent'] as const) {
    if (o[name] !== undefined && typeof o[name] !== 'function') fail(name, 'must be a function.');
  }
  if (o.clock !== undefined && typeof o.clock?.now !== 'function')
    fail('clock', 'must have a now() method.');
  const store = o.tokenStore;
  if (
    store !== undefined &&
    !['get', 'set', 'delete'].every((m) => typeof (store as never)?.[m] === 'function')
  ) {
    fail('tokenStore', 'must have get, set and delete methods.');
  }
  if (o.authScheme !== undefined && o.authScheme !== 'bearer' && o.authScheme !== 'raw') {
    fail('authScheme', "must be 'bearer' or 'raw'.");
  }
  if (!o.fetch && typeof globalThis.fetch !== 'function')
    fail('fetch', 'is required: this runtime has no global fetch.');
  return {
    origin,
    baseUrl,
    username: o.username,
    password: o.password,
    totpSecret,
    otp: o.otp,
    fetch: o.fetch ?? ((request: Request) => globalThis.fetch(request)),
    clock: o.clock ?? { now: () => Date.now() },
    sleep: o.sleep ?? defaultSleep,
    tokenStore: store ?? createMemoryTokenStore(),
    authScheme: o.authScheme ?? 'bearer',
    refreshMarginMs: number(o.refreshMarginMs, 'refreshMarginMs', 120_000, 0),
    authTimeoutMs: number(o.authTimeoutMs, 'authTimeoutMs', 15_000, 1, MAX_TIMER_MS),
    maxRateLimitRetries: number(o.maxRateLimitRetries, 'maxRateLimitRetries', 3, 0, 20),
    totpGuardMs: number(o.totpGuardMs, 'totpGuardMs', 3_000, 0, 20_000),
    onEvent: o.onEvent,
  };
}

export type ResolvedOptions = ReturnType<typeof validateOptions>;
