import { PlexTracAuthError } from '@plextrac-ts/auth-middleware';
import { describe, expect } from 'vitest';
import { matrixBoth } from './harness/matrix-test.js';
import { AUTHENTICATE, rejectionOf, to, WHOAMI, withEnv } from './harness/with-env.js';

const MINUTE = 60_000;

describe('data calls', () => {
  matrixBoth('data-401-storm', (kind) =>
    withEnv('data-401-storm', async (env) => {
      const session = env.session();
      const api = env.api(kind, session);
      expect((await api.whoami()).status).toBe(200);
      // The server revokes every token issued so far; the next login's token is accepted.
      let revoked = true;
      env.sandbox.faults.set(
        (request) => {
          if (request.operationId === 'authenticate') revoked = false;
          return revoked && request.operationId === 'getWhoami';
        },
        { status: 401 },
      );

      const results = await Promise.all(Array.from({ length: 50 }, () => api.whoami()));

      expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
      const rejected = env.fetch.count((r) => r.path === WHOAMI && r.status === 401);
      expect(rejected).toBeGreaterThan(0);
      expect(session.stats.replays).toBe(rejected);
      expect(env.fetch.count((r) => r.path === WHOAMI)).toBe(1 + 50 + rejected);
    }),
  );

  matrixBoth('data-401-always', (kind) =>
    withEnv('data-401-always', async (env) => {
      const api = env.api(kind);
      expect((await api.whoami()).status).toBe(200);
      env.sandbox.faults.set('getWhoami', { status: 401 });

      expect((await api.whoami()).status).toBe(401);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
      expect(env.fetch.count(to(WHOAMI))).toBe(3);

      for (let i = 0; i < 5; i++) expect((await api.whoami()).status).toBe(401);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
      expect(env.fetch.count(to(WHOAMI))).toBe(8);

      env.sandbox.clock.advance(MINUTE + 1_000);
      expect((await api.whoami()).status).toBe(401);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(3);
    }),
  );

  matrixBoth('data-5xx', (kind) =>
    withEnv('data-5xx', async (env) => {
      const api = env.api(kind);
      expect((await api.whoami()).status).toBe(200);
      env.sandbox.faults.set('getWhoami', { status: 500 }, { times: 1 });

      const failed = await api.whoami();

      expect(failed.status).toBe(500);
      expect(failed.data).toBeUndefined();
      expect(failed.error).toMatchObject({ statusCode: 500 });
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(1);
      expect((await api.whoami()).status).toBe(200);
    }),
  );

  matrixBoth('data-malformed-json', (kind) =>
    withEnv('data-malformed-json', async (env) => {
      const api = env.api(kind);
      env.sandbox.faults.set('listClients', 'malformed-json', { times: 1 });

      // openapi-fetch throws the JSON parse error; hey-api returns it as `error`.
      if (kind === 'openapi-fetch') {
        expect(await rejectionOf(api.listClients())).toBeInstanceOf(SyntaxError);
      } else {
        const result = await api.listClients();
        expect(result.status).toBe(200);
        expect(result.error).toBeInstanceOf(SyntaxError);
      }
      expect((await api.listClients()).status).toBe(200);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(1);
    }),
  );

  matrixBoth('data-html-error', (kind) =>
    withEnv('data-html-error', async (env) => {
      const api = env.api(kind);
      env.sandbox.faults.set('getWhoami', 'html', { times: 1 });

      const result = await api.whoami();

      expect(result.status).toBe(502);
      expect(result.response?.headers.get('content-type')).toMatch(/text\/html/);
      expect(result.error).toEqual(expect.stringContaining('502 Bad Gateway'));
      expect((await api.whoami()).status).toBe(200);
    }),
  );

  matrixBoth('data-empty-json', (kind) =>
    withEnv('data-empty-json', async (env) => {
      const api = env.api(kind);
      env.sandbox.faults.set('getWhoami', 'empty-json', { times: 1 });

      const result = await api.whoami();

      // Content-Length: 0 → openapi-fetch gives `data: undefined`, hey-api gives `data: {}`.
      expect(result.status).toBe(200);
      expect(result.error).toBeUndefined();
      expect(result.data).toEqual(kind === 'openapi-fetch' ? undefined : {});
      expect((await api.whoami()).status).toBe(200);
    }),
  );

  matrixBoth('data-connection-reset', (kind) =>
    withEnv('data-connection-reset', async (env) => {
      const api = env.api(kind);
      expect((await api.whoami()).status).toBe(200);
      env.sandbox.faults.set('getWhoami', 'reset', { times: 1 });

      // openapi-fetch rethrows fetch's TypeError; hey-api returns it as `error`.
      const error =
        kind === 'openapi-fetch' ? await rejectionOf(api.whoami()) : (await api.whoami()).error;

      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe('fetch failed');
      expect((await api.whoami()).status).toBe(200);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(1);
    }),
  );

  matrixBoth('data-hang', (kind) =>
    withEnv('data-hang', async (env) => {
      const session = env.session({ authTimeoutMs: 5_000 });
      const api = env.api(kind, session);
      expect((await api.whoami()).status).toBe(200);

      // A data call that never gets an answer is ended by the caller's signal.
      env.sandbox.faults.set('getWhoami', 'hang', { times: 1 });
      const started = performance.now();
      const call = api.whoami({ signal: AbortSignal.timeout(300) });
      const error = kind === 'openapi-fetch' ? await rejectionOf(call) : (await call).error;
      expect((error as Error).name).toMatch(/TimeoutError|AbortError/);
      expect(performance.now() - started).toBeLessThan(3_000);
      expect((await api.whoami()).status).toBe(200);

      // A login that never gets an answer is ended by the session's authTimeoutMs.
      env.sandbox.faults.set('authenticate', 'hang', { times: 1 });
      env.sandbox.clock.advance(16 * MINUTE); // past the token's expiry: the next call logs in
      const login = api.whoami();
      const loginError = kind === 'openapi-fetch' ? await rejectionOf(login) : (await login).error;
      expect(loginError).toBeInstanceOf(PlexTracAuthError);
      expect((loginError as Error).message).toMatch(/timed out after 5000 ms/);
      expect((await api.whoami()).status).toBe(200);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(3);
    }),
  );

  matrixBoth('data-token-skew', (kind) =>
    withEnv('data-token-skew', async (env) => {
      const session = env.session();
      const api = env.api(kind, session);
      expect((await api.whoami()).status).toBe(200);
      // The server clock runs 10 minutes ahead of the token's exp; 6 minutes later the
      // client still trusts its token (valid 9 more minutes), the server already refuses it.
      env.sandbox.faults.tokenSkewMs = 10 * MINUTE;
      env.sandbox.clock.advance(6 * MINUTE);

      const result = await api.whoami();

      expect(result.status).toBe(200);
      expect(env.fetch.count((r) => r.path === WHOAMI && r.status === 401)).toBe(1);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(2);
      expect(session.stats.replays).toBe(1);
      expect(env.events.filter((e) => e.type === 'replay')).toHaveLength(1);
    }),
  );
});
