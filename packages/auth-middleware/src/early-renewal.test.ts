import { beforeEach, expect, it } from 'vitest';
import { resetAuthState } from './reset-auth-state.js';
import { createTestSession } from './test-support/create-test-session.js';
import { createFakePlexTrac, json } from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

beforeEach(() => resetAuthState());

/** A session 90 s before expiry (inside the 2 min margin) whose refresh meets 429s. */
async function stuckRenewal(retryAfterS: number) {
  const time = createFakeTime();
  let limited = false;
  const server = createFakePlexTrac(time, {
    respond: (r) =>
      limited && r.path.startsWith('/api/v1/token')
        ? json(429, {}, { 'retry-after': String(retryAfterS) })
        : undefined,
  });
  const session = createTestSession(time, server);
  const token = await time.run(session.getToken());
  await time.advance(13 * 60_000 + 30_000);
  limited = true;
  return { time, server, session, token };
}

it('a caller does not wait out a stuck early renewal: after authTimeoutMs it gets the still-valid token', async () => {
  const { time, session, token } = await stuckRenewal(300);
  const start = time.clock.now();
  expect(await time.run(session.getToken())).toBe(token);
  expect(time.clock.now() - start).toBe(15_000);
});

it('after one caller waited out a stuck early renewal, later callers get the valid token at once', async () => {
  const { time, session, token } = await stuckRenewal(50);
  const waits: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = time.clock.now();
    expect(await time.run(session.getToken())).toBe(token);
    waits.push(time.clock.now() - start);
  }
  expect(waits).toEqual([15_000, 0, 0]);
});

it('a caller that got the still-valid token and aborts later does not cancel the renewal', async () => {
  const { time, server, session, token } = await stuckRenewal(50);
  const controller = new AbortController();
  expect(await time.run(session.getToken(controller.signal))).toBe(token);
  controller.abort(new Error('request done'));
  await time.advance(60_000);
  // the renewal went on: it retried the refresh after Retry-After
  expect(server.authRequests().filter((r) => r.path === '/api/v1/token/refresh')).toHaveLength(2);
});

it('a caller that aborts while waiting for an early renewal is rejected at once', async () => {
  const { time, session } = await stuckRenewal(50);
  const controller = new AbortController();
  const pending = session.getToken(controller.signal);
  await time.advance(1_000);
  controller.abort(new Error('stop'));
  await expect(pending).rejects.toThrow('stop');
});
