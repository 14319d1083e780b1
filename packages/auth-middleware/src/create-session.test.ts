import { inspect } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryTokenStore } from './create-memory-token-store.js';
import { AuthenticationError, MfaRequiredError, TokenRefreshError } from './errors.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { createTestSession } from './test-support/create-test-session.js';
import {
  BASE_URL,
  createFakePlexTrac,
  json,
  makeJwt,
  PASSWORD,
  TOTP_SECRET,
  USERNAME,
} from './test-support/fake-plextrac.js';
import { createFakeTime, type FakeTime } from './test-support/fake-time.js';
import { resetTotpMemory } from './totp.js';
import type { AuthEvent, FetchLike, SessionOptions } from './types.js';

beforeEach(() => {
  resetAuthRateLimiter();
  resetTotpMemory();
});

function setup(
  time: FakeTime,
  server: ReturnType<typeof createFakePlexTrac>,
  extra: Partial<SessionOptions> = {},
) {
  const events: AuthEvent[] = [];
  const session = createTestSession(time, server, {
    onEvent: (event) => events.push(event),
    ...extra,
  });
  return { session, events };
}

describe('login', () => {
  it('posts username and password as JSON to /api/v1/authenticate and returns the token', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session, events } = setup(time, server);
    const token = await time.run(session.getToken());
    expect(token).toBe(server.tokens[0]);
    const [login] = server.requests;
    expect(login?.method).toBe('POST');
    expect(login?.url).toBe(`${BASE_URL}/api/v1/authenticate`);
    expect(login?.headers.get('content-type')).toBe('application/json');
    expect(login?.headers.get('authorization')).toBeNull();
    expect(JSON.parse(login?.body ?? '')).toEqual({ username: USERNAME, password: PASSWORD });
    expect(session.tenantId).toBe(7);
    expect(session.stats).toMatchObject({ authRoundTrips: 1, logins: 1 });
    expect(events).toEqual([
      expect.objectContaining({ type: 'login', mfa: false, origin: BASE_URL }),
    ]);
  });

  it('reuses a valid token without another round trip', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    const first = await time.run(session.getToken());
    await time.advance(60_000);
    expect(await session.getToken()).toBe(first);
    expect(await session.authorizationHeader()).toBe(`Bearer ${first}`);
    expect(server.requests).toHaveLength(1);
  });

  it("sends the raw token with authScheme 'raw'", async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server, { authScheme: 'raw' });
    const token = await time.run(session.getToken());
    expect(await session.authorizationHeader()).toBe(token);
  });

  it('completes an MFA challenge with a TOTP from the secret', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const { session, events } = setup(time, server, { totpSecret: TOTP_SECRET });
    const token = await time.run(session.getToken());
    expect(token).toBe(server.tokens[0]);
    const [first, mfa] = server.requests;
    expect(first?.path).toBe('/api/v1/authenticate');
    expect(mfa?.path).toBe('/api/v1/authenticate/mfa');
    const body = JSON.parse(mfa?.body ?? '');
    expect(body.code).toMatch(/^challenge-/);
    expect(body.token).toMatch(/^\d{6}$/);
    expect(events.map((e) => e.type)).toEqual(['mfa', 'login']);
    expect(events[1]).toMatchObject({ type: 'login', mfa: true });
  });

  it('treats a code without a token as an MFA challenge', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, {
      respond: (r) =>
        r.path === '/api/v1/authenticate'
          ? json(200, { status: 'success', code: 'c-1' })
          : undefined,
    });
    const { session } = setup(time, server);
    await expect(time.run(session.getToken())).rejects.toBeInstanceOf(MfaRequiredError);
  });

  it('fails at once on a 5xx from the MFA step, naming the server rather than the code', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, {
      totpSecret: TOTP_SECRET,
      respond: (r) => (r.path === '/api/v1/authenticate/mfa' ? json(503, {}) : undefined),
    });
    const { session } = setup(time, server, { totpSecret: TOTP_SECRET });
    const error = await time.run(session.getToken()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AuthenticationError', status: 503 });
    expect((error as Error).message).toMatch(/The server failed, not the credentials/);
    expect(server.authRequests().map((r) => r.path)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/authenticate/mfa',
    ]);
  });

  it('asks an otp callback for the code when there is no secret', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const { totpAt } = await import('./totp.js');
    const otp = () => totpAt(TOTP_SECRET, Math.floor(time.clock.now() / 30_000));
    const { session } = setup(time, server, { otp });
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
  });

  it('fails with MfaRequiredError that says how to configure MFA', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const { session } = setup(time, server);
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(MfaRequiredError);
    expect(error.message).toMatch(/^\[@plextrac-ts\/auth-middleware\] /);
    expect(error.message).toContain('totpSecret');
    expect(error.message).toContain('otp');
    expect(server.requests).toHaveLength(1);
  });

  it('reports bad credentials once, suggesting a service account for SSO users', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { password: 'something-else' });
    const { session, events } = setup(time, server);
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.status).toBe(401);
    expect(error.message).toContain('Check username and password');
    expect(error.message).toContain('service account');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause.message).toContain('HTTP 401 from POST /api/v1/authenticate');
    expect(error.request).toMatchObject({ method: 'POST', url: `${BASE_URL}/api/v1/authenticate` });
    expect(server.requests).toHaveLength(1);
    expect(events).toEqual([expect.objectContaining({ type: 'error', operation: 'login', error })]);
  });

  it('treats a 200 with status "failed" as a refused login', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, {
      respond: () =>
        json(200, { status: 'failed', message: [{ type: 'unknown', message: 'nope' }] }),
    });
    const { session } = setup(time, server);
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.cause.message).toContain('nope');
  });

  it('rejects a success answer without a token or challenge', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { respond: () => json(200, { text: 'hello' }) });
    const { session } = setup(time, server);
    await expect(time.run(session.getToken())).rejects.toThrow(/without a usable token/);
  });

  it.each([
    ['a NUL', 'eyJh.eyJz\u0000.sig'],
    ['a line break', 'eyJh.eyJz\r\nx-injected: 1'],
    ['a space', 'opaque token'],
    ['a non-ASCII character', 'jeton-\u00e9t\u00e9'],
  ])(
    'refuses a server token with %s (unusable in a header) without showing it',
    async (_name, token) => {
      const time = createFakeTime();
      const server = createFakePlexTrac(time, {
        respond: () => json(200, { status: 'success', tenant_id: 0, token }),
      });
      const { session, events } = setup(time, server);
      const error = await time.run(session.getToken()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      const shown = [
        inspect(error, { depth: 10 }),
        ...events.map((e) => inspect(e, { depth: 10 })),
      ];
      for (const text of shown) expect(text).not.toContain(token);
    },
  );

  it('ignores a stored token that cannot go in a header and logs in instead', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const bad = { token: 'stored\u0000token', expiresAt: time.clock.now() + 600_000 };
    const tokenStore = { get: () => bad, set: () => {}, delete: () => {} };
    const { session } = setup(time, server, { tokenStore });
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
  });

  it('starts a fresh attempt after a failed login', async () => {
    const time = createFakeTime();
    let fail = true;
    const server = createFakePlexTrac(time, {
      respond: () => (fail ? json(500, { message: 'boom' }) : undefined),
    });
    const { session } = setup(time, server);
    const error = await time.run(session.getToken()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/HTTP 500\. The server failed, not the credentials/);
    expect((error as Error).message).not.toMatch(/check username and password/i);
    fail = false;
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
  });
});

