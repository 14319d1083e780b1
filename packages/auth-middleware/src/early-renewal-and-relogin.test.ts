import { beforeEach, expect, it } from 'vitest';
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
import { createFakeTime, type FakeTime } from './test-support/fake-time.js';

beforeEach(() => resetAuthState());

const stream = () =>
  new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('data'));
      c.close();
    },
  });

/** A session whose early renewal (90 s before expiry) meets 429s with Retry-After 50. */
async function stuckRenewal(time: FakeTime) {
  let limited = false;
  const server = createFakePlexTrac(time, {
    respond: (r) =>
      limited && r.path.startsWith('/api/v1/token')
        ? json(429, {}, { 'retry-after': '50' })
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
  await time.advance(13 * 60_000 + 30_000);
  limited = true;
  return { server, session, token };
}

it('a token from a re-login long ago is replaced after a stream 401 once the server revokes it', async () => {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, { lifetimeS: 3600 });
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    fetch: server.fetch,
    clock: time.clock,
    sleep: time.sleep,
  });
  const authFetch = createAuthFetch(session);
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

it('after one caller waited out a stuck early renewal, later callers get the valid token at once', async () => {
  const time = createFakeTime();
  const { session, token } = await stuckRenewal(time);
  const waits: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = time.clock.now();
    expect(await time.run(session.getToken())).toBe(token);
    waits.push(time.clock.now() - start);
  }
  expect(waits).toEqual([15_000, 0, 0]);
});

it('a caller that got the still-valid token and aborts later does not cancel the renewal', async () => {
  const time = createFakeTime();
  const { server, session, token } = await stuckRenewal(time);
  const controller = new AbortController();
  expect(await time.run(session.getToken(controller.signal))).toBe(token);
  controller.abort(new Error('request done'));
  await time.advance(60_000);
  // the renewal went on: it retried the refresh after Retry-After
  expect(server.authRequests().filter((r) => r.path === '/api/v1/token/refresh')).toHaveLength(2);
});

it('a caller that aborts while waiting for an early renewal is rejected at once', async () => {
  const time = createFakeTime();
  const { session } = await stuckRenewal(time);
  const controller = new AbortController();
  const pending = session.getToken(controller.signal);
  await time.advance(1_000);
  controller.abort(new Error('stop'));
  await expect(pending).rejects.toThrow('stop');
});
