import { inspect } from 'node:util';
import { createPlexTracClient } from '@plextrac-ts/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthFetch } from './create-auth-fetch.js';
import { ConfigurationError, ReplayError } from './errors.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { createTestSession } from './test-support/create-test-session.js';
import {
  BASE_URL,
  createFakePlexTrac,
  json,
  type Recorded,
  type Responder,
} from './test-support/fake-plextrac.js';
import { createFakeTime, flush } from './test-support/fake-time.js';
import type { AuthEvent } from './types.js';

beforeEach(() => resetAuthRateLimiter());

function setup(respond?: Responder) {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, { respond });
  const events: AuthEvent[] = [];
  const session = createTestSession(time, server, {
    onEvent: (e) => events.push(e),
  });
  const authFetch = createAuthFetch(session);
  const api = (r: Recorded) =>
    !r.path.startsWith('/api/v1/auth') && r.path !== '/api/v1/token/refresh';
  return {
    time,
    server,
    session,
    events,
    authFetch,
    apiRequests: () => server.requests.filter(api),
  };
}

describe('createAuthFetch headers', () => {
  it('adds the bearer token to requests for the session origin', async () => {
    const { time, server, authFetch, apiRequests } = setup();
    const response = await time.run(authFetch(`${BASE_URL}/api/v1/client/list`));
    expect(response.status).toBe(200);
    expect(apiRequests()[0]?.headers.get('authorization')).toBe(`Bearer ${server.tokens[0]}`);
  });

  it('never sends the token to another origin, and does not log in for it', async () => {
    const { time, server, authFetch } = setup();
    for (const url of [
      'https://evil.example/api/v1/client/list',
      'http://tenant.plextrac.example/api/v1/client/list',
      'https://tenant.plextrac.example.evil.example/api/v1/client/list',
    ]) {
      await time.run(authFetch(url));
    }
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) expect(r.headers.get('authorization')).toBeNull();
  });

  it.each([
    [false, 'false'],
    [0, '0'],
    [{ name: 'Acme' }, '{"name":"Acme"}'],
    [[], '[]'],
  ])('serializes the JSON body %j with Content-Type application/json', async (body, wire) => {
    const { time, authFetch, apiRequests } = setup();
    await time.run(authFetch(`${BASE_URL}/api/v1/client/create`, { method: 'POST', body }));
    const [sent] = apiRequests();
    expect(sent?.headers.get('content-type')).toBe('application/json');
    expect(sent?.body).toBe(wire);
  });

  it('marks a JSON string body without a Content-Type as application/json', async () => {
    const { time, authFetch, apiRequests } = setup();
    await time.run(authFetch(`${BASE_URL}/api/v1/x`, { method: 'POST', body: 'false' }));
    await time.run(
      authFetch(`${BASE_URL}/api/v1/x`, {
        method: 'POST',
        body: 'plain',
        headers: { 'content-type': 'text/plain' },
      }),
    );
    expect(apiRequests().map((r) => r.headers.get('content-type'))).toEqual([
      'application/json',
      'text/plain',
    ]);
  });

  it('sends no Content-Type on a request without a body', async () => {
    const { time, authFetch, apiRequests } = setup();
    await time.run(
      authFetch(`${BASE_URL}/api/v1/x`, { headers: { 'content-type': 'application/json' } }),
    );
    await time.run(authFetch(new Request(`${BASE_URL}/api/v1/y`, { method: 'DELETE' })));
    for (const r of apiRequests()) expect(r.headers.get('content-type')).toBeNull();
  });

  it('leaves FormData, Blob and URLSearchParams bodies to the runtime (multipart boundary intact)', async () => {
    const { time, authFetch, apiRequests } = setup();
    const form = new FormData();
    form.append('file', new Blob(['{"report":1}'], { type: 'application/json' }), 'r.ptrac');
    await time.run(
      authFetch(`${BASE_URL}/api/v1/client/1/report/import`, { method: 'POST', body: form }),
    );
    await time.run(
      authFetch(`${BASE_URL}/api/v1/b`, {
        method: 'POST',
        body: new Blob(['x'], { type: 'image/png' }),
      }),
    );
    await time.run(
      authFetch(`${BASE_URL}/api/v1/u`, { method: 'POST', body: new URLSearchParams({ a: '1' }) }),
    );
    const [multipart, blob, urlencoded] = apiRequests();
    const boundary = multipart?.headers
      .get('content-type')
      ?.match(/^multipart\/form-data; boundary=(.+)$/)?.[1];
    expect(boundary).toBeTruthy();
    expect(multipart?.body).toContain(`--${boundary}`);
    expect(multipart?.body).toContain('filename="r.ptrac"');
    expect(blob?.headers.get('content-type')).toBe('image/png');
    expect(urlencoded?.headers.get('content-type')).toContain('application/x-www-form-urlencoded');
  });

  it('keeps the body and Content-Type of a Request given with an init that has no body', async () => {
    const { time, authFetch, apiRequests } = setup();
    const request = new Request(`${BASE_URL}/api/v2/x`, {
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json' },
    });
    await time.run(authFetch(request, { signal: new AbortController().signal }));
    expect(apiRequests()[0]?.body).toBe('{"a":1}');
    expect(apiRequests()[0]?.headers.get('content-type')).toBe('application/json');
  });

  it("never writes the token (or anything else) into the caller's Request", async () => {
    const { time, authFetch, apiRequests } = setup();
    const request = new Request(`${BASE_URL}/api/v1/client/list`, {
      headers: { 'content-type': 'application/json', 'x-trace': '1' },
    });
    await time.run(authFetch(request));
    expect(apiRequests()[0]?.headers.get('authorization')).toMatch(/^Bearer /);
    expect(request.headers.get('authorization')).toBeNull();
    expect(request.headers.get('content-type')).toBe('application/json');
  });

  it("passes the caller's AbortSignal to the request", async () => {
    const { time, authFetch, apiRequests } = setup();
    const controller = new AbortController();
    await time.run(authFetch(`${BASE_URL}/api/v1/x`, { signal: controller.signal }));
    controller.abort();
    expect(apiRequests()[0]?.request.signal.aborted).toBe(true);
  });
});

