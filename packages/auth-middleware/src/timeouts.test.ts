import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from './create-session.js';
import { MfaError, PlexTracAuthError } from './errors.js';
import { OTP_TIMEOUT_MS } from './login.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { createTestSession } from './test-support/create-test-session.js';
import {
  BASE_URL,
  createFakePlexTrac,
  json,
  PASSWORD,
  TOTP_SECRET,
  USERNAME,
} from './test-support/fake-plextrac.js';
import { createFakeTime, type FakeTime, flush } from './test-support/fake-time.js';
import { STEP_MS, totpAt } from './totp.js';
import type { FetchLike } from './types.js';

beforeEach(() => resetAuthRateLimiter());

/** The first `hangs` auth requests never answer (and ignore their signal); then the fake server. */
function hanging(time: FakeTime, hangs: number) {
  const server = createFakePlexTrac(time);
  const signals: AbortSignal[] = [];
  let left = hangs;
  const fetch: FetchLike = (request) => {
    signals.push(request.signal);
    if (left-- > 0) return new Promise<Response>(() => {});
    return server.fetch(request);
  };
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    fetch,
    clock: time.clock,
    sleep: time.sleep,
    authTimeoutMs: 15_000,
  });
  return { server, session, signals };
}

describe('timeouts and aborts', () => {
  it('times out an auth call that never answers, and the next call starts afresh', async () => {
    const time = createFakeTime();
    const { session, server, signals } = hanging(time, 1);
    const started = time.clock.now();
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(PlexTracAuthError);
    expect(error.message).toContain('timed out after 15000 ms');
    expect(error.cause.message).toContain('TimeoutError');
    expect(time.clock.now() - started).toBe(15_000);
    expect(signals[0]?.aborted).toBe(true);
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
  });

  it('gives every attempt its own timeout', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    let calls = 0;
    const slow: FetchLike = async (request) => {
      await time.sleep(14_000);
      if (calls++ === 0) return json(429, {}, { 'retry-after': '1' });
      return server.fetch(request);
    };
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      fetch: slow,
      clock: time.clock,
      sleep: time.sleep,
      authTimeoutMs: 15_000,
    });
    expect(await time.run(session.getToken())).toBe(server.tokens[0]);
    expect(calls).toBe(2);
  });

  it("respects the caller's AbortSignal and does not leave the session stuck", async () => {
    const time = createFakeTime();
    const { session, server, signals } = hanging(time, 1);
    const controller = new AbortController();
    const waiting = session.getToken(controller.signal);
    await flush();
    controller.abort(new Error('user cancelled'));
    await expect(waiting).rejects.toThrow('user cancelled');
    // the request already sent is left to its own timeout (a slow answer would still be used):
    // the next caller waits for it instead of sending a second login next to it
    const next = session.getToken();
    await flush();
    expect(signals[0]?.aborted).toBe(false);
    expect(signals).toHaveLength(1);
    expect(await time.run(next)).toBe(server.tokens[0]);
    expect(signals[0]?.aborted).toBe(true);
    expect(time.clock.now()).toBe(createFakeTime().clock.now() + 15_000);
  });

  it('rejects at once for an already aborted signal', async () => {
    const time = createFakeTime();
    const { session } = hanging(time, 0);
    await expect(session.getToken(AbortSignal.abort(new Error('gone')))).rejects.toThrow('gone');
  });

  it('one caller aborting does not cancel the login other callers still wait for', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const slow: FetchLike = async (request) => {
      await time.sleep(1000);
      return server.fetch(request);
    };
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      fetch: slow,
      clock: time.clock,
      sleep: time.sleep,
    });
    const controller = new AbortController();
    const a = session.getToken(controller.signal);
    const b = session.getToken();
    await flush();
    controller.abort(new Error('a left'));
    await expect(a).rejects.toThrow('a left');
    expect(await time.run(b)).toBe(server.tokens[0]);
    expect(server.requests).toHaveLength(1);
  });

  it('turns a network failure into a PlexTracAuthError that names the fix', async () => {
    const time = createFakeTime();
    const failing: FetchLike = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    };
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      fetch: failing,
      clock: time.clock,
      sleep: time.sleep,
    });
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(PlexTracAuthError);
    expect(error.message).toContain('Check baseUrl and the network');
    expect(error.cause).toMatchObject({ code: 'ECONNREFUSED' });
    expect(error.cause.message).toContain('fetch failed');
  });

  it.each([
    ['null', () => null],
    ['a null-prototype object', () => Object.create(null)],
    [
      'an error whose name is a symbol',
      () => Object.assign(new Error('boom'), { name: Symbol('x') }),
    ],
    [
      'an error whose message getter throws',
      () =>
        Object.defineProperty(new Error(), 'message', {
          get() {
            throw new Error('getter');
          },
        }),
    ],
  ])('turns a fetch that throws %s into a PlexTracAuthError', async (_kind, thrown) => {
    const time = createFakeTime();
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      fetch: async () => {
        throw thrown();
      },
      clock: time.clock,
      sleep: time.sleep,
    });
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(PlexTracAuthError);
    expect(error.message).toContain('Check baseUrl and the network');
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('an abort also ends a wait on an otp prompt that never answers', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      otp: () => new Promise<string>(() => {}),
      fetch: server.fetch,
      clock: time.clock,
      sleep: time.sleep,
    });
    const controller = new AbortController();
    const waiting = session.getToken(controller.signal);
    await flush();
    controller.abort(new Error('prompt cancelled'));
    await expect(waiting).rejects.toThrow('prompt cancelled');
    expect(server.requests.map((r) => r.path)).toEqual(['/api/v1/authenticate']);
  });

  it('gives up on an otp prompt that never answers after 2 minutes, and the session recovers', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    let answer: () => Promise<string> = () => new Promise<string>(() => {});
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      otp: () => answer(),
      fetch: server.fetch,
      clock: time.clock,
      sleep: time.sleep,
    });
    const started = time.clock.now();
    const error = await time.run(session.getToken()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MfaError);
    expect((error as Error).message).toContain('no code within 120 s');
    expect(time.clock.now() - started).toBe(OTP_TIMEOUT_MS);

    answer = async () => totpAt(TOTP_SECRET, Math.floor(time.clock.now() / STEP_MS));
    const token = await time.run(session.getToken());
    expect(token).toBe(server.tokens.at(-1));
  });
});

it('callers that always give up before a slow login answers still get its token: no login loop', async () => {
  const time = createFakeTime();
  const server = createFakePlexTrac(time);
  // every login takes 1.5 s; every caller gives up after 1 s (AbortSignal.timeout(1000))
  const slow: FetchLike = async (request) => {
    await time.sleep(1500);
    return server.fetch(request);
  };
  const session = createTestSession(time, { fetch: slow });
  let served = 0;
  for (let i = 0; i < 10; i++) {
    const controller = new AbortController();
    const call = session.getToken(controller.signal).then(
      () => served++,
      () => {},
    );
    await time.advance(1000);
    controller.abort(new DOMException('caller timeout', 'TimeoutError'));
    await call;
  }
  expect(served).toBeGreaterThanOrEqual(8);
  expect(server.authRequests().length).toBeLessThanOrEqual(2);
});
