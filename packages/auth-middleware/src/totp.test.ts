import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from './create-session.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import {
  BASE_URL,
  createFakePlexTrac,
  PASSWORD,
  type Responder,
  TOTP_SECRET,
  USERNAME,
} from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';
import { createTotp, normalizeTotpSecret, resetTotpMemory, STEP_MS, totpAt } from './totp.js';
import type { AuthEvent } from './types.js';

beforeEach(() => {
  resetTotpMemory();
  resetAuthRateLimiter();
});

describe('TOTP codes', () => {
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
    [20000000000, '353130'],
  ])('matches the RFC 6238 SHA1 vector at T=%i', (seconds, code) => {
    expect(totpAt(TOTP_SECRET, Math.floor(seconds / 30))).toBe(code);
  });

  it('accepts secrets with spaces, dashes, lower case and padding', () => {
    expect(normalizeTotpSecret('gezd gnbv-gy3t qojq gezd gnbv gy3t qojq====')).toBe(TOTP_SECRET);
  });

  it.each(['not base32!', 'GEZDGNBVGY3TQOJ1', 'JBSWY3DP', ''])(
    'rejects the secret %j',
    (secret) => {
      expect(normalizeTotpSecret(secret)).toBeUndefined();
    },
  );

  it('uses the current step when it has time left', async () => {
    const time = createFakeTime(100 * STEP_MS + 10_000);
    const totp = createTotp(TOTP_SECRET, time.clock, time.sleep, 3000);
    expect(await totp.next()).toBe(totpAt(TOTP_SECRET, 100));
    expect(time.sleeps).toEqual([]);
  });

  it('never submits a code in the last seconds of its step: it waits for the next step', async () => {
    const time = createFakeTime(100 * STEP_MS + 28_000);
    const totp = createTotp(TOTP_SECRET, time.clock, time.sleep, 3000);
    const code = await time.run(totp.next());
    expect(time.sleeps).toEqual([2000]);
    expect(time.clock.now()).toBe(101 * STEP_MS);
    expect(code).toBe(totpAt(TOTP_SECRET, 101));
  });

  it('never submits the same step twice for one secret, even from another session', async () => {
    const time = createFakeTime(100 * STEP_MS + 1000);
    const a = createTotp(TOTP_SECRET, time.clock, time.sleep, 3000);
    const sameSecret =
      normalizeTotpSecret(TOTP_SECRET.toLowerCase().replace(/(.{4})/g, '$1 ')) ?? '';
    const b = createTotp(sameSecret, time.clock, time.sleep, 3000);
    const first = await time.run(a.next());
    const second = await time.run(b.next());
    expect(first).toBe(totpAt(TOTP_SECRET, 100));
    expect(second).toBe(totpAt(TOTP_SECRET, 101));
    expect(time.clock.now()).toBe(101 * STEP_MS);
  });

  it('does not delay a different secret', async () => {
    const time = createFakeTime(100 * STEP_MS + 1000);
    await time.run(createTotp(TOTP_SECRET, time.clock, time.sleep, 3000).next());
    const other = createTotp('JBSWY3DPEHPK3PXPJBSWY3DP', time.clock, time.sleep, 3000);
    await time.run(other.next());
    expect(time.sleeps).toEqual([]);
  });

  it('releases the reserved step when the wait is aborted', async () => {
    const time = createFakeTime(100 * STEP_MS + 29_000);
    const totp = createTotp(TOTP_SECRET, time.clock, time.sleep, 3000);
    const controller = new AbortController();
    const waiting = totp.next(controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    await time.advance(1000);
    expect(await totp.next()).toBe(totpAt(TOTP_SECRET, 101));
  });
});