describe('createAuthFetch URLs with credentials', () => {
  it('refuses user:password@ in the URL before any request, without quoting the password', async () => {
    const { authFetch, server, time } = setup();
    for (const url of [
      `https://u:hunter2@${new URL(BASE_URL).host}/api/v1/whoami`,
      new URL('https://u:hunter2@other.example/x'),
    ]) {
      const error = await time.run(authFetch(url)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(String(error)).toMatch(/contains credentials/);
      expect(inspect(error, { depth: Infinity })).not.toContain('hunter2');
    }
    expect(server.requests).toEqual([]);
  });

  it('refuses a URL with credentials in any spelling, parsable or not, without quoting the password', async () => {
    const { authFetch, server, time } = setup();
    const host = new URL(BASE_URL).host;
    for (const url of [
      `https://u:hunter2@${host}:99999/api/v1/whoami`, // port out of range
      `https://u:hunter2@${host}:undefined/api/v1/whoami`, // a template with a missing port
      `https://u:hunter2@ho st/x`,
      '//u:hunter2@other.example/x',
      `ht\ttps://u:hunter2@${host}:99999/x`, // URL drops tabs and newlines
      `\u0001https://u:hunter2@${host}:99999/x`, // and leading control characters
      `https:u:hunter2@${host}/x`, // a special scheme needs no slashes
      `https:/u:hunter2@${host}:99999/x`,
      `https:\\u:hunter2@${host}:99999/x`,
      `u:hunter2@${host}/x`,
      `https://u:hunter2\uFF20${host}/x`, // a fullwidth @: does not parse, fetch would quote it
      `https://u:hunter2\uFE6B${host}/x`, // a small commercial at
    ]) {
      const error = await time.run(authFetch(url)).catch((caught: unknown) => caught);
      expect(inspect(error, { depth: Infinity }), url).not.toContain('hunter2');
      expect(String(error), url).toMatch(/contains credentials|holds an @/);
      expect(error, url).toBeInstanceOf(ConfigurationError);
    }
    expect(server.requests).toEqual([]);
  });

  it('still sends a URL whose query holds an @ (an email address)', async () => {
    const { authFetch, apiRequests, time } = setup();
    const response = await time.run(authFetch(`${BASE_URL}/api/v1/whoami?email=a@b.example`));
    expect(response.status).toBe(200);
    expect(apiRequests()[0]?.headers.get('authorization')).toMatch(/^Bearer /);
  });
});

describe('createAuthFetch 401 replay', () => {
  it('re-authenticates once and replays the identical request with the new token', async () => {
    const { time, server, session, events, authFetch, apiRequests } = setup();
    const old = await time.run(session.getToken());
    server.revoke(old);
    const response = await time.run(
      authFetch(`${BASE_URL}/api/v1/client/9?x=1`, {
        method: 'PUT',
        body: { name: 'Acme', tags: [] },
        headers: { 'x-trace': 'abc' },
      }),
    );
    expect(response.status).toBe(200);
    const [first, replay] = apiRequests();
    expect(first?.headers.get('authorization')).toBe(`Bearer ${old}`);
    expect(replay?.headers.get('authorization')).toBe(`Bearer ${server.tokens[1]}`);
    for (const sent of [first, replay]) {
      expect(sent?.method).toBe('PUT');
      expect(sent?.url).toBe(`${BASE_URL}/api/v1/client/9?x=1`);
      expect(sent?.headers.get('x-trace')).toBe('abc');
      expect(sent?.headers.get('content-type')).toBe('application/json');
      expect(sent?.body).toBe('{"name":"Acme","tags":[]}');
    }
    expect(session.stats).toMatchObject({ logins: 2, replays: 1 });
    expect(events.at(-1)).toMatchObject({
      type: 'replay',
      method: 'PUT',
      path: '/api/v1/client/9',
      status: 200,
    });
  });

  it('replays a Request object with its body (as hey-api sends them)', async () => {
    const { time, server, session, authFetch, apiRequests } = setup();
    server.revoke(await time.run(session.getToken()));
    const request = new Request(`${BASE_URL}/api/v2/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pagination: { offset: 0, limit: 5 } }),
    });
    expect((await time.run(authFetch(request))).status).toBe(200);
    expect(apiRequests().map((r) => r.body)).toEqual([
      '{"pagination":{"offset":0,"limit":5}}',
      '{"pagination":{"offset":0,"limit":5}}',
    ]);
  });

  it('returns a second 401 to the caller instead of looping', async () => {
    const { time, server, authFetch, apiRequests } = setup((r) =>
      r.path === '/api/v1/forbidden' ? json(401, { error: 'Unauthorized' }) : undefined,
    );
    const response = await time.run(authFetch(`${BASE_URL}/api/v1/forbidden`));
    expect(response.status).toBe(401);
    expect(apiRequests()).toHaveLength(2);
    expect(server.authRequests()).toHaveLength(2);
  });

  it('a 401 for a token that was already replaced replays with the new one, without re-auth', async () => {
    let release: (() => void) | undefined;
    let slowCalls = 0;
    const { time, server, session, authFetch, apiRequests } = setup(async (r) => {
      if (r.path !== '/api/v1/slow' || slowCalls++ > 0) return undefined;
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return json(401, {});
    });
    const old = await time.run(session.getToken());
    const slow = authFetch(`${BASE_URL}/api/v1/slow?once`);
    await flush();
    const fresh = await time.run(session.reauthenticate(old));
    const authBefore = server.authRequests().length;
    release?.();
    const response = await time.run(slow);
    expect(response.status).toBe(200);
    expect(server.authRequests()).toHaveLength(authBefore);
    expect(apiRequests().map((r) => r.headers.get('authorization'))).toEqual([
      `Bearer ${old}`,
      `Bearer ${fresh}`,
    ]);
  });

  it('20 concurrent 401s with the same token share one re-login', async () => {
    const { time, server, session, authFetch } = setup();
    server.revoke(await time.run(session.getToken()));
    const responses = await time.run(
      Promise.all(Array.from({ length: 20 }, (_, i) => authFetch(`${BASE_URL}/api/v1/r/${i}`))),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    expect(server.authRequests()).toHaveLength(2);
  });

  it('returns the 401 of a stream body it cannot replay, with an error event', async () => {
    const { time, server, session, events, authFetch, apiRequests } = setup();
    const old = await time.run(session.getToken());
    server.revoke(old);
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"big":true}'));
        controller.close();
      },
    });
    const response = await time.run(
      authFetch(`${BASE_URL}/api/v1/upload`, { method: 'POST', body }),
    );
    expect(response.status).toBe(401);
    expect(apiRequests()).toHaveLength(1);
    expect(apiRequests()[0]?.body).toBe('{"big":true}');
    const error = events.find((e) => e.type === 'error');
    expect(error?.type === 'error' && error.error).toBeInstanceOf(ReplayError);
    expect(error).toMatchObject({ operation: 'replay' });
    await time.run(authFetch(`${BASE_URL}/api/v1/next`));
    expect(apiRequests().at(-1)?.headers.get('authorization')).toBe(`Bearer ${server.tokens[1]}`);
  });

  it('raises the AuthenticationError when the re-login itself is refused', async () => {
    let refuse = false;
    const { time, server, session, authFetch } = setup((r) =>
      refuse && r.path === '/api/v1/authenticate' ? json(401, { status: 'error' }) : undefined,
    );
    server.revoke(await time.run(session.getToken()));
    refuse = true;
    await expect(time.run(authFetch(`${BASE_URL}/api/v1/x`))).rejects.toMatchObject({
      name: 'AuthenticationError',
    });
  });
});

describe('createAuthFetch with a standard fetch', () => {
  const originalFetch = globalThis.fetch;
  afterEach(() => {
    globalThis.fetch = originalFetch;
  });

  it('passes extra init members (openapi-fetch requestInitExt) to the fetch with every send', async () => {
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const seen: unknown[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push((init as { dispatcher?: unknown } | undefined)?.dispatcher);
      return server.fetch(new Request(input, init));
    }) as typeof fetch;
    const authFetch = createAuthFetch(createTestSession(time, {}));
    const requestInitExt = { dispatcher: 'PROXY' } as never;
    for (const baseUrl of [BASE_URL, 'https://other.example']) {
      const client = createPlexTracClient({ baseUrl, fetch: authFetch, requestInitExt });
      await time.run(client.GET('/api/v1/client/list'));
    }
    expect(seen).toEqual([undefined, 'PROXY', 'PROXY']); // the login, then both API calls
  });
});
