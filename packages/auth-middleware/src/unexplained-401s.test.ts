import { beforeEach, expect, it } from 'vitest';
import { createAuthFetch } from './create-auth-fetch.js';
import { resetAuthState } from './reset-auth-state.js';
import { createTestSession } from './test-support/create-test-session.js';
import { BASE_URL, createFakePlexTrac, json } from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

beforeEach(() => resetAuthState());

const stream = () =>
  new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('data'));
      c.close();
    },
  });

it('stream uploads to an endpoint that answers 401 cost at most one login', async () => {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, {
    respond: (r) => (r.path === '/api/v1/forbidden' ? json(401, { message: 'no' }) : undefined),
  });
  const authFetch = createAuthFetch(createTestSession(time, server));
  for (let i = 0; i < 12; i++) {
    const r = await time.run(
      authFetch(`${BASE_URL}/api/v1/forbidden`, { method: 'POST', body: stream() }),
    );
    expect(r.status).toBe(401);
  }
  // the first login, and one re-login after the first 401; then the 401s are about the request
  expect(server.authRequests()).toHaveLength(2);
});

it('a token from a re-login long ago is replaced after a stream 401 once the server revokes it', async () => {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, { lifetimeS: 3600 });
  const authFetch = createAuthFetch(createTestSession(time, server));
  const upload = async () =>
    (await time.run(authFetch(`${BASE_URL}/api/v1/upload`, { method: 'POST', body: stream() })))
      .status;
  expect(await upload()).toBe(200);
  server.revoke(server.tokens[0] as string);
  expect(await upload()).toBe(401); // the stream 401 invalidates the first token
  expect(await upload()).toBe(200); // a re-login
  await time.advance(30 * 60_000);
  server.revoke(server.tokens[1] as string); // the re-login's token, half an hour later
  expect(await upload()).toBe(401);
  expect(await upload()).toBe(200);
  const post = await time.run(
    authFetch(`${BASE_URL}/api/v1/thing`, { method: 'POST', body: '{"a":1}' }),
  );
  expect(post.status).toBe(200);
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
  const r = await time.run(
    createAuthFetch(createTestSession(time, server))(`${BASE_URL}/api/v1/moved`),
  );
  expect(r.status).toBe(401);
  expect(server.authRequests()).toHaveLength(1);
});
