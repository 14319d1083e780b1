import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from './create-session.js';
import { RateLimitError } from './errors.js';
import { AUTH_WINDOW_MS, acquireAuthSlot } from './rate-limiter.js';
import { resetAuthState } from './reset-auth-state.js';
import { parseRetryAfter } from './retry-after.js';
import { createTestSession } from './test-support/create-test-session.js';
import {
  BASE_URL,
  createFakePlexTrac,
  json,
  PASSWORD,
  TOTP_SECRET,
  USERNAME,
} from './test-support/fake-plextrac.js';
import { createFakeTime, type FakeTime } from './test-support/fake-time.js';
import type { AuthEvent, FetchLike, SessionOptions } from './types.js';

beforeEach(() => resetAuthState());

function session(time: FakeTime, fetch: FetchLike, extra: Partial<SessionOptions> = {}) {
  return createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    fetch,
    clock: time.clock,
    sleep: time.sleep,
    ...extra,
  });
}

describe('auth rate limiter', () => {
  it('keeps logins from two sessions at or under 10 per rolling minute by waiting', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const sentAt: number[] = [];
    const recording: FetchLike = (request) => {
      sentAt.push(time.clock.now());
      return server.fetch(request);
    };
    const events: AuthEvent[] = [];
    const a = session(time, recording, { onEvent: (e) => events.push(e) });
    const b = session(time, recording);
    const tokens: string[] = [];
    const churn = async (s: ReturnType<typeof session>) => {
      for (let i = 0; i < 12; i++) tokens.push(await s.reauthenticate(await s.getToken()));
    };
    await time.run(Promise.all([churn(a), churn(b)]));
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(sentAt).toHaveLength(26);
    for (const start of sentAt) {
      const inWindow = sentAt.filter((t) => t >= start && t < start + AUTH_WINDOW_MS);
      expect(inWindow.length).toBeLessThanOrEqual(10);
    }
    expect(events.some((e) => e.type === 'rate-limited' && e.reason === 'limiter')).toBe(true);
  });

  it('gives each origin its own budget', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const other = (r: Request) =>
      server.fetch(new Request(r.url.replace('https://other.example', BASE_URL), r));
    const a = session(time, server.fetch);
    const b = session(time, other, { baseUrl: 'https://other.example' });
    for (let i = 0; i < 10; i++) await time.run(a.reauthenticate(await time.run(a.getToken())));
    const before = time.clock.now();
    await time.run(b.getToken());
    expect(time.clock.now()).toBe(before);
  });
});

describe('429 on auth calls', () => {
  function limitedThen(
    time: FakeTime,
    times: number,
    retryAfter: (n: number) => string | undefined,
  ) {
    const server = createFakePlexTrac(time);
    let served = 0;
    const fetch: FetchLike = async (request) => {
      if (served < times) {
        const header = retryAfter(served++);
        return json(
          429,
          { status: 'error', message: 'Too many requests' },
          header ? { 'retry-after': header } : {},
        );
      }
      return server.fetch(request);
    };
    return { server, fetch };
  }

  it('honours Retry-After in seconds and retries', async () => {
    const time = createFakeTime();
    const { fetch, server } = limitedThen(time, 1, () => '7');
    const events: AuthEvent[] = [];
    const s = session(time, fetch, { onEvent: (e) => events.push(e) });
    const started = time.clock.now();
    expect(await time.run(s.getToken())).toBe(server.tokens[0]);
    expect(time.clock.now() - started).toBe(7000);
    expect(events[0]).toMatchObject({ type: 'rate-limited', reason: '429', waitMs: 7000 });
    expect(s.stats.authRoundTrips).toBe(2);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const time = createFakeTime();
    const date = new Date(time.clock.now() + 12_000).toUTCString();
    const { fetch } = limitedThen(time, 1, () => date);
    const s = session(time, fetch);
    const started = time.clock.now();
    await time.run(s.getToken());
    expect(time.clock.now() - started).toBe(12_000);
  });

  it('backs off without Retry-After', async () => {
    const time = createFakeTime();
    const { fetch } = limitedThen(time, 2, () => undefined);
    const s = session(time, fetch);
    const started = time.clock.now();
    await time.run(s.getToken());
    expect(time.clock.now() - started).toBe(5000 + 10_000);
  });

  it('gives up after maxRateLimitRetries with a RateLimitError carrying retryAfter in ms', async () => {
    const time = createFakeTime();
    const { fetch } = limitedThen(time, 100, () => '30');
    const s = session(time, fetch, { maxRateLimitRetries: 2 });
    const error = await time.run(s.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(30_000);
    expect(error.status).toBe(429);
    expect(error.message).toContain('10 authentication requests per minute');
    expect(s.stats.authRoundTrips).toBe(3);
  });
});

describe('429 with a Retry-After too long to wait out', () => {
  it.each([
    ['a day in seconds', '86400', 'retry in 24 h.'],
    ['past the range of setTimeout', '99999999999999999999', 'retry in more than a year.'],
    [
      'an HTTP date a year ahead',
      new Date(Date.UTC(2026, 0, 1)).toUTCString(),
      'retry in 365 days.',
    ],
    ['ten minutes', '600', 'retry in 10 min.'],
  ])('raises RateLimitError at once for %s, carrying retryAfter', async (_name, value, shown) => {
    const time = createFakeTime();
    const fetch: FetchLike = async () => json(429, { status: 'error' }, { 'retry-after': value });
    const s = session(time, fetch);
    const started = time.clock.now();
    const error = await time.run(s.getToken()).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeGreaterThan(5 * 60_000);
    expect(error.message).toContain(shown);
    expect(time.clock.now() - started).toBe(0);
    expect(time.sleeps.every((ms) => ms <= 2 ** 31 - 1)).toBe(true);
    expect(s.stats.authRoundTrips).toBe(1);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2025, 0, 1);
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30_000],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
  ])('reads %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([null, undefined, '', '-5', '1.5', 'soon'])('returns undefined for %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });

  it('never throws and never returns a negative or NaN wait', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const result = parseRetryAfter(value, now);
        return result === undefined || (Number.isFinite(result) && result >= 0);
      }),
    );
  });
});

