import { createServer, type Server } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations } from './expect-no-violations.js';
import { readViolations } from './read-violations.js';
import type { PrismServer } from './start-prism.js';
import { startProxy } from './start-proxy.js';
import { tinySpec } from './test-support/paths.js';

let upstream: Server;
let upstreamUrl: string;
const hits: string[] = [];
let strict: PrismServer;
let lenient: PrismServer;
const get = (url: string, init?: RequestInit) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(5000) });

beforeAll(async () => {
  upstream = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.setHeader('content-type', 'application/json');
    if (request.url?.endsWith('/broken-example')) response.end('{"ok":');
    else response.end(request.url === '/ping' ? '{"ok":"not a boolean"}' : '{"ok":true}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const address = upstream.address();
  upstreamUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  [strict, lenient] = await Promise.all([
    startProxy(upstreamUrl, { spec: tinySpec }),
    startProxy(upstreamUrl, { spec: tinySpec, errors: false }),
  ]);
});

afterAll(async () => {
  await Promise.all([strict?.stop(), lenient?.stop()]);
  await new Promise((resolve) => upstream.close(resolve));
});

describe('startProxy', () => {
  it('forwards a valid exchange with no violations', async () => {
    const response = await get(`${strict.url}/secret`, { headers: { Authorization: 't' } });
    expect(response.status).toBe(200);
    await expectNoViolations(response);
    expect(hits).toContain('GET /secret');
  });

  it('turns an upstream body that breaks the spec into a #VIOLATIONS 500 with --errors', async () => {
    const response = await get(`${strict.url}/ping`);
    expect(response.status).toBe(500);
    const violations = await readViolations(response);
    expect(violations.map((violation) => violation.location.join('.'))).toContain(
      'response.body.ok',
    );
  });

  it('passes the upstream answer through with an sl-violations header without --errors', async () => {
    const response = await get(`${lenient.url}/ping`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: 'not a boolean' });
    await expect(expectNoViolations(response)).rejects.toThrow(/response\.body\.ok/);
  });

  it('answers 401 itself when the token is missing, without calling upstream, and reports it', async () => {
    const before = hits.length;
    const response = await get(`${strict.url}/secret`);
    expect(response.status).toBe(401);
    expect(hits).toHaveLength(before);
    await expect(expectNoViolations(response)).rejects.toThrow(
      /the request broke the contract; Prism answered 401 UNAUTHORIZED itself/,
    );
  });

  it("reports Prism's 500 FetchError when the upstream answers truncated JSON", async () => {
    const response = await get(`${strict.url}/broken-example`);
    expect(response.status).toBe(500);
    await expect(expectNoViolations(response)).rejects.toThrow(
      /Prism could not read the upstream's answer \(invalid json response body/,
    );
  });

  it('keeps the path prefix of the upstream URL', async () => {
    const prefixed = await startProxy(`${upstreamUrl}/plextrac/`, { spec: tinySpec });
    try {
      const response = await get(`${prefixed.url}/secret`, { headers: { Authorization: 't' } });
      expect(response.status).toBe(200);
      await expectNoViolations(response);
      expect(hits.at(-1)).toBe('GET /plextrac/secret');
    } finally {
      await prefixed.stop();
    }
  });

  it('rejects an upstream that is not an absolute http(s) URL', async () => {
    await expect(startProxy('tenant.plextrac.com')).rejects.toThrow(
      /needs an absolute http\(s\) upstream URL/,
    );
    await expect(startProxy('ftp://tenant.plextrac.com')).rejects.toThrow(/got ftp:/);
  });

  it.each([
    ['credentials', 'https://jane:hunter2@tenant.plextrac.com', /with credentials/],
    ['a user name', 'https://jane@tenant.plextrac.com', /with credentials/],
    ['a query', 'https://tenant.plextrac.com/?tenant=1', /with a query or fragment/],
    ['an empty query', 'https://tenant.plextrac.com/?', /with a query or fragment/],
    ['a fragment', 'https://tenant.plextrac.com/#x', /with a query or fragment/],
  ])('refuses an upstream URL with %s before starting Prism', async (_name, url, message) => {
    const error = await startProxy(url).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/^\[@plextrac-ts\/contract\] startProxy refuses/);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('hunter2');
  });
  it('refuses an unparsable upstream URL with credentials without keeping them anywhere', async () => {
    const error = await startProxy('https://jane:hunter2@tenant.plextrac.com:99999').catch(
      (caught: Error) => caught,
    );
    expect((error as Error).message).toMatch(/needs an absolute http\(s\) upstream URL/);
    expect(inspect(error, { depth: Infinity })).not.toContain('hunter2');
  });
});