describe('expiry and refresh', () => {
  it('refreshes with PUT /api/v1/token/refresh when less than the margin remains', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session, events } = setup(time, server);
    const first = await time.run(session.getToken());
    await time.advance(12 * 60_000);
    expect(await session.getToken()).toBe(first);
    await time.advance(61_000);
    const second = await time.run(session.getToken());
    expect(second).not.toBe(first);
    const refresh = server.requests[1];
    expect(refresh?.method).toBe('PUT');
    expect(refresh?.path).toBe('/api/v1/token/refresh');
    expect(refresh?.headers.get('authorization')).toBe(`Bearer ${first}`);
    expect(refresh?.body).toBe('');
    expect(refresh?.headers.get('content-type')).toBeNull();
    expect(session.stats).toMatchObject({ logins: 1, refreshes: 1, authRoundTrips: 2 });
    expect(events.map((e) => e.type)).toEqual(['login', 'refresh']);
  });

  it('logs in again when the refresh fails', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, {
      respond: (r) =>
        r.path === '/api/v1/token/refresh' ? json(401, { status: 'error' }) : undefined,
    });
    const { session, events } = setup(time, server);
    await time.run(session.getToken());
    await time.advance(14 * 60_000);
    const token = await time.run(session.getToken());
    expect(token).toBe(server.tokens[1]);
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/token/refresh',
      '/api/v1/authenticate',
    ]);
    const error = events.find((e) => e.type === 'error');
    expect(error).toMatchObject({ operation: 'refresh' });
    expect(error?.type === 'error' && error.error).toBeInstanceOf(TokenRefreshError);
  });

  it('logs in again (no refresh) once the token has expired', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    await time.run(session.getToken());
    await time.advance(16 * 60_000);
    await time.run(session.getToken());
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/authenticate',
    ]);
  });

  it('treats a token without exp as valid for 15 minutes from when it was obtained', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, {
      respond: (r) =>
        r.path === '/api/v1/authenticate'
          ? json(200, { status: 'success', tenant_id: 0, token: makeJwt({ username: USERNAME }) })
          : undefined,
    });
    const { session } = setup(time, server, { refreshMarginMs: 0 });
    await time.run(session.getToken());
    await time.advance(15 * 60_000 - 1);
    await session.getToken();
    expect(server.requests).toHaveLength(1);
    await time.advance(1);
    await time.run(session.getToken());
    expect(server.requests).toHaveLength(2);
  });

  it('accepts a token that is not a JWT and gives it 15 minutes', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, {
      respond: () => json(200, { status: 'success', tenant_id: 0, token: 'opaque-token-value' }),
    });
    const { session } = setup(time, server, { refreshMarginMs: 0 });
    await expect(time.run(session.getToken())).resolves.toBe('opaque-token-value');
    await time.advance(14 * 60_000);
    await session.getToken();
    expect(server.requests).toHaveLength(1);
  });

  it('logs in once, not on every call, when the exp of a token without iat is already past here', async () => {
    const time = createFakeTime();
    const exp = Math.floor(time.clock.now() / 1000) - 3600; // server clock an hour behind
    const server = createFakePlexTrac(time, {
      respond: () => json(200, { status: 'success', tenant_id: 0, token: makeJwt({ exp }) }),
    });
    const { session } = setup(time, server);
    for (let i = 0; i < 5; i++) await time.run(session.getToken());
    expect(server.authRequests()).toHaveLength(1);
  });

  it('renews a stored token whose obtainedAt is unusable before it expires', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const stored = { token: 'stored-token', expiresAt: time.clock.now() + 10 * 60_000 };
    const tokenStore = {
      get: () => ({ ...stored, obtainedAt: Number.NaN }),
      set: () => {},
      delete: () => {},
    };
    const { session } = setup(time, server, { tokenStore });
    expect(await time.run(session.getToken())).toBe('stored-token');
    await time.advance(11 * 60_000);
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
  });

  it('counts the lifetime exp - iat from when the token arrived, ignoring clock skew', async () => {
    const time = createFakeTime();
    const iat = Math.floor(time.clock.now() / 1000) - 3600; // server clock an hour behind
    const server = createFakePlexTrac(time, {
      respond: () =>
        json(200, { status: 'success', tenant_id: 0, token: makeJwt({ iat, exp: iat + 900 }) }),
    });
    const { session } = setup(time, server);
    await time.run(session.getToken());
    await time.advance(10 * 60_000);
    await session.getToken();
    expect(server.requests).toHaveLength(1);
  });
});

