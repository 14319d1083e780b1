import {
  AuthenticationError,
  MfaError,
  PlexTracAuthError,
  RateLimitError,
} from '@plextrac-ts/auth-middleware';
import { describe, expect } from 'vitest';
import { failureOf } from './harness/failure-of.js';
import type { MatrixApi } from './harness/matrix-api.js';
import { matrixBoth } from './harness/matrix-test.js';
import { MFA_PASSWORD, MFA_USER, TOTP_SECRET } from './harness/matrix-users.js';
import {
  AUTHENTICATE,
  AUTHENTICATE_MFA,
  REFRESH,
  to,
  WHOAMI,
  withEnv,
} from './harness/with-env.js';

const MINUTE = 60_000;
const STEP = 30_000;

const mfaSession = { username: MFA_USER, password: MFA_PASSWORD, totpSecret: TOTP_SECRET };

async function ok(api: MatrixApi): Promise<void> {
  const result = await api.whoami();
  expect(result.error).toBeUndefined();
  expect(result.status).toBe(200);
}

describe('auth family', () => {
  matrixBoth('auth-429-retry-after', (kind) =>
    withEnv('auth-429-retry-after', async (env) => {
      const api = env.api(kind);
      env.sandbox.faults.set('authenticate', { status: 429, retryAfter: 7 }, { times: 1 });
      await ok(api);
      const [first, second] = env.fetch.calls.filter(to(AUTHENTICATE));
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
      expect((second?.at ?? 0) - (first?.at ?? 0)).toBe(7_000);
      expect(env.events).toContainEqual(
        expect.objectContaining({ type: 'rate-limited', reason: '429', waitMs: 7_000 }),
      );

      // The HTTP-date form: 12 s ahead on the server's clock (second resolution).
      env.sandbox.clock.advance(16 * MINUTE);
      const date = new Date(env.sandbox.clock.now() + 12_000);
      env.sandbox.faults.set('authenticate', { status: 429, retryAfter: date }, { times: 1 });
      await ok(api);
      const [, , third, fourth] = env.fetch.calls.filter(to(AUTHENTICATE));
      const waited = (fourth?.at ?? 0) - (third?.at ?? 0);
      expect(waited).toBeGreaterThanOrEqual(11_000);
      expect(waited).toBeLessThanOrEqual(12_000);
    }),
  );

  matrixBoth('auth-429-no-retry-after', (kind) =>
    withEnv('auth-429-no-retry-after', async (env) => {
      const api = env.api(kind);
      const rule = env.sandbox.faults.set('authenticate', { status: 429 });

      const error = await failureOf(kind, api.whoami());

      expect(error).toBeInstanceOf(RateLimitError);
      expect((error as RateLimitError).retryAfter).toBeGreaterThan(0);
      expect((error as RateLimitError).status).toBe(429);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(4);
      const waits = env.events.flatMap((e) => (e.type === 'rate-limited' ? [e.waitMs] : []));
      expect(waits).toEqual([5_000, 10_000, 20_000]);
      rule.remove();
      // While the wait the server was owed lasts, nothing is sent: the call fails at once.
      const retryAfter = (error as RateLimitError).retryAfter;
      expect(await failureOf(kind, api.whoami())).toBeInstanceOf(RateLimitError);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(4);
      env.sandbox.clock.advance(retryAfter);
      await ok(api);
    }),
  );

  matrixBoth('auth-login-5xx', (kind) =>
    withEnv('auth-login-5xx', async (env) => {
      const api = env.api(kind);
      const rule = env.sandbox.faults.set('authenticate', { status: 503 });

      const error = await failureOf(kind, api.whoami());

      expect(error).toBeInstanceOf(PlexTracAuthError);
      expect((error as PlexTracAuthError).status).toBe(503);
      expect((error as Error).cause).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/503/);
      // A server failure is not the user's credentials: the message must not send them there.
      expect((error as Error).message).not.toMatch(/check username and password/i);
      expect(env.fetch.count(to(AUTHENTICATE))).toBeLessThanOrEqual(3);
      rule.remove();
      await ok(api);
    }),
  );

  for (const [row, status] of [
    ['auth-refresh-5xx', 500],
    ['auth-refresh-401', 401],
  ] as const) {
    matrixBoth(row, (kind) =>
      withEnv(row, async (env) => {
        const api = env.api(kind);
        await ok(api);
        env.sandbox.faults.set('refreshToken', { status }, { times: 1 });
        env.sandbox.clock.advance(14 * MINUTE); // inside the 2-minute refresh margin

        await ok(api);

        expect(env.fetch.count(to(REFRESH))).toBe(1);
        expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
        expect(env.events).toContainEqual(
          expect.objectContaining({ type: 'error', operation: 'refresh' }),
        );
        const last = env.fetch.calls.filter(to(WHOAMI)).at(-1);
        expect(last?.status).toBe(200);
      }),
    );
  }

  matrixBoth('auth-mfa-rejected-once', (kind) =>
    withEnv('auth-mfa-rejected-once', async (env) => {
      const api = env.api(kind, env.session(mfaSession));
      env.sandbox.faults.set('authenticateMfa', { status: 401 }, { times: 1 });

      await ok(api);

      const mfa = env.fetch.calls.filter(to(AUTHENTICATE_MFA));
      expect(mfa.map((r) => r.status)).toEqual([401, 200]);
      const [first, second] = mfa.map((r) => Math.floor(r.at / STEP));
      expect(second).toBeGreaterThan(first ?? Number.POSITIVE_INFINITY);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
      const attempts = env.events.flatMap((e) =>
        e.type === 'mfa' ? [[e.attempt, e.accepted]] : [],
      );
      expect(attempts).toEqual([
        [1, false],
        [2, true],
      ]);
    }),
  );

  matrixBoth('auth-mfa-rejected-twice', (kind) =>
    withEnv('auth-mfa-rejected-twice', async (env) => {
      // A secret that is valid base32 but not the account's: the sandbox rejects every code.
      const wrongSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
      const api = env.api(kind, env.session({ ...mfaSession, totpSecret: wrongSecret }));

      const error = await failureOf(kind, api.whoami());

      expect(error).toBeInstanceOf(MfaError);
      expect((error as Error).message).toMatch(/^\[@plextrac-ts\/auth-middleware\]/);
      expect(env.fetch.calls.filter(to(AUTHENTICATE_MFA)).map((r) => r.status)).toEqual([401, 401]);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
    }),
  );

  matrixBoth('auth-totp-replay', (kind) =>
    withEnv('auth-totp-replay', async (env) => {
      const api = env.api(kind, env.session(mfaSession));
      await ok(api);
      // The server drops the token at once: the re-login falls in the TOTP step just used.
      env.sandbox.faults.set('getWhoami', { status: 401 }, { times: 1 });
      await ok(api);
      // A second session with the same secret logs in within the same step as well.
      await ok(env.api(kind, env.session(mfaSession)));

      const mfa = env.fetch.calls.filter(to(AUTHENTICATE_MFA));
      expect(mfa.map((r) => r.status)).toEqual([200, 200, 200]);
      const steps = mfa.map((r) => Math.floor(r.at / STEP));
      expect(new Set(steps).size).toBe(3);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(env.events.filter((e) => e.type === 'mfa' && !e.accepted)).toEqual([]);
    }),
  );

  matrixBoth('auth-wrong-credentials', (kind) =>
    withEnv('auth-wrong-credentials', async (env) => {
      const api = env.api(kind, env.session({ password: 'fm-wrong-password-0000' }));

      const errors = await Promise.all(
        Array.from({ length: 20 }, () => failureOf(kind, api.whoami())),
      );

      for (const error of errors) {
        expect(error).toBeInstanceOf(AuthenticationError);
        expect((error as AuthenticationError).status).toBe(401);
      }
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(1);
      expect(env.fetch.count(to(WHOAMI))).toBe(0);
      // A later call tries once more, not a storm.
      expect(await failureOf(kind, api.whoami())).toBeInstanceOf(AuthenticationError);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
    }),
  );

  matrixBoth(
    'auth-rate-limit-20-sessions',
    (kind) =>
      withEnv('auth-rate-limit-20-sessions', async (env) => {
        const apis = Array.from({ length: 20 }, () => env.api(kind, env.session()));

        const results = await Promise.all(apis.map((api) => api.whoami()));

        expect(results.map((r) => r.error)).toEqual(Array(20).fill(undefined));
        expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
        const logins = env.fetch.calls.filter(to(AUTHENTICATE));
        expect(logins).toHaveLength(20);
        expect(logins.filter((r) => r.status === 429)).toEqual([]);
        for (const login of logins) {
          const window = logins.filter((r) => r.at > login.at - MINUTE && r.at <= login.at);
          expect(window.length).toBeLessThanOrEqual(10);
        }
        const span = (logins.at(-1)?.at ?? 0) - (logins[0]?.at ?? 0);
        expect(span).toBeGreaterThanOrEqual(MINUTE);
      }),
    15_000,
  );
});
