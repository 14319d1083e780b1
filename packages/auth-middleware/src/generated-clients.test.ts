import { createPlexTracClient } from '@plextrac-ts/client';
import {
  createClient as createClientOperation,
  createSdkClient,
  getClient,
} from '@plextrac-ts/sdk';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAuthMiddleware } from './create-auth-middleware.js';
import { createSdkAuth } from './create-sdk-auth.js';
import { resetAuthState } from './reset-auth-state.js';
import { createTestSession } from './test-support/create-test-session.js';
import {
  BASE_URL,
  createFakePlexTrac,
  json,
  type Responder,
} from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

/** Both real generated clients, wired with the adapters, sharing one session. */
function setup(respond?: Responder) {
  const time = createFakeTime();
  const server = createFakePlexTrac(time, respond ? { respond } : {});
  const session = createTestSession(time, server);
  const client = createPlexTracClient({ baseUrl: BASE_URL, fetch: server.fetch });
  client.use(createAuthMiddleware(session));
  const sdk = createSdkClient(createSdkAuth(session));
  return { time, server, session, client, sdk };
}

beforeEach(() => resetAuthState());

describe('the generated clients with the adapters', () => {
  it('send authenticated requests through one session: one login serves both clients', async () => {
    const { server, client, sdk, session } = setup();
    const viaClient = await client.GET('/api/v1/client/{clientId}', {
      params: { path: { clientId: 4155 } },
    });
    const viaSdk = await getClient({ client: sdk, path: { clientId: 4155 } });

    expect(viaClient.response.status).toBe(200);
    expect(viaSdk.response?.status).toBe(200);
    expect(server.authRequests().map((r) => r.path)).toEqual(['/api/v1/authenticate']);
    const sent = server.requests.filter((r) => r.path === '/api/v1/client/4155');
    expect(sent.map((r) => r.headers.get('authorization'))).toEqual([
      `Bearer ${server.tokens[0]}`,
      `Bearer ${server.tokens[0]}`,
    ]);
    expect(session.stats.logins).toBe(1);
  });

  it('replays a 401 once with a new token, through each client', async () => {
    const { server, client, sdk } = setup();
    await client.GET('/api/v1/client/list');
    server.revoke(server.tokens[0] ?? '');

    const viaClient = await client.POST('/api/v1/client/create', { body: { name: 'Acme' } });
    expect(viaClient.response.status).toBe(200);
    server.revoke(server.tokens[1] ?? '');
    const viaSdk = await createClientOperation({ client: sdk, body: { name: 'Acme' } });
    expect(viaSdk.response?.status).toBe(200);

    const creates = server.requests.filter((r) => r.path === '/api/v1/client/create');
    expect(creates.map((r) => r.headers.get('authorization'))).toEqual([
      `Bearer ${server.tokens[0]}`,
      `Bearer ${server.tokens[1]}`,
      `Bearer ${server.tokens[1]}`,
      `Bearer ${server.tokens[2]}`,
    ]);
    expect(creates.map((r) => r.body)).toEqual(Array(4).fill('{"name":"Acme"}'));
    expect(creates.every((r) => r.headers.get('content-type') === 'application/json')).toBe(true);
    expect(server.authRequests()).toHaveLength(3);
  });

  it('returns a second 401 to the caller instead of looping', async () => {
    const denied = new Set(['/api/v1/tenant/0', '/api/v1/client/1']);
    const { server, client, sdk, time } = setup((request) =>
      denied.has(request.path) ? json(401, { statusCode: 401 }) : undefined,
    );
    const viaClient = await client.GET('/api/v1/tenant/{tenantId}', {
      params: { path: { tenantId: 0 } },
    });
    expect(viaClient.response.status).toBe(401);
    const sentTo = (path: string) => server.requests.filter((r) => r.path === path).length;
    expect(sentTo('/api/v1/tenant/0')).toBe(2);
    expect(server.authRequests()).toHaveLength(2);

    // The fresh token got a 401 too: for a minute, 401s are not answered with more logins.
    const viaSdk = await getClient({ client: sdk, path: { clientId: 1 } });
    expect(viaSdk.response?.status).toBe(401);
    expect(sentTo('/api/v1/client/1')).toBe(1);
    expect(server.authRequests()).toHaveLength(2);

    // After that minute a 401 gets its one re-login and replay again.
    await time.advance(61_000);
    const later = await getClient({ client: sdk, path: { clientId: 1 } });
    expect(later.response?.status).toBe(401);
    expect(sentTo('/api/v1/client/1')).toBe(3);
    expect(server.authRequests()).toHaveLength(3);
  });
});
