import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAuthFetch } from './create-auth-fetch.js';
import { createFileTokenStore } from './create-file-token-store.js';
import { createSession } from './create-session.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import {
  BASE_URL,
  createFakePlexTrac,
  json,
  PASSWORD,
  type Recorded,
  type Responder,
  TOTP_SECRET,
  USERNAME,
} from './test-support/fake-plextrac.js';
import { createFakeTime, type FakeTime } from './test-support/fake-time.js';
import { resetTotpMemory } from './totp.js';
import type { AuthEvent, FetchLike, Session, SessionOptions } from './types.js';

const RAW_SECRET = TOTP_SECRET.toLowerCase()
  .replace(/(.{4})/g, '$1 ')
  .trim();

beforeEach(() => {
  resetAuthRateLimiter();
  resetTotpMemory();
});

/** Everything a user could print: message, stack, cause chain, JSON and inspect output. */
function views(value: unknown): string[] {
  const out = [inspect(value, { depth: Infinity, showHidden: true }), String(value)];
  try {
    out.push(JSON.stringify(value) ?? '');
  } catch {
    // circular values are covered by inspect
  }
  for (let e: unknown = value, i = 0; e instanceof Error && i < 10; e = e.cause, i++) {
    out.push(e.message, e.stack ?? '', inspect(e, { depth: Infinity, showHidden: true }));
  }
  return out;
}

/** Runs one failure scenario and returns everything it exposed. */
async function scenario(
  name: string,
  respond: Responder | undefined,
  drive: (
    session: Session,
    authFetch: ReturnType<typeof createAuthFetch>,
    time: FakeTime,
  ) => Promise<unknown>,
  extra: Partial<SessionOptions> & { mfa?: boolean; wrapFetch?: (f: FetchLike) => FetchLike } = {},
) {
  // Each scenario is its own instance: no rate-limit history carries over.
  resetAuthRateLimiter();
  const time = createFakeTime();
  const server = createFakePlexTrac(time, {
    respond,
    ...(extra.mfa ? { totpSecret: TOTP_SECRET } : {}),
  });
  const events: AuthEvent[] = [];
  const { mfa: _mfa, wrapFetch, ...options } = extra;
  const session = createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    totpSecret: RAW_SECRET,
    fetch: wrapFetch ? wrapFetch(server.fetch) : server.fetch,
    clock: time.clock,
    sleep: time.sleep,
    authTimeoutMs: 5000,
    maxRateLimitRetries: 1,
    onEvent: (e) => events.push(e),
    ...options,
  });
  let thrown: unknown;
  try {
    await drive(session, createAuthFetch(session), time);
  } catch (error) {
    thrown = error;
  }
  return { name, thrown, events, session, server };
}

const echo = (text: string, status = 401): Response =>
  json(status, { status: 'error', message: text });

