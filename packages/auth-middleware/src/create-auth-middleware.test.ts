import createClient from 'openapi-fetch';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAuthMiddleware } from './create-auth-middleware.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { createTestSession } from './test-support/create-test-session.js';
import { BASE_URL, createFakePlexTrac, json, type Recorded } from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

type Json = { 'application/json': unknown };
type Ok = { responses: { 200: { content: Json } } };
/** Just enough of the PlexTrac paths for a real openapi-fetch client. */
interface paths {
  '/api/v1/client/list': { get: Ok };
  '/api/v1/client/create': {
    post: Ok & { requestBody: { content: { 'application/json': unknown } } };
  };
  '/api/v1/client/{clientId}/report/import': {
    post: Ok & {
      parameters: { path: { clientId: number } };
      requestBody: { content: { 'multipart/form-data': FormData } };
    };
  };
}

beforeEach(() => resetAuthRateLimiter());

function setup(respond?: (r: Recorded) => Response | undefined, baseUrl = BASE_URL) {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, { respond });
  const session = createTestSession(time, server);
  const client = createClient<paths>({ baseUrl, fetch: server.fetch });
  client.use(createAuthMiddleware(session));
  const apiRequests = () => server.requests.filter((r) => !r.path.startsWith('/api/v1/auth'));
  return { time, server, session, client, apiRequests };
}

describe('createAuthMiddleware with a real openapi-fetch client', () => {
  it('adds the Authorization header and returns the typed data', async () => {
    const { time, server, client, apiRequests } = setup();
    const { data, response } = await time.run(client.GET('/api/v1/client/list'));
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true, path: '/api/v1/client/list' });
    expect(apiRequests()[0]?.headers.get('authorization')).toBe(`Bearer ${server.tokens[0]}`);
    expect(apiRequests()[0]?.headers.get('content-type')).toBeNull();
  });

  it.each([
    [false, 'false'],
    [0, '0'],
  ])('sends the falsy JSON body %j with Content-Type application/json', async (body, wire) => {
    const { time, client, apiRequests } = setup();
    await time.run(client.POST('/api/v1/client/create', { body }));
    expect(apiRequests()[0]?.headers.get('content-type')).toBe('application/json');
    expect(apiRequests()[0]?.body).toBe(wire);
  });

  it('keeps the multipart boundary of a FormData body', async () => {
    const { time, client, apiRequests } = setup();
    const form = new FormData();
    form.append('file', new Blob(['{}']), 'r.ptrac');
    await time.run(
      client.POST('/api/v1/client/{clientId}/report/import', {
        params: { path: { clientId: 4 } },
        body: form,
        bodySerializer: (b) => b,
      }),
    );
    const sent = apiRequests()[0];
    const boundary = sent?.headers.get('content-type')?.match(/boundary=(.+)$/)?.[1];
    expect(boundary).toBeTruthy();
    expect(sent?.body).toContain(`--${boundary}--`);
  });

  it('replays a 401 once through the client fetch, with the same body', async () => {
    const { time, server, session, client, apiRequests } = setup();
    server.revoke(await time.run(session.getToken()));
    const { data, response } = await time.run(
      client.POST('/api/v1/client/create', { body: { name: 'Acme' } }),
    );
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true, path: '/api/v1/client/create' });
    const [first, replay] = apiRequests();
    expect(replay?.body).toBe(first?.body);
    expect(replay?.headers.get('authorization')).toBe(`Bearer ${server.tokens[1]}`);
    expect(session.stats.replays).toBe(1);
  });

  it('returns the second 401 as the error value, without looping', async () => {
    const { time, client, apiRequests } = setup((r) =>
      r.path === '/api/v1/client/list' ? json(401, { error: 'Unauthorized' }) : undefined,
    );
    const { error, response } = await time.run(client.GET('/api/v1/client/list'));
    expect(response.status).toBe(401);
    expect(error).toEqual({ error: 'Unauthorized' });
    expect(apiRequests()).toHaveLength(2);
  });

  it('does not touch requests to another origin', async () => {
    const { time, server, client } = setup(undefined, 'https://other.example');
    await time.run(client.GET('/api/v1/client/list'));
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.get('authorization')).toBeNull();
  });
});