describe('single flight', () => {
  it('1,000 concurrent calls on an expired token cause exactly one auth round trip', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    await time.run(session.getToken());
    await time.advance(20 * 60_000);
    const before = server.authRequests().length;
    const tokens = await time.run(
      Promise.all(Array.from({ length: 1000 }, () => session.getToken())),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(server.authRequests().length - before).toBe(1);
    expect(session.stats.authRoundTrips).toBe(2);
  });

  it('1,000 concurrent first calls share one login', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const { session } = setup(time, server, { totpSecret: TOTP_SECRET });
    const tokens = await time.run(
      Promise.all(Array.from({ length: 1000 }, () => session.getToken())),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(server.authRequests().map((r) => r.path)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/authenticate/mfa',
    ]);
  });

  it('a 401 re-auth joins a proactive refresh already in flight', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    const old = await time.run(session.getToken());
    await time.advance(14 * 60_000);
    const refreshing = session.getToken();
    const reauth = session.reauthenticate(old);
    const [a, b] = await time.run(Promise.all([refreshing, reauth]));
    expect(a).toBe(b);
    expect(a).not.toBe(old);
    expect(server.authRequests().map((r) => r.path)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/token/refresh',
    ]);
  });

  it('a proactive refresh joins a 401 re-auth already in flight', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    const old = await time.run(session.getToken());
    await time.advance(14 * 60_000);
    const reauth = session.reauthenticate(old);
    const refreshing = session.getToken();
    const [a, b] = await time.run(Promise.all([reauth, refreshing]));
    expect(a).toBe(b);
    expect(server.authRequests().map((r) => r.path)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/authenticate',
    ]);
  });

  it('reauthenticate with a token that was already replaced returns the new one without auth', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    const old = await time.run(session.getToken());
    const fresh = await time.run(session.reauthenticate(old));
    expect(fresh).not.toBe(old);
    expect(await session.reauthenticate(old)).toBe(fresh);
    expect(server.authRequests()).toHaveLength(2);
  });

  it('50 concurrent reauthenticate calls for the same stale token log in once', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    const old = await time.run(session.getToken());
    const tokens = await time.run(
      Promise.all(Array.from({ length: 50 }, () => session.reauthenticate(old))),
    );
    expect(new Set(tokens).size).toBe(1);
    expect(server.authRequests()).toHaveLength(2);
  });
});

