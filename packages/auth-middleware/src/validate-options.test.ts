import { describe, expect, it } from 'vitest';
import { createSession } from './create-session.js';
import { ConfigurationError } from './errors.js';
import type { SessionOptions } from './types.js';

const good: SessionOptions = {
  baseUrl: 'https://tenant.plextrac.example',
  username: 'analyst@example.com',
  password: 'pw-123456',
  fetch: async () => {
    throw new Error('no network call may happen while validating');
  },
};

function configError(
  options: Partial<SessionOptions> | Record<string, unknown>,
): ConfigurationError {
  try {
    createSession({ ...good, ...options } as SessionOptions);
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('createSession accepted the options');
}

describe('createSession validation', () => {
  it.each([
    ['baseUrl', { baseUrl: 'tenant.plextrac.example' }, 'absolute http(s) URL'],
    ['baseUrl', { baseUrl: 'ftp://tenant.plextrac.example' }, 'absolute http(s) URL'],
    ['baseUrl', { baseUrl: '' }, 'absolute http(s) URL'],
    ['baseUrl', { baseUrl: 'https://user:pw@tenant.plextrac.example' }, 'credentials'],
    ['baseUrl', { baseUrl: 'http://tenant.plextrac.example' }, 'allowInsecureHttp'],
    ['username', { username: '  ' }, 'non-empty'],
    ['password', { password: '' }, 'non-empty'],
    ['totpSecret', { totpSecret: 'not-base32-1!' }, 'base32'],
    ['totpSecret', { totpSecret: 'JBSWY3DP' }, 'at least 16'],
    ['totpSecret', { totpSecret: 'JBSWY3DPEHPK3PXP', otp: () => '123456' }, 'exclusive'],
    ['otp', { otp: '123456' }, 'function'],
    ['fetch', { fetch: 'nope' }, 'function'],
    ['clock', { clock: {} }, 'now()'],
    ['tokenStore', { tokenStore: { get() {} } }, 'get, set and delete'],
    ['authScheme', { authScheme: 'basic' }, "'bearer' or 'raw'"],
    ['refreshMarginMs', { refreshMarginMs: -1 }, 'number'],
    ['authTimeoutMs', { authTimeoutMs: 0 }, 'number'],
    ['authTimeoutMs', { authTimeoutMs: Number.POSITIVE_INFINITY }, 'to 2147483647'],
    ['authTimeoutMs', { authTimeoutMs: 2 ** 31 }, 'to 2147483647'],
    ['maxRateLimitRetries', { maxRateLimitRetries: Number.NaN }, 'number'],
    ['totpGuardMs', { totpGuardMs: 40_000 }, 'number'],
  ])('rejects a bad %s synchronously, naming it', (option, options, hint) => {
    const error = configError(options);
    expect(error.message).toMatch(/^\[@plextrac-ts\/auth-middleware\] createSession: /);
    expect(error.message).toContain(option);
    expect(error.message).toContain(hint);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('never echoes the rejected secret', () => {
    const error = configError({ totpSecret: 'MY SECRET 1!' });
    expect(error.message).not.toContain('MY SECRET');
    expect(JSON.stringify(error)).not.toContain('MY SECRET');
  });

  it.each([
    'http://localhost:8080',
    'http://127.0.0.1:3000',
    'http://[::1]:3000',
    'http://api.localhost',
  ])('allows http:// to the loopback host %s', (baseUrl) => {
    expect(() => createSession({ ...good, baseUrl })).not.toThrow();
  });

  it.each([
    'http://localhost.evil.example',
    'http://127.0.0.1.nip.io',
    'http://evil-localhost.example',
    'http://my.127.0.0.1.example',
  ])('refuses http:// to %s, a host that only looks like loopback', (baseUrl) => {
    const error = configError({ baseUrl });
    expect(error.message).toContain('baseUrl');
    expect(error.message).toContain('allowInsecureHttp');
  });

  it('allows http:// to another host only with allowInsecureHttp', () => {
    const session = createSession({
      ...good,
      baseUrl: 'http://plextrac.lan',
      allowInsecureHttp: true,
    });
    expect(session.origin).toBe('http://plextrac.lan');
  });

  it('keeps a path prefix and drops trailing slashes from baseUrl', () => {
    const session = createSession({ ...good, baseUrl: 'https://example.com/plextrac//' });
    expect(session.baseUrl).toBe('https://example.com/plextrac');
    expect(session.origin).toBe('https://example.com');
  });
});
