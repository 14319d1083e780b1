import { createPlexTracClient } from '@plextrac-ts/client';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAuthFetch } from './create-auth-fetch.js';
import { createSession } from './create-session.js';
import { resetAuthState } from './reset-auth-state.js';
import {
  BASE_URL,
  createFakePlexTrac,
  json,
  PASSWORD,
  USERNAME,
} from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

const originalFetch = globalThis.fetch;
beforeEach(() => resetAuthState());
afterEach(() => {
  globalThis.fetch = originalFetch;
});

it('a caller does not wait out a stuck early renewal: after authTimeoutMs it gets the still-valid token', async () => {
  const time = createFakeTime();
  let limited = false;
  const server = createFakePlexTrac(time, {
    respond: (r) =>
      limited && r.path.startsWith('/api/v1/token')
        ? json(429, {}, { 'retry-after': '300' })
        : undefined,
  });
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    fetch: server.fetch,
    clock: time.clock,
    sleep: time.sleep,
  });
  const token = await time.run(session.getToken());
  await time.advance(13 * 60_000 + 30_000); // 90 s left: inside the 2 min margin
  limited = true;
  const start = time.clock.now();
  expect(await time.run(session.getToken())).toBe(token);
  expect(time.clock.now() - start).toBe(15_000);
});

it('stream uploads to an endpoint that answers 401 cost at most one login', async () => {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, {
    respond: (r) => (r.path === '/api/v1/forbidden' ? json(401, { message: 'no' }) : undefined),
  });
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    fetch: server.fetch,
    clock: time.clock,
    sleep: time.sleep,
  });
  const authFetch = createAuthFetch(session);
  const stream = () =>
    new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('data'));
        c.close();
      },
    });
  for (let i = 0; i < 12; i++) {
    const r = await time.run(
      authFetch(`${BASE_URL}/api/v1/forbidden`, { method: 'POST', body: stream() }),
    );
    expect(r.status).toBe(401);
  }
  // the first login, and one re-login after the first 401; then the 401s are about the request
  expect(server.authRequests()).toHaveLength(2);
});

it('a password shorter than 4 characters echoed by the server is scrubbed', async () => {
  const time = createFakeTime();
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: 'Zq9',
    clock: time.clock,
    sleep: time.sleep,
    fetch: async (r) => {
      const { password } = await r.json();
      return json(401, { status: 'error', message: `bad password ${password}` });
    },
  });
  const error = await time.run(session.getToken()).catch((e) => e);
  expect(String(error.cause.message)).not.toContain('Zq9');
});

it('createAuthFetch passes extra init members (openapi-fetch requestInitExt) to a standard fetch', async () => {
  const time = createFakeTime();
  const server = createFakePlexTrac(time);
  const seen: unknown[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    seen.push((init as { dispatcher?: unknown } | undefined)?.dispatcher);
    return server.fetch(new Request(input, init));
  }) as typeof fetch;
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    clock: time.clock,
    sleep: time.sleep,
  });
  const ext = { requestInitExt: { dispatcher: 'PROXY' } as never };
  const client = createPlexTracClient({
    baseUrl: BASE_URL,
    fetch: createAuthFetch(session),
    ...ext,
  });
  const other = createPlexTracClient({
    baseUrl: 'https://other.example',
    fetch: createAuthFetch(session),
    ...ext,
  });
  await time.run(client.GET('/api/v1/client/list'));
  await time.run(other.GET('/api/v1/client/list'));
  expect(seen).toEqual([undefined, 'PROXY', 'PROXY']); // the login, then both API calls
});

it('a 401 from another origin after a followed redirect does not throw away the token', async () => {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, {
    respond: (r) => {
      if (r.path !== '/api/v1/moved') return undefined;
      const response = json(401, {});
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: 'https://elsewhere.example/x' });
      return response;
    },
  });
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    fetch: server.fetch,
    clock: time.clock,
    sleep: time.sleep,
  });
  const r = await time.run(createAuthFetch(session)(`${BASE_URL}/api/v1/moved`));
  expect(r.status).toBe(401);
  expect(server.authRequests()).toHaveLength(1);
});