describe('token store', () => {
  it('reuses a valid stored token without any login', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const tokenStore = createMemoryTokenStore();
    const first = setup(time, server, { tokenStore });
    const token = await time.run(first.session.getToken());
    const second = setup(time, server, { tokenStore });
    expect(await time.run(second.session.getToken())).toBe(token);
    expect(second.session.tenantId).toBe(7);
    expect(server.authRequests()).toHaveLength(1);
  });

  it('ignores a stored token that has expired or was rejected', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const tokenStore = createMemoryTokenStore();
    const key = `${BASE_URL} ${USERNAME}`;
    await tokenStore.set(key, { token: 'expired-token', expiresAt: time.clock.now() - 1 });
    const { session } = setup(time, server, { tokenStore });
    const token = await time.run(session.getToken());
    expect(token).toBe(server.tokens[0]);
    expect(await tokenStore.get(key)).toMatchObject({ token, tenantId: 7 });
    await time.run(session.reauthenticate(token));
    expect(server.authRequests()).toHaveLength(2);
  });

  it('never adopts an invalidated token from the store, even after another token was dropped', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const { session } = setup(time, server);
    const first = await time.run(session.getToken());
    session.invalidate(first);
    // e.g. a late 401 on an older token, or the caller's own invalidate() of another token
    session.invalidate('an-older-token');
    const next = await time.run(session.getToken());
    expect(next).not.toBe(first);
    expect(server.authRequests()).toHaveLength(2);
  });

  it('a late 401 on an older token does not bring back a token that got a 401', async () => {
    const time = createFakeTime();
    let down = false;
    const server = createFakePlexTrac(time, {
      respond: (r) => (down && r.path === '/api/v1/authenticate' ? json(503, {}) : undefined),
    });
    const { session } = setup(time, server);
    const first = await time.run(session.getToken());
    const second = await time.run(session.reauthenticate(first));
    // the second token gets a 401 too, and its re-login fails (the server is down a moment)
    down = true;
    await expect(time.run(session.reauthenticate(second))).rejects.toThrow('HTTP 503');
    down = false;
    // a request sent long ago with the first token now gets its 401
    const third = await time.run(session.reauthenticate(first));
    expect(third).not.toBe(second);
    expect(third).toBe(server.tokens[2]);
  });

  it('keeps working when the store throws, reporting an error event', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const broken = {
      get: () => Promise.reject(new Error('redis down')),
      set: () => Promise.reject(new Error('redis down')),
      delete: async () => {},
    };
    const { session, events } = setup(time, server, { tokenStore: broken });
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
    expect(events.filter((e) => e.type === 'error' && e.operation === 'store')).toHaveLength(2);
  });
});