describe('MFA logins', () => {
  function setup(respond?: Responder, start?: number) {
    const time = createFakeTime(start);
    const events: AuthEvent[] = [];
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET, respond });
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      totpSecret: TOTP_SECRET,
      fetch: server.fetch,
      clock: time.clock,
      sleep: time.sleep,
      onEvent: (event) => events.push(event),
    });
    return { time, server, session, events };
  }

  it('a second login in the same 30 s step waits for the next step (the server rejects replays)', async () => {
    const { time, server, session } = setup(undefined, 100 * STEP_MS + 1000);
    const first = await time.run(session.getToken());
    const second = await time.run(session.reauthenticate(first));
    expect(second).not.toBe(first);
    const codes = server.requests
      .filter((r) => r.path === '/api/v1/authenticate/mfa')
      .map((r) => JSON.parse(r.body).token);
    expect(codes).toEqual([totpAt(TOTP_SECRET, 100), totpAt(TOTP_SECRET, 101)]);
  });

  it('retries a rejected code once, after the step boundary and with a fresh challenge', async () => {
    let rejections = 1;
    const { time, server, session } = setup(
      (r) => {
        if (r.path !== '/api/v1/authenticate/mfa' || rejections-- <= 0) return undefined;
        return new Response(JSON.stringify({ status: 'error', message: 'Invalid MFA code' }), {
          status: 401,
        });
      },
      100 * STEP_MS + 5000,
    );
    const token = await time.run(session.getToken());
    expect(token).toBe(server.tokens[0]);
    expect(server.requests.map((r) => r.path)).toEqual([
      '/api/v1/authenticate',
      '/api/v1/authenticate/mfa',
      '/api/v1/authenticate',
      '/api/v1/authenticate/mfa',
    ]);
    const [, mfa1, , mfa2] = server.requests.map((r) => (r.body ? JSON.parse(r.body) : {}));
    expect(mfa2.code).not.toBe(mfa1.code);
    expect(mfa1.token).toBe(totpAt(TOTP_SECRET, 100));
    expect(mfa2.token).toBe(totpAt(TOTP_SECRET, 101));
    expect(time.clock.now()).toBeGreaterThanOrEqual(101 * STEP_MS);
  });

  it('fails with MfaError after the retry is rejected too, without more requests', async () => {
    const { time, server, session, events } = setup((r) =>
      r.path === '/api/v1/authenticate/mfa'
        ? new Response(JSON.stringify({ status: 'error' }), { status: 400 })
        : undefined,
    );
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error.name).toBe('MfaError');
    expect(error.message).toContain('rejected the MFA code twice');
    expect(error.message).toContain('clock');
    expect(server.requests).toHaveLength(4);
    const seen = events.map((e) => {
      if (e.type === 'mfa') return `mfa accepted=${e.accepted}`;
      return e.type === 'error' ? `error ${e.operation}` : e.type;
    });
    expect(seen).toEqual(['mfa accepted=false', 'mfa accepted=false', 'error mfa']);
  });

  it('fails with MfaError when the otp callback returns something other than 6 digits', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      otp: async () => '12 34',
      fetch: server.fetch,
      clock: time.clock,
      sleep: time.sleep,
    });
    await expect(time.run(session.getToken())).rejects.toMatchObject({ name: 'MfaError' });
  });

  it.each([
    ['an Error', () => new Error('prompt closed'), 'prompt closed'],
    [
      'a revoked Proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
      '',
    ],
  ])('fails with MfaError when the otp callback throws %s', async (_kind, thrown, shown) => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time, { totpSecret: TOTP_SECRET });
    const session = createSession({
      baseUrl: BASE_URL,
      username: USERNAME,
      password: PASSWORD,
      otp: () => {
        throw thrown();
      },
      fetch: server.fetch,
      clock: time.clock,
      sleep: time.sleep,
    });
    const error = await time.run(session.getToken()).catch((e) => e);
    expect(error.name).toBe('MfaError');
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.cause.message).toContain(shown);
  });
});

describe('TOTP memory and clock changes', () => {
  it('does not wait for a step recorded far ahead (the clock went back)', async () => {
    const ahead = createFakeTime(500 * STEP_MS + 1000);
    await ahead.run(createTotp(TOTP_SECRET, ahead.clock, ahead.sleep, 3000).next());
    const time = createFakeTime(100 * STEP_MS + 1000);
    const code = await time.run(createTotp(TOTP_SECRET, time.clock, time.sleep, 3000).next());
    expect(code).toBe(totpAt(TOTP_SECRET, 100));
    expect(time.sleeps).toEqual([]);
  });
});
