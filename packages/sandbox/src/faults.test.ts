import { describe, expect, it } from 'vitest';
import { createFaultSwitch } from './faults.js';
import { startTestSandbox } from './test-support/start-test-sandbox.js';

describe('fault kinds on a live sandbox', () => {
  it.each([500, 502, 503])('answers %i with a JSON error body', async (status) => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    sandbox.faults.set('listClients', { status });
    const result = await call('GET', '/api/v1/client/list');
    expect(result.status).toBe(status);
    expect(result.headers.get('content-type')).toBe('application/json');
    expect(result.json).toMatchObject({ statusCode: status });
  });

  it('answers 429 with Retry-After in seconds, as an HTTP date, or without it', async () => {
    const { call, sandbox } = await startTestSandbox();
    const date = new Date(Date.UTC(2030, 0, 1));
    sandbox.faults.set('authenticate', { status: 429, retryAfter: 7 }, { times: 1 });
    sandbox.faults.set('authenticate', { status: 429, retryAfter: date }, { times: 1 });
    sandbox.faults.set(
      'authenticate',
      { status: 429, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' },
      { times: 1 },
    );
    sandbox.faults.set('authenticate', { status: 429 }, { times: 1 });
    const headers: Array<string | null> = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await call('POST', '/api/v1/authenticate', { json: {} });
      expect(result.status).toBe(429);
      headers.push(result.headers.get('retry-after'));
    }
    expect(headers).toEqual(['7', date.toUTCString(), 'Wed, 21 Oct 2015 07:28:00 GMT', null]);
  });

  it('forces a 401 even with a valid token', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    sandbox.faults.set('getWhoami', { status: 401 }, { times: 1 });
    expect((await call('GET', '/api/v1/user/whoami')).status).toBe(401);
    expect((await call('GET', '/api/v1/user/whoami')).status).toBe(200);
  });

  it("answers 'malformed-json' with a 200 JSON body that does not parse", async () => {
    const { call, sandbox } = await startTestSandbox();
    sandbox.faults.set('getHealth', 'malformed-json');
    const result = await call('GET', '/api/v1/');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/json');
    expect(() => JSON.parse(result.text)).toThrow(SyntaxError);
  });

  it("answers 'html' with a text/html error page", async () => {
    const { call, sandbox } = await startTestSandbox();
    sandbox.faults.set('getHealth', 'html');
    const result = await call('GET', '/api/v1/');
    expect(result.status).toBe(502);
    expect(result.headers.get('content-type')).toMatch(/^text\/html/);
    expect(result.text).toContain('<html>');
  });

  it("answers 'empty-json' with an empty body and a JSON content type", async () => {
    const { call, sandbox } = await startTestSandbox();
    sandbox.faults.set('getHealth', 'empty-json');
    const result = await call('GET', '/api/v1/');
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toBe('application/json');
    expect(result.bytes.byteLength).toBe(0);
  });

  it("drops the connection on 'reset'", async () => {
    const { call, sandbox } = await startTestSandbox();
    sandbox.faults.set('getHealth', 'reset', { times: 1 });
    await expect(call('GET', '/api/v1/')).rejects.toThrow(TypeError);
    expect((await call('GET', '/api/v1/')).status).toBe(200);
  });

  it("never answers on 'hang' until stop() ends the request", async () => {
    const { call, sandbox } = await startTestSandbox();
    sandbox.faults.set('getHealth', 'hang');
    let settled = false;
    const pending = call('GET', '/api/v1/').finally(() => {
      settled = true;
    });
    await expect.poll(() => sandbox.stats.count('getHealth')).toBe(1);
    expect(settled).toBe(false);
    await sandbox.stop();
    await expect(pending).rejects.toThrow();
  });

  it('skips the handler: a faulted create stores nothing', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    sandbox.faults.set('createClient', { status: 503 }, { times: 1 });
    expect((await call('POST', '/api/v1/client/create', { json: { name: 'Ghost' } })).status).toBe(
      503,
    );
    expect((await call('GET', '/api/v1/client/list')).json).toEqual([]);
  });
});