describe('the token store and listeners cannot break the session', () => {
  it('a store that throws a revoked Proxy is reported like any other store failure', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const hostile = () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      throw proxy;
    };
    const broken = { get: hostile, set: hostile, delete: async () => {} };
    const { session, events } = setup(time, server, { tokenStore: broken });
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
    expect(events.filter((e) => e.type === 'error' && e.operation === 'store')).toHaveLength(2);
  });

  it('a stored value whose properties throw is a store failure, not a crash', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const hostile = {
      get token(): string {
        throw new Error('getter exploded');
      },
      expiresAt: Date.now() + 60_000,
    };
    const tokenStore = { get: () => hostile, set: () => {}, delete: () => {} };
    const { session, events } = setup(time, server, { tokenStore });
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', operation: 'store' }));
  });

  it.each([
    ['get', { get: () => new Promise<undefined>(() => {}), set: () => {} }],
    ['set', { get: () => undefined, set: () => new Promise<void>(() => {}) }],
  ])('a store whose %s never answers is bounded by authTimeoutMs', async (_name, calls) => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const tokenStore = { ...calls, delete: () => {} };
    const { session, events } = setup(time, server, { tokenStore, authTimeoutMs: 5000 });
    const started = time.clock.now();
    expect(await time.run(session.getToken(), 60_000)).toBe(server.tokens[0]);
    expect(time.clock.now() - started).toBeLessThanOrEqual(5000);
    expect(events).toContainEqual(expect.objectContaining({ type: 'error', operation: 'store' }));
  });

  it('a caller abort during a slow store read rejects with the abort, not a store error', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const tokenStore = { get: () => new Promise<undefined>(() => {}), set() {}, delete() {} };
    const { session, events } = setup(time, server, { tokenStore });
    const controller = new AbortController();
    const pending = session.getToken(controller.signal);
    controller.abort(new Error('caller gave up'));
    await expect(pending).rejects.toThrow('caller gave up');
    await time.advance(60_000);
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('an async onEvent listener that rejects causes no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const time = createFakeTime();
      const server = createFakePlexTrac(time);
      const onEvent = async () => {
        throw new Error('log sink down');
      };
      const { session } = setup(time, server, { onEvent });
      expect(await time.run(session.getToken())).toBe(server.tokens[0]);
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(unhandled).toEqual([]);
  });
});

describe('the session object', () => {
  it('does not show secrets through inspect, JSON or toString', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const { session } = setup(time, server, { totpSecret: TOTP_SECRET });
    const token = await time.run(session.getToken());
    const views = [
      inspect(session, { showHidden: true, depth: 10 }),
      JSON.stringify(session),
      String(session),
    ];
    for (const view of views) expect(view).toContain(USERNAME);
    for (const view of [...views, JSON.stringify(Object.entries(session))]) {
      for (const secret of [PASSWORD, TOTP_SECRET, token, server.cookies[0] ?? '?']) {
        expect(view).not.toContain(secret);
      }
    }
  });

  it('applies only to URLs with its own origin', () => {
    const { session } = setup(createFakeTime(), createFakePlexTrac(createFakeTime()));
    expect(session.appliesTo(`${BASE_URL}/api/v1/client/list`)).toBe(true);
    expect(session.appliesTo(new URL('/x', BASE_URL))).toBe(true);
    expect(session.appliesTo('https://evil.example/api/v1/client/list')).toBe(false);
    expect(session.appliesTo('http://tenant.plextrac.example/api')).toBe(false);
    expect(session.appliesTo('https://tenant.plextrac.example:8443/api')).toBe(false);
    expect(session.appliesTo('/relative')).toBe(false);
  });

  it('leaves the unsecured health and login operations without a token', () => {
    const { session } = setup(createFakeTime(), createFakePlexTrac(createFakeTime()));
    expect(session.appliesTo(`${BASE_URL}/api/v1/`)).toBe(false);
    expect(session.appliesTo(`${BASE_URL}/api/v1/authenticate`)).toBe(false);
    expect(session.appliesTo(`${BASE_URL}/api/v1/authenticate/mfa`)).toBe(false);
    expect(session.appliesTo(`${BASE_URL}/api/v1/token/refresh`)).toBe(true);
    expect(session.appliesTo(`${BASE_URL}/api/v1/user/whoami`)).toBe(true);
  });
});

it('refuses a login answer larger than 1 MiB instead of reading it all into memory', async () => {
  const time = createFakeTime();
  let pulled = 0;
  const huge: FetchLike = async () =>
    new Response(
      new ReadableStream({
        pull(controller) {
          pulled++;
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
          if (pulled > 10_000) controller.close(); // 640 MiB
        },
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    );
  const session = createTestSession(time, { fetch: huge });
  const error = await time.run(session.getToken()).catch((e: unknown) => e);
  expect(String((error as Error).cause)).toContain('larger than 1048576 bytes');
  expect(pulled).toBeLessThan(40);
});