describe('secrets never leak', () => {
  it('from any failure path: messages, causes, JSON, inspect, events or the session', async () => {
    const results = [
      await scenario(
        'bad credentials echoed by the server',
        (r) => (r.path === '/api/v1/authenticate' ? echo(`bad password ${PASSWORD}`) : undefined),
        (s, _f, time) => time.run(s.getToken()),
      ),
      await scenario(
        'MFA rejected twice, server echoing the code and challenge',
        (r) => (r.path === '/api/v1/authenticate/mfa' ? echo(`rejected ${r.body}`) : undefined),
        (s, _f, time) => time.run(s.getToken()),
        { mfa: true },
      ),
      await scenario(
        'MFA required without secret',
        undefined,
        (s, _f, time) => time.run(s.getToken()),
        {
          mfa: true,
          totpSecret: undefined,
        },
      ),
      await scenario(
        'otp callback throwing with the password',
        undefined,
        (s, _f, time) => time.run(s.getToken()),
        {
          mfa: true,
          totpSecret: undefined,
          otp: () => {
            throw new Error(`prompt failed for ${PASSWORD}`);
          },
        },
      ),
      await scenario(
        'rate limited',
        (r) =>
          r.path.startsWith('/api/v1/auth')
            ? json(429, { message: PASSWORD }, { 'retry-after': '5' })
            : undefined,
        (s, _f, time) => time.run(s.getToken()),
      ),
      await scenario(
        'refresh refused with the token echoed, then login refused',
        (() => {
          let logins = 0;
          return (r: Recorded) => {
            if (r.path === '/api/v1/token/refresh')
              return echo(`expired ${r.headers.get('authorization')}`);
            if (r.path === '/api/v1/authenticate' && logins++ > 0) return echo(`no ${PASSWORD}`);
            return undefined;
          };
        })(),
        async (s, _f, time) => {
          const token = await time.run(s.getToken());
          await time.advance(14 * 60_000);
          // Both renewals fail early: the still-valid token is kept until it expires.
          expect(await time.run(s.getToken())).toBe(token);
          await time.advance(2 * 60_000);
          return time.run(s.getToken());
        },
      ),
      await scenario(
        'network error mentioning the token and password',
        undefined,
        async (s, _f, time) => {
          const token = await time.run(s.getToken());
          return time.run(s.reauthenticate(token));
        },
        {
          wrapFetch: (f) => {
            let calls = 0;
            return async (request) => {
              if (calls++ === 0) return f(request);
              throw new TypeError(
                `socket hang up ${PASSWORD} ${RAW_SECRET} ${request.headers.get('authorization')}`,
              );
            };
          },
        },
      ),
      await scenario(
        'timeout',
        (r) => (r.path === '/api/v1/authenticate' ? new Promise<Response>(() => {}) : undefined),
        (s, _f, time) => time.run(s.getToken()),
      ),
      await scenario(
        'stream body that cannot be replayed',
        undefined,
        async (s, authFetch, time) => {
          await time.run(s.getToken());
          const body = new ReadableStream({
            start(c) {
              c.enqueue(new TextEncoder().encode('{}'));
              c.close();
            },
          });
          return time.run(
            authFetch(`${BASE_URL}/api/v1/upload`, {
              method: 'POST',
              body,
              headers: { authorization: 'x' },
            }),
          );
        },
        {
          wrapFetch: (f) => async (request) =>
            request.url.endsWith('/upload')
              ? json(401, { token: request.headers.get('authorization') })
              : f(request),
        },
      ),
      await scenario(
        'token store failing with the token in its message',
        undefined,
        (s, _f, time) => time.run(s.getToken()),
        {
          tokenStore: {
            get: () => undefined,
            set: (_k, v) => {
              throw new Error(`cannot save ${v.token}`);
            },
            delete: () => {},
          },
        },
      ),
    ];

    const dir = await mkdtemp(join(tmpdir(), 'plextrac-ts-secrets-'));
    const unsafe = join(dir, 'tokens.json');
    await writeFile(unsafe, JSON.stringify({ version: 1, tokens: {} }));
    await chmod(unsafe, 0o644);
    results.push(
      // Real file I/O: awaited directly, nothing waits on the fake clock.
      await scenario('unsafe token file', undefined, (s) => s.getToken(), {
        tokenStore: createFileTokenStore(unsafe),
      }),
    );
    await rm(dir, { recursive: true, force: true });

    const configErrors: unknown[] = [];
    for (const options of [
      { totpSecret: `${PASSWORD}!` },
      { baseUrl: `http://${PASSWORD}.example` },
    ]) {
      try {
        createSession({ baseUrl: BASE_URL, username: USERNAME, password: PASSWORD, ...options });
      } catch (error) {
        configErrors.push(error);
      }
    }
    expect(configErrors).toHaveLength(2);

    const everyThrown = [...results.map((r) => r.thrown).filter(Boolean), ...configErrors];
    expect(everyThrown.length).toBeGreaterThanOrEqual(9);
    for (const r of results) {
      const secrets = [PASSWORD, TOTP_SECRET, RAW_SECRET, ...r.server.tokens, ...r.server.cookies];
      const exposed = [
        ...views(r.thrown),
        ...r.events.flatMap(views),
        ...views(r.session),
        ...configErrors.flatMap(views),
      ];
      for (const text of exposed) {
        for (const secret of secrets) {
          if (text.includes(secret))
            throw new Error(`${r.name}: leaked a secret in ${text.slice(0, 300)}`);
        }
      }
    }
    // The scenarios really went down the failure paths they are named after.
    expect(results.map((r) => [r.name, (r.thrown as Error | undefined)?.name])).toEqual([
      ['bad credentials echoed by the server', 'AuthenticationError'],
      ['MFA rejected twice, server echoing the code and challenge', 'MfaError'],
      ['MFA required without secret', 'MfaRequiredError'],
      ['otp callback throwing with the password', 'MfaError'],
      ['rate limited', 'RateLimitError'],
      ['refresh refused with the token echoed, then login refused', 'AuthenticationError'],
      ['network error mentioning the token and password', 'PlexTracAuthError'],
      ['timeout', 'PlexTracAuthError'],
      ['stream body that cannot be replayed', undefined],
      ['token store failing with the token in its message', undefined],
      ['unsafe token file', 'ConfigurationError'],
    ]);
    const errorEvents = results.flatMap((r) => r.events.filter((e) => e.type === 'error'));
    expect(errorEvents.map((e) => e.type === 'error' && `${e.operation}:${e.error.name}`)).toEqual(
      expect.arrayContaining([
        'refresh:TokenRefreshError',
        'replay:ReplayError',
        'store:PlexTracAuthError',
        'store:ConfigurationError',
      ]),
    );
  });

  it('keeps the one-time MFA codes it submitted out of an MfaError whose server echoed them', async () => {
    const { thrown, events, server } = await scenario(
      'MFA rejected twice, the server echoing each submitted code',
      (r) =>
        r.path === '/api/v1/authenticate/mfa'
          ? echo(`code ${JSON.parse(r.body).token} is not valid`)
          : undefined,
      (s, _f, time) => time.run(s.getToken()),
      { mfa: true },
    );
    expect(thrown).toMatchObject({ name: 'MfaError' });
    const codes = server.requests
      .filter((r) => r.path === '/api/v1/authenticate/mfa')
      .map((r) => JSON.parse(r.body).token as string);
    expect(codes).toHaveLength(2);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    for (const text of [...views(thrown), ...events.flatMap(views)]) {
      for (const code of codes) expect(text).not.toContain(code);
    }
    expect(inspect(thrown, { depth: Infinity })).toContain('is not valid');
  });

  it('scrubs a password the server echoes across the point where its message is shortened', async () => {
    for (const pad of [150, 190, 195, 280, 290]) {
      const { thrown, events } = await scenario(
        `password echoed after ${pad} characters`,
        (r) =>
          r.path === '/api/v1/authenticate' ? echo(`${'x'.repeat(pad)}${PASSWORD}`) : undefined,
        (s, _f, time) => time.run(s.getToken()),
      );
      expect(thrown).toBeInstanceOf(Error);
      for (const text of [...views(thrown), ...events.flatMap(views)]) {
        expect(text).not.toContain(PASSWORD.slice(0, 8));
        expect(text).not.toContain(PASSWORD.slice(-8));
      }
    }
  });

  it('scrubs a password echoed JSON-escaped or URL-encoded, and any JWT it never saw', async () => {
    const password = 'pa"ss\\w0rd! &x';
    const stranger = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJvdGhlciJ9.${'s'.repeat(20)}`;
    const echoes = [
      JSON.stringify({ password }),
      encodeURIComponent(password),
      new URLSearchParams({ password }).toString(),
      `token ${stranger} is not yours`,
    ];
    for (const echoed of echoes) {
      const { thrown, events } = await scenario(
        `echo: ${echoed.slice(0, 20)}`,
        (r) => (r.path === '/api/v1/authenticate' ? echo(echoed) : undefined),
        (s, _f, time) => time.run(s.getToken()),
        { password },
      );
      expect(thrown).toBeInstanceOf(Error);
      for (const text of [...views(thrown), ...events.flatMap(views)]) {
        expect(text).not.toContain('w0rd');
        expect(text).not.toContain(stranger.slice(-24));
      }
    }
  });
  it('scrubs a password shorter than 4 characters that the server echoes', async () => {
    const { thrown } = await scenario(
      'echo: short password',
      (r) => (r.path === '/api/v1/authenticate' ? echo('bad password Zq9') : undefined),
      (s, _f, time) => time.run(s.getToken()),
      { password: 'Zq9' },
    );
    expect(thrown).toBeInstanceOf(Error);
    for (const text of views(thrown)) expect(text).not.toContain('Zq9');
  });
});
