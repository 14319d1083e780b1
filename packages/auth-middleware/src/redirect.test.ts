import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthFetch } from './create-auth-fetch.js';
import { createSession } from './create-session.js';
import { PlexTracAuthError } from './errors.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { makeJwt, PASSWORD, USERNAME } from './test-support/fake-plextrac.js';

const servers: Server[] = [];

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeEach(() => resetAuthRateLimiter());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('redirects with the real fetch (undici)', () => {
  it('drops Authorization on a cross-origin redirect and keeps it on a same-origin one', async () => {
    const seen: Record<string, IncomingHttpHeaders> = {};
    const other = await listen((req, res) => {
      seen.other = req.headers;
      res.end('{}');
    });
    const token = makeJwt({
      iat: Math.floor(Date.now() / 1000),
      exp: Math.floor(Date.now() / 1000) + 900,
    });
    const api = await listen((req, res) => {
      if (req.url === '/api/v1/authenticate') {
        res.setHeader('content-type', 'application/json');
        return res.end(JSON.stringify({ status: 'success', tenant_id: 0, token }));
      }
      if (req.url === '/away') {
        res.writeHead(302, { location: `${other}/landing` });
        return res.end();
      }
      if (req.url === '/here') {
        res.writeHead(302, { location: '/landing' });
        return res.end();
      }
      seen.same = req.headers;
      res.end('{}');
    });
    const session = createSession({ baseUrl: api, username: USERNAME, password: PASSWORD });
    const authFetch = createAuthFetch(session);
    expect((await authFetch(`${api}/away`)).status).toBe(200);
    expect((await authFetch(`${api}/here`)).status).toBe(200);
    expect(seen.other?.authorization).toBeUndefined();
    expect(seen.same?.authorization).toBe(`Bearer ${token}`);
  });

  it('follows a 307 with the request body, through createAuthFetch and after a 401 replay', async () => {
    const { api, authFetch, bodies } = await redirectingApi();
    const init = { method: 'POST', body: { name: 'Acme' } };
    expect((await authFetch(`${api}/moved`, init)).status).toBe(200);
    expect((await authFetch(`${api}/moved`, init)).status).toBe(200);
    expect(bodies).toEqual(['{"name":"Acme"}', '{"name":"Acme"}']);
  });

  it.each([
    ['a Uint8Array', () => new TextEncoder().encode('bytes')],
    ['an ArrayBuffer', () => new TextEncoder().encode('bytes').buffer],
    ['a DataView', () => new DataView(new TextEncoder().encode('bytes').buffer)],
    [
      'a Uint8Array at an offset into a larger buffer',
      () => new TextEncoder().encode('xxbytesyy').subarray(2, 7),
    ],
    [
      "another realm's ArrayBuffer",
      () =>
        runInNewContext(
          'const b = new ArrayBuffer(5); new Uint8Array(b).set([98, 121, 116, 101, 115]); b',
        ),
    ],
    [
      'a SharedArrayBuffer',
      () => {
        const shared = new SharedArrayBuffer(5);
        new Uint8Array(shared).set(new TextEncoder().encode('bytes'));
        return shared;
      },
    ],
  ])('follows a 307 and a 308 with %s body, after a 401 replay too', async (_kind, makeBody) => {
    const { api, authFetch, bodies } = await redirectingApi();
    const body = makeBody();
    expect((await authFetch(`${api}/moved`, { method: 'POST', body })).status).toBe(200);
    expect((await authFetch(`${api}/gone`, { method: 'POST', body })).status).toBe(200);
    expect(bodies).toEqual(['bytes', 'bytes']);
  });
});

/**
 * An API that logs in, answers /moved with a 307 and /gone with a 308 to /landing, rejects the
 * first call it gets there with a 401, and records the body of every other one.
 */
async function redirectingApi() {
  const bodies: string[] = [];
  const token = makeJwt({
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 900,
  });
  let rejectOnce = true;
  const api = await listen(async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    if (req.url === '/api/v1/authenticate') {
      res.setHeader('content-type', 'application/json');
      return res.end(JSON.stringify({ status: 'success', tenant_id: 0, token }));
    }
    if (req.url === '/moved' || req.url === '/gone') {
      res.writeHead(req.url === '/moved' ? 307 : 308, { location: '/landing' });
      return res.end();
    }
    if (rejectOnce) {
      rejectOnce = false;
      res.writeHead(401);
      return res.end();
    }
    bodies.push(text);
    res.end('{}');
  });
  const session = createSession({ baseUrl: api, username: USERNAME, password: PASSWORD });
  return { api, bodies, authFetch: createAuthFetch(session) };
}

describe('redirects of the login itself', () => {
  it('never follows a 307/308 of POST /api/v1/authenticate: the password stays with the instance', async () => {
    const received: string[] = [];
    const other = await listen(async (req, res) => {
      let text = '';
      for await (const chunk of req) text += chunk;
      received.push(`${req.method} ${req.url} ${text}`);
      res.end('{}');
    });
    for (const status of [307, 308]) {
      const api = await listen((_req, res) => {
        res.writeHead(status, { location: `${other}/api/v1/authenticate` });
        res.end();
      });
      const session = createSession({ baseUrl: api, username: USERNAME, password: PASSWORD });
      const error = await session.getToken().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PlexTracAuthError);
      expect((error as Error).message).toContain(`was redirected (HTTP ${status}) to ${other}`);
      expect((error as Error).message).not.toContain(PASSWORD);
    }
    expect(received).toEqual([]);
  });
});