describe('clock going backwards', () => {
  it('never waits more than one window for requests recorded at a later time', async () => {
    const later = createFakeTime(Date.UTC(2025, 0, 1, 13));
    const server = createFakePlexTrac(later);
    const a = session(later, server.fetch);
    for (let i = 0; i < 10; i++) await later.run(a.reauthenticate(await later.run(a.getToken())));
    const earlier = createFakeTime(Date.UTC(2025, 0, 1, 12));
    const b = session(earlier, createFakePlexTrac(earlier).fetch);
    const started = earlier.clock.now();
    await earlier.run(b.getToken());
    expect(earlier.clock.now() - started).toBeLessThanOrEqual(AUTH_WINDOW_MS);
  });

  it('resetAuthState forgets the recorded requests', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const a = session(time, server.fetch);
    for (let i = 0; i < 10; i++) await time.run(a.reauthenticate(await time.run(a.getToken())));
    resetAuthState();
    const started = time.clock.now();
    await time.run(a.reauthenticate(await time.run(a.getToken())));
    expect(time.clock.now()).toBe(started);
  });
});

describe('after the server kept refusing with 429', () => {
  it('sends no auth request until its Retry-After has passed, then logs in', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    let limited = true;
    const fetch: FetchLike = async (request) =>
      limited ? json(429, { status: 'error' }, { 'retry-after': '120' }) : server.fetch(request);
    const s = session(time, fetch, { maxRateLimitRetries: 1 });
    expect(await time.run(s.getToken()).catch((e) => e)).toBeInstanceOf(RateLimitError);
    expect(s.stats.authRoundTrips).toBe(2);

    // A second session on the same instance is held back too: nothing is sent.
    const other = session(time, fetch);
    const early = await time.run(other.getToken()).catch((e) => e);
    expect(early).toBeInstanceOf(RateLimitError);
    expect(early.retryAfter).toBe(120_000);
    expect(other.stats.authRoundTrips).toBe(0);

    limited = false;
    await time.advance(120_000);
    expect(await time.run(s.getToken())).toBe(server.tokens[0]);
  });

  it('keeps a still-valid token when its early renewal is refused, and retries later, not on every call', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    let limited = false;
    const fetch: FetchLike = async (request) =>
      limited ? json(429, { status: 'error' }, { 'retry-after': '10' }) : server.fetch(request);
    const events: AuthEvent[] = [];
    const s = session(time, fetch, { maxRateLimitRetries: 0, onEvent: (e) => events.push(e) });
    const token = await time.run(s.getToken());
    await time.advance(14 * 60_000);
    limited = true;
    expect(await time.run(s.getToken())).toBe(token);
    expect(s.stats.authRoundTrips).toBe(2); // the login, then one refused refresh
    expect(
      events.filter((e) => e.type === 'error').map((e) => e.type === 'error' && e.operation),
    ).toEqual(['refresh', 'login']);

    // The next calls use the token without another attempt for 30 s.
    for (let i = 0; i < 5; i++) expect(await time.run(s.getToken())).toBe(token);
    expect(s.stats.authRoundTrips).toBe(2);

    limited = false;
    await time.advance(30_000);
    const renewed = await time.run(s.getToken());
    expect(renewed).not.toBe(token);
    expect(s.stats.refreshes).toBe(1);
  });
});

/** A session whose logins the server refuses with a 10-minute 429 once `limit()` is called. */
function limitedSession(time: FakeTime) {
  const server = createFakePlexTrac(time);
  let limited = false;
  const fetch: FetchLike = async (request) =>
    limited && request.url.includes('/authenticate')
      ? json(429, { status: 'error' }, { 'retry-after': '600' })
      : server.fetch(request);
  const s = session(time, fetch, { maxRateLimitRetries: 0 });
  return {
    s,
    limit: () => {
      limited = true;
    },
  };
}

