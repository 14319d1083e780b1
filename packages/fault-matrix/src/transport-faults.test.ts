import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigurationError,
  createAuthMiddleware,
  createFileTokenStore,
  createSdkAuth,
  createSession,
  PlexTracAuthError,
  type Session,
} from '@plextrac-ts/auth-middleware';
import { createPlexTracClient } from '@plextrac-ts/client';
import { createConfig, createSdkClient, getWhoami } from '@plextrac-ts/sdk';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { failureOf } from './harness/failure-of.js';
import type { ClientKind } from './harness/matrix-api.js';
import { matrixBoth, matrixTest } from './harness/matrix-test.js';
import { ANALYST, PASSWORD } from './harness/matrix-users.js';
import { runStoreWriters } from './harness/run-store-writers.js';
import { addArtifact } from './harness/secret-collector.js';
import { startHeaderRecorder } from './harness/start-header-recorder.js';
import { startLoopbackServer } from './harness/start-loopback-server.js';
import { startRedirectFront } from './harness/start-redirect-front.js';
import { createStubFetch, json, type StubFetch, tokenResponse } from './harness/stub-fetch.js';
import { AUTHENTICATE, rejectionOf, to, WHOAMI, withEnv } from './harness/with-env.js';

/** GET whoami through the client under test, on an in-memory fetch; resolves the status. */
async function whoami(kind: ClientKind, session: Session, fetch: StubFetch, baseUrl?: string) {
  const extra = baseUrl ? { baseUrl } : {};
  if (kind === 'openapi-fetch') {
    const client = createPlexTracClient({ baseUrl: session.baseUrl, fetch });
    client.use(createAuthMiddleware(session));
    return (await client.GET('/api/v1/user/whoami', extra)).response.status;
  }
  const client = createSdkClient(createConfig({ fetch }));
  client.setConfig(createSdkAuth(session));
  return (await getWhoami({ client, ...extra })).response?.status;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fault-matrix-store-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('transport and security', () => {
  matrixBoth('transport-redirect-cross-origin', (kind) =>
    withEnv('transport-redirect-cross-origin', async (env) => {
      const recorder = await startHeaderRecorder();
      const front = await startRedirectFront(env.sandbox.url, recorder.url);
      try {
        const api = env.api(kind, env.session({ baseUrl: front.url }));

        const get = await api.whoami(); // 302 → the other origin
        expect(get.error).toBeUndefined();
        expect(get.status).toBe(200);
        const sentToFront = env.fetch.calls.filter((r) => r.url.startsWith(front.url));
        expect(sentToFront.find(to(WHOAMI))?.authorization).toMatch(/^Bearer \S+/);
        expect(recorder.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
          'GET /api/v1/user/whoami',
        ]);

        // 307 keeps method and body: the JSON body must follow, the Authorization must not.
        const post = await api.listClientsPaged();
        expect(post.error).toBeUndefined();
        expect(post.status).toBe(200);
        expect(recorder.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
          'GET /api/v1/user/whoami',
          'POST /api/v2/clients',
        ]);
        for (const request of recorder.requests) {
          expect(request.headers.authorization).toBeUndefined();
          expect(request.headers.cookie).toBeUndefined();
        }
      } finally {
        await front.stop();
        await recorder.stop();
      }
    }),
  );

  matrixBoth('transport-login-redirect', (kind) =>
    withEnv('transport-login-redirect', async (env) => {
      const recorder = await startHeaderRecorder();
      const front = await startLoopbackServer('login redirect front', (req, res) => {
        req.resume();
        res.writeHead(307, { location: new URL(req.url ?? '/', recorder.url).href });
        res.end();
      });
      try {
        const api = env.api(kind, env.session({ baseUrl: front.url }));

        const error = await failureOf(kind, api.whoami());

        expect(error).toBeInstanceOf(PlexTracAuthError);
        expect((error as Error).message).toContain(`redirected (HTTP 307) to ${recorder.url}`);
        expect(recorder.requests).toEqual([]);
      } finally {
        await front.stop();
        await recorder.stop();
      }
    }),
  );

  matrixBoth('transport-absolute-url-other-host', (kind) =>
    withEnv('transport-absolute-url-other-host', async (env) => {
      const recorder = await startHeaderRecorder();
      try {
        const api = env.api(kind);

        const result = await api.whoami({ baseUrl: recorder.url });

        expect(result.status).toBe(200);
        expect(recorder.requests).toHaveLength(1);
        expect(recorder.requests[0]?.headers.authorization).toBeUndefined();
        // Not even a login: a request for another origin never asks the session for a token.
        expect(env.fetch.count(to(AUTHENTICATE))).toBe(0);
        expect((await api.whoami()).status).toBe(200);
        expect(recorder.requests).toHaveLength(1);
      } finally {
        await recorder.stop();
      }
    }),
  );

  matrixBoth('transport-insecure-http', async (kind) => {
    const stub = createStubFetch((request) =>
      new URL(request.url).pathname === AUTHENTICATE
        ? tokenResponse(Date.now())
        : json(200, { email: ANALYST }),
    );
    const options = {
      baseUrl: 'http://plextrac.example.com',
      username: ANALYST,
      password: PASSWORD,
      fetch: stub,
    };

    const refused = (() => {
      try {
        createSession(options);
      } catch (error) {
        addArtifact('error:transport-insecure-http', error);
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ConfigurationError);
    expect((refused as Error).message).toMatch(/baseUrl/);
    expect((refused as Error).message).toMatch(/allowInsecureHttp/);
    expect(stub.calls).toHaveLength(0);

    // A request from an https session downgraded to http:// (same host) gets no token.
    const secure = createSession({ ...options, baseUrl: 'https://plextrac.example.com' });
    await whoami(kind, secure, stub, 'http://plextrac.example.com');
    expect(stub.calls.map((r) => r.url)).toEqual([
      'http://plextrac.example.com/api/v1/user/whoami',
    ]);
    expect(stub.calls[0]?.headers.get('authorization')).toBeNull();

    // Opted in: the same host works, through the client under test.
    const session = createSession({ ...options, allowInsecureHttp: true });
    expect(await whoami(kind, session, stub)).toBe(200);
    expect(stub.calls.slice(1).map((r) => new URL(r.url).pathname)).toEqual([AUTHENTICATE, WHOAMI]);
    expect(stub.calls[2]?.headers.get('authorization')).toMatch(/^Bearer /);
    addArtifact('session:transport-insecure-http', secure);
    addArtifact('session:transport-insecure-http', session);
  });

  matrixTest('transport-file-store-corrupt', 'session', () =>
    withEnv('transport-file-store-corrupt', async (env) => {
      const path = join(dir, 'corrupt.json');
      await writeFile(path, '{"version":1,"tokens":{"x":', { mode: 0o600 });

      expect(
        (
          await env
            .api('openapi-fetch', env.session({ tokenStore: createFileTokenStore(path) }))
            .whoami()
        ).status,
      ).toBe(200);

      const written = JSON.parse(await readFile(path, 'utf8'));
      expect(written.version).toBe(1);
      const [entry] = Object.values(written.tokens) as Array<{ token: string }>;
      expect(env.fetch.calls.find(to(WHOAMI))?.authorization).toBe(`Bearer ${entry?.token}`);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      // The replacement is usable: a second session adopts the stored token without a login.
      const second = env.api('sdk', env.session({ tokenStore: createFileTokenStore(path) }));
      expect((await second.whoami()).status).toBe(200);
      expect(env.fetch.count(to(AUTHENTICATE))).toBe(1);
    }),
  );

  matrixTest('transport-file-store-permissions', 'session', () =>
    withEnv('transport-file-store-permissions', async (env) => {
      const path = join(dir, 'too-open.json');
      const valid = join(dir, 'valid.json');
      const first = env.session({ tokenStore: createFileTokenStore(valid) });
      expect((await env.api('openapi-fetch', first).whoami()).status).toBe(200);
      await writeFile(path, await readFile(valid));
      await chmod(path, 0o644);
      const before = env.fetch.calls.length;

      const session = env.session({ tokenStore: createFileTokenStore(path) });
      const error = env.caught('getToken', await rejectionOf(session.getToken()));

      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/chmod 600/);
      expect(env.fetch.calls.length).toBe(before); // nothing sent, the token was not used
      await chmod(path, 0o600);
      expect((await env.api('sdk', session).whoami()).status).toBe(200);
    }),
  );

  matrixTest(
    'transport-file-store-two-processes',
    'session',
    async () => {
      const path = join(dir, 'shared', 'tokens.json');
      const key = 'https://tenant.example.com analyst@matrix.test';

      const writers = await runStoreWriters(path, key, 150);

      expect(writers.map((w) => [w.code, w.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      const data = JSON.parse(await readFile(path, 'utf8'));
      expect(writers.map((w) => w.lastValue)).toContain(data.tokens[key].token);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect((await readdir(join(dir, 'shared'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
    15_000,
  );
});
