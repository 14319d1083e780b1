import {
  ConfigurationError,
  createAuthMiddleware,
  createSdkAuth,
  createSession,
  type SessionOptions,
} from '@plextrac-ts/auth-middleware';
import { createPlexTracClient, paginate } from '@plextrac-ts/client';
import { createConfig, createSdkClient } from '@plextrac-ts/sdk';
import { describe, expect } from 'vitest';
import type { ClientKind } from './harness/matrix-api.js';
import { matrixBoth, matrixTest } from './harness/matrix-test.js';
import { ANALYST, PASSWORD } from './harness/matrix-users.js';
import { addArtifact, addSecret } from './harness/secret-collector.js';
import { createStubFetch, json, type StubFetch, tokenResponse } from './harness/stub-fetch.js';
import { withEnv } from './harness/with-env.js';

const BASE = 'https://tenant.plextrac.example';

function stub(): StubFetch {
  return createStubFetch((request) =>
    request.url.endsWith('/authenticate') ? tokenResponse(Date.now()) : json(200, {}),
  );
}

/** Wires a session into the client under test; returns the error that stopped it, if any. */
function wire(kind: ClientKind, options: Partial<SessionOptions>, fetch: StubFetch): unknown {
  try {
    const session = createSession({
      baseUrl: BASE,
      username: ANALYST,
      password: PASSWORD,
      fetch,
      ...options,
    });
    if (kind === 'openapi-fetch') {
      createPlexTracClient({ baseUrl: session.baseUrl, fetch }).use(createAuthMiddleware(session));
    } else {
      createSdkClient(createConfig({ fetch })).setConfig(createSdkAuth(session));
    }
  } catch (error) {
    addArtifact(`error:bad-input:${kind}`, error);
    return error;
  }
  return undefined;
}

function expectConfigError(error: unknown, option: string): void {
  expect(error).toBeInstanceOf(ConfigurationError);
  const { message } = error as Error;
  expect(message).toMatch(/^\[@plextrac-ts\/auth-middleware\] /);
  expect(message).toContain(option);
}

describe('bad input', () => {
  matrixBoth('bad-input-empty-username', (kind) => {
    for (const username of ['', '   ']) {
      const fetch = stub();
      expectConfigError(wire(kind, { username }, fetch), 'username');
      expect(fetch.calls).toHaveLength(0);
    }
  });

  matrixBoth('bad-input-totp-not-base32', (kind) => {
    for (const totpSecret of ['not-base32-0189!!', 'JBSWY3DP', 'abc def 1', '']) {
      addSecret('bad totp secret', totpSecret);
      const fetch = stub();
      const error = wire(kind, { totpSecret }, fetch);
      expectConfigError(error, 'totpSecret');
      if (totpSecret) expect((error as Error).message).not.toContain(totpSecret);
      expect(fetch.calls).toHaveLength(0);
    }
  });

  matrixBoth('bad-input-base-url-no-scheme', (kind) => {
    for (const baseUrl of [
      'tenant.plextrac.example',
      'localhost:8080',
      '//tenant.plextrac.example',
    ]) {
      const fetch = stub();
      expectConfigError(wire(kind, { baseUrl }, fetch), 'baseUrl');
      expect(fetch.calls).toHaveLength(0);
    }
    if (kind === 'openapi-fetch') {
      // The typed client checks its own baseUrl too, before any request.
      expect(() => createPlexTracClient({ baseUrl: 'tenant.plextrac.example' })).toThrow(
        /^\[@plextrac-ts\/client\] baseUrl must be an absolute http\(s\) URL/,
      );
    }
  });

  matrixTest('bad-input-path-not-in-spec', 'openapi-fetch', () =>
    withEnv('bad-input-path-not-in-spec', async (env) => {
      const api = env.api('openapi-fetch');
      const client = api.raw as unknown as {
        GET(path: string): Promise<{ error?: unknown; response: Response }>;
      };
      // No runtime check: the request goes out (with the token: same origin) and the 404 is a value.
      const { response, error } = await client.GET('/api/v1/not-in-spec');
      expect(response.status).toBe(404);
      expect(error).toMatchObject({ statusCode: 404 });
      expect(env.fetch.calls.at(-1)?.path).toBe('/api/v1/not-in-spec');
      // paginate() does check: an unknown path is a TypeError before any request.
      const before = env.fetch.calls.length;
      const pages = paginate(api.raw as never, '/api/v1/not-in-spec' as never);
      await expect(pages.next()).rejects.toThrow(/is not a paginated list endpoint/);
      expect(env.fetch.calls.length).toBe(before);
    }),
  );

  matrixTest('bad-input-path-not-in-spec', 'sdk', () =>
    withEnv('bad-input-path-not-in-spec', async (env) => {
      const api = env.api('sdk');
      const client = api.raw as unknown as {
        get(options: { url: string }): Promise<{ error?: unknown; response?: Response }>;
      };
      // The SDK has no function for it; its raw client sends any URL and returns the 404.
      const { response, error } = await client.get({ url: '/api/v1/not-in-spec' });
      expect(response?.status).toBe(404);
      expect(error).toMatchObject({ statusCode: 404 });
      expect(env.fetch.calls.at(-1)?.path).toBe('/api/v1/not-in-spec');
    }),
  );
});