describe('a 401 while logins are refused with 429', () => {
  it('keeps the still-valid token for the next requests instead of failing them all', async () => {
    const time = createFakeTime();
    const { s, limit } = limitedSession(time);
    const token = await time.run(s.getToken());
    limit();

    // A 401 (say, from one endpoint) asks for a new token, and the login is refused.
    const error = await time.run(s.reauthenticate(token)).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(s.stats.authRoundTrips).toBe(2);

    // The token is still valid for 15 minutes: the next calls get it, with no auth request.
    expect(await time.run(s.getToken())).toBe(token);
    expect(s.stats.authRoundTrips).toBe(2);

    // Once it has expired it is not handed out again.
    await time.advance(15 * 60_000);
    expect(await time.run(s.getToken()).catch((e) => e)).toBeInstanceOf(RateLimitError);
  });

  it('is not brought back after the caller invalidate()d it', async () => {
    const time = createFakeTime();
    const { s, limit } = limitedSession(time);
    const token = await time.run(s.getToken());
    limit();
    s.invalidate(token);
    expect(await time.run(s.getToken()).catch((e) => e)).toBeInstanceOf(RateLimitError);
    expect(await time.run(s.getToken()).catch((e) => e)).toBeInstanceOf(RateLimitError);
  });

  it('is kept once: a second 401 on it is believed, not sent with every call', async () => {
    const time = createFakeTime();
    const { s, limit } = limitedSession(time);
    const token = await time.run(s.getToken());
    limit();
    expect(await time.run(s.reauthenticate(token)).catch((e) => e)).toBeInstanceOf(RateLimitError);
    expect(await time.run(s.getToken())).toBe(token);
    // the server really revoked it: the next 401 on it is not answered by keeping it again
    expect(await time.run(s.reauthenticate(token)).catch((e) => e)).toBeInstanceOf(RateLimitError);
    expect(await time.run(s.getToken()).catch((e) => e)).toBeInstanceOf(RateLimitError);
  });
});

describe('MFA codes and the limiter', () => {
  it('makes the code after waiting for a slot, so it is fresh when sent and accepted at once', async () => {
    const time = createFakeTime(Date.UTC(2025, 0, 1, 12, 0, 1));
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    for (let i = 0; i < 9; i++)
      await acquireAuthSlot(new URL(BASE_URL).origin, time.clock, time.sleep);
    const events: AuthEvent[] = [];
    const s = session(time, server.fetch, {
      totpSecret: TOTP_SECRET,
      onEvent: (e) => events.push(e),
    });
    await time.run(s.getToken());
    expect(events.filter((e) => e.type === 'mfa')).toMatchObject([{ attempt: 1, accepted: true }]);
    expect(events.some((e) => e.type === 'rate-limited' && e.reason === 'limiter')).toBe(true);
  });

  it('counts an MFA request that waited for its TOTP step at the time it was sent, not when its slot was taken', async () => {
    // 2 s before a step boundary: the code waits for the next step (totpGuardMs 3 s).
    const time = createFakeTime(Date.UTC(2025, 0, 1, 12, 0, 28));
    const origin = new URL(BASE_URL).origin;
    const mfaServer = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const plainServer = createFakePlexTrac(time);
    const sentAt: number[] = [];
    const recording =
      (fetch: FetchLike): FetchLike =>
      (request) => {
        sentAt.push(time.clock.now());
        return fetch(request);
      };
    for (let i = 0; i < 8; i++) await acquireAuthSlot(origin, time.clock, time.sleep);
    const mfa = session(time, recording(mfaServer.fetch), { totpSecret: TOTP_SECRET });
    await time.run(mfa.getToken());
    const start = Date.UTC(2025, 0, 1, 12, 0, 28);
    expect(sentAt).toEqual([start, start + 2_000]);
    // one window after the slots were taken, another session logs in 10 times
    await time.advance(start + AUTH_WINDOW_MS - time.clock.now());
    const plain = session(time, recording(plainServer.fetch));
    const churn = async () => {
      let token = await plain.getToken();
      for (let i = 1; i < 10; i++) token = await plain.reauthenticate(token);
    };
    await time.run(churn());
    expect(sentAt).toHaveLength(12);
    for (const from of sentAt) {
      const inWindow = sentAt.filter((t) => t >= from && t < from + AUTH_WINDOW_MS);
      expect(inWindow.length).toBeLessThanOrEqual(10);
    }
  });
});

it('a 429 block is not lengthened by a clock that steps back', async () => {
  const time = createFakeTime();
  let limited = true;
  const server = createFakePlexTrac(time, {
    respond: (r) =>
      limited && r.path === '/api/v1/authenticate'
        ? json(429, {}, { 'retry-after': '60' })
        : undefined,
  });
  const session = createTestSession(time, { fetch: server.fetch }, { maxRateLimitRetries: 0 });
  await expect(time.run(session.getToken())).rejects.toBeInstanceOf(RateLimitError);
  limited = false;
  time.set(time.clock.now() - 10 * 60_000); // an NTP step back of 10 minutes
  const error = await time.run(session.getToken()).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RateLimitError);
  expect((error as RateLimitError).retryAfter).toBeLessThanOrEqual(60_000);
  await time.advance(60_000);
  expect(await time.run(session.getToken())).toBe(server.tokens[0]);
});
