import { beforeEach, describe, expect, it } from 'vitest';
import { createSdkAuth } from './create-sdk-auth.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { createTestSession } from './test-support/create-test-session.js';
import { createFakePlexTrac } from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

/** The slice of hey-api's fetch client Config that matters here (same types). */
interface HeyApiConfig {
  baseUrl?: string;
  fetch?: typeof fetch;
  headers?: Record<string, string | null>;
}

/**
 * A tiny stand-in for @hey-api/openapi-ts 0.99's fetch client: JSON-serializes any body that
 * is not undefined (so `false` and `0` too), drops Content-Type without a body, honours
 * `Content-Type: null` for multipart, builds a Request and calls `config.fetch(request)`.
 */
function createHeyApiLikeClient() {
  let config: HeyApiConfig = { headers: { 'Content-Type': 'application/json' } };
  return {
    setConfig(next: HeyApiConfig) {
      config = { ...config, ...next, headers: { ...config.headers, ...next.headers } };
    },
    async request(options: { method: string; url: string; body?: unknown; form?: boolean }) {
      const headers = new Headers();
      for (const [k, v] of Object.entries(config.headers ?? {})) if (v !== null) headers.set(k, v);
      if (options.form) headers.delete('Content-Type');
      const serialized =
        options.body === undefined
          ? undefined
          : options.form
            ? (options.body as FormData)
            : JSON.stringify(options.body);
      if (options.body === undefined) headers.delete('Content-Type');
      const request = new Request(`${config.baseUrl}${options.url}`, {
        method: options.method,
        headers,
        body: serialized ?? null,
        redirect: 'follow',
      });
      const response = await (config.fetch ?? globalThis.fetch)(request);
      return { data: response.ok ? await response.json() : undefined, response };
    },
  };
}

beforeEach(() => resetAuthRateLimiter());

function setup() {
  const time = createFakeTime();
  const server = createFakePlexTrac(time);
  const session = createTestSession(time, server);
  const client = createHeyApiLikeClient();
  client.setConfig(createSdkAuth(session));
  const apiRequests = () => server.requests.filter((r) => !r.path.startsWith('/api/v1/auth'));
  return { time, server, session, client, apiRequests };
}

describe('createSdkAuth with a hey-api style client', () => {
  it('sets baseUrl and a fetch that authenticates every call', async () => {
    const { time, server, client, apiRequests } = setup();
    const { data } = await time.run(client.request({ method: 'GET', url: '/api/v1/client/list' }));
    expect(data).toEqual({ ok: true, path: '/api/v1/client/list' });
    expect(apiRequests()[0]?.headers.get('authorization')).toBe(`Bearer ${server.tokens[0]}`);
    expect(apiRequests()[0]?.headers.get('content-type')).toBeNull();
  });

  it.each([
    [false, 'false'],
    [0, '0'],
  ])('sends the falsy JSON body %j with Content-Type application/json', async (body, wire) => {
    const { time, client, apiRequests } = setup();
    await time.run(client.request({ method: 'POST', url: '/api/v1/client/create', body }));
    expect(apiRequests()[0]?.headers.get('content-type')).toBe('application/json');
    expect(apiRequests()[0]?.body).toBe(wire);
  });

  it('keeps the multipart boundary of a FormData body', async () => {
    const { time, client, apiRequests } = setup();
    const form = new FormData();
    form.append('file', new Blob(['x']), 'a.png');
    await time.run(
      client.request({
        method: 'POST',
        url: '/api/v1/file-manager/upload',
        body: form,
        form: true,
      }),
    );
    expect(apiRequests()[0]?.headers.get('content-type')).toMatch(
      /^multipart\/form-data; boundary=/,
    );
  });

  it('replays a 401 once with the same body', async () => {
    const { time, server, session, client, apiRequests } = setup();
    server.revoke(await time.run(session.getToken()));
    const { response } = await time.run(
      client.request({
        method: 'POST',
        url: '/api/v2/clients',
        body: { pagination: { offset: 0, limit: 5 } },
      }),
    );
    expect(response.status).toBe(200);
    const [first, replay] = apiRequests();
    expect(replay?.body).toBe(first?.body);
    expect(replay?.headers.get('authorization')).toBe(`Bearer ${server.tokens[1]}`);
  });
});