describe('fault rules', () => {
  const request = (method: string, path: string, operationId?: string) => ({
    method,
    path,
    operationId,
  });

  it('match an operationId, a method and path pattern, a bare path, a ** tail and a predicate', () => {
    const { faults, take } = createFaultSwitch();
    faults.set('getClient', { status: 500 });
    faults.set('PUT /api/v1/client/{clientId}/asset/*', { status: 502 });
    faults.set('/api/v1/tenant/{id}/tag', { status: 503 });
    faults.set('* /api/v2/**', 'html');
    faults.set((r) => r.path.endsWith('/whoami'), 'reset');
    expect(take(request('GET', '/api/v1/client/12', 'getClient'))).toEqual({ status: 500 });
    expect(take(request('PUT', '/api/v1/client/12/asset/0'))).toEqual({ status: 502 });
    expect(take(request('GET', '/api/v1/client/12/asset/0'))).toBeUndefined();
    expect(take(request('POST', '/api/v1/tenant/0/tag'))).toEqual({ status: 503 });
    expect(take(request('POST', '/api/v2/clients/1/assets'))).toBe('html');
    expect(take(request('GET', '/api/v1/user/whoami'))).toBe('reset');
    expect(take(request('GET', '/api/v1/client/list', 'listClients'))).toBeUndefined();
  });

  it('apply in the order set, count hits, expire after `times`, and clear', () => {
    const { faults, take } = createFaultSwitch();
    const first = faults.set('getHealth', { status: 500 }, { times: 2 });
    faults.set('getHealth', 'empty-json', { times: 1 });
    const seen = [1, 2, 3, 4].map(() => take(request('GET', '/api/v1/', 'getHealth')));
    expect(seen).toEqual([{ status: 500 }, { status: 500 }, 'empty-json', undefined]);
    expect(first.hits).toBe(2);
    expect(first.remaining).toBe(0);
    expect(faults.rules).toHaveLength(0);
    const rule = faults.set('getHealth', 'hang');
    faults.tokenSkewMs = 5_000;
    rule.remove();
    expect(faults.rules).toHaveLength(0);
    faults.set('getHealth', 'hang');
    faults.clear();
    expect([faults.rules.length, faults.tokenSkewMs]).toEqual([0, 0]);
  });

  it('reject an unknown fault, a bad `times`, an empty matcher, an unknown operation and a negative skew', () => {
    const { faults } = createFaultSwitch(['getHealth']);
    expect(() => faults.set('getHelth', 'hang')).toThrow(/no operation named getHelth/);
    // @ts-expect-error not a fault kind
    expect(() => faults.set('getHealth', 'explode')).toThrow(/unknown fault/);
    expect(() => faults.set('getHealth', { status: 99 })).toThrow(/unknown fault/);
    expect(() => faults.set('getHealth', 'hang', { times: 0 })).toThrow(/positive integer/);
    expect(() => faults.set('  ', 'hang')).toThrow(/matcher/);
    expect(() => {
      faults.tokenSkewMs = -1;
    }).toThrow(/tokenSkewMs/);
  });

  it.each([
    ['NaN', Number.NaN],
    ['a negative number', -1],
    ['a fraction', 1.5],
    ['an invalid Date', new Date('not a date')],
    ['a string with CRLF', '5\r\nSet-Cookie: x=1'],
    ['an empty string', ''],
  ])('refuse a Retry-After of %s instead of sending it', (_name, retryAfter) => {
    const { faults } = createFaultSwitch(['authenticate']);
    expect(() => faults.set('authenticate', { status: 429, retryAfter })).toThrow(
      /^\[@plextrac-ts\/sandbox\] faults\.set: retryAfter must be/,
    );
    expect(faults.rules).toHaveLength(0);
  });

  it.each([301, 302, 307, 308])('refuse a %i redirect, which would have no Location', (status) => {
    const { faults } = createFaultSwitch(['getHealth']);
    expect(() => faults.set('getHealth', { status })).toThrow(
      /status \d+ is a redirect, which needs a Location .*; use a 2xx, 4xx or 5xx status/,
    );
  });
});
