import { beforeEach, describe, expect, it } from 'vitest';
import { createAuthFetch } from './create-auth-fetch.js';
import { createAuthMiddleware } from './create-auth-middleware.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { createTestSession } from './test-support/create-test-session.js';
import { BASE_URL, createFakePlexTrac } from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

beforeEach(() => resetAuthRateLimiter());

function setup() {
  const time = createFakeTime();
  const server = createFakePlexTrac(time);
  const session = createTestSession(time, server);
  return { time, server, session };
}

/** A standard fetch that records how it was called, answering through the fake server. */
function recordingFetch(server: ReturnType<typeof createFakePlexTrac>) {
  const calls: { input: unknown; init: RequestInit | undefined }[] = [];
  const fetch = (input: Request | string, init?: RequestInit) => {
    calls.push({ input, init });
    return server.fetch(new Request(input, init));
  };
  return { calls, fetch };
}

describe('createAuthFetch with a standard fetch', () => {
  it('passes (url, init) on without building a Request, with the Authorization added', async () => {
    const { time, server, session } = setup();
    const standard = recordingFetch(server);
    const authFetch = createAuthFetch(session, { fetch: standard.fetch });
    const url = `${BASE_URL}/api/v1/client/list?x=1`;
    const response = await time.run(authFetch(url, { headers: { 'x-trace': 'abc' } }));
    expect(response.status).toBe(200);
    const [call] = standard.calls;
    expect(call?.input).toBe(url);
    const headers = new Headers(call?.init?.headers);
    expect(headers.get('authorization')).toBe(`Bearer ${server.tokens[0]}`);
    expect(headers.get('x-trace')).toBe('abc');
  });

  it('replays a 401 with the same URL, method, headers and body and a new token', async () => {
    const { time, server, session } = setup();
    const standard = recordingFetch(server);
    const authFetch = createAuthFetch(session, { fetch: standard.fetch });
    server.revoke(await time.run(session.getToken()));
    const url = `${BASE_URL}/api/v1/client/9`;
    const response = await time.run(
      authFetch(url, { method: 'put', body: { name: 'Acme' }, headers: { 'x-trace': 'abc' } }),
    );
    expect(response.status).toBe(200);
    const sent = standard.calls.map((c) => ({ ...c.init, headers: new Headers(c.init?.headers) }));
    expect(standard.calls.map((c) => c.input)).toEqual([url, url]);
    expect(sent.map((i) => i.headers.get('authorization'))).toEqual(
      server.tokens.map((t) => `Bearer ${t}`),
    );
    for (const init of sent) {
      expect(init.method).toBe('put');
      expect(init.body).toBe('{"name":"Acme"}');
      expect(init.headers.get('content-type')).toBe('application/json');
      expect(init.headers.get('x-trace')).toBe('abc');
    }
  });

  it('sends other origins as called, without a token or a login', async () => {
    const { time, server, session } = setup();
    const standard = recordingFetch(server);
    const authFetch = createAuthFetch(session, { fetch: standard.fetch });
    await time.run(authFetch('https://other.example/api/v1/client/list'));
    expect(server.authRequests()).toHaveLength(0);
    expect(new Headers(standard.calls[0]?.init?.headers).get('authorization')).toBeNull();
  });
});

describe('createAuthMiddleware on a warm token', () => {
  it('sets Authorization on the bodiless request itself instead of copying it', async () => {
    const { time, server, session } = setup();
    await time.run(session.getToken());
    const middleware = createAuthMiddleware(session);
    const request = new Request(`${BASE_URL}/api/v1/client/list`);
    expect(await middleware.onRequest({ request })).toBeUndefined();
    expect(request.headers.get('authorization')).toBe(`Bearer ${server.tokens[0]}`);
  });

  it('copies a no-cors request, whose headers would drop Authorization', async () => {
    const { time, server, session } = setup();
    await time.run(session.getToken());
    const middleware = createAuthMiddleware(session);
    const request = new Request(`${BASE_URL}/api/v1/client/list`, { mode: 'no-cors' });
    const sent = await middleware.onRequest({ request });
    expect(sent).toBeInstanceOf(Request);
    expect(sent?.headers.get('authorization')).toBe(`Bearer ${server.tokens[0]}`);
  });

  it('treats an unusual same-origin URL like the URL parser does', async () => {
    const { session } = setup();
    expect(session.appliesTo(`${BASE_URL}/api/v1/x/../authenticate`)).toBe(false);
    expect(session.appliesTo(`${BASE_URL}/api/v1/authenticate?next=1`)).toBe(false);
    expect(session.appliesTo(`${BASE_URL}/api/v1/client/list?q=a`)).toBe(true);
    expect(session.appliesTo(`${BASE_URL.toUpperCase()}/api/v1/client/list`)).toBe(true);
  });
});
