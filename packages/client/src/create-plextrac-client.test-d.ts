import type { Asset, Client, MfaChallenge, TokenResponse } from '@plextrac-ts/types';
import { describe, expectTypeOf, it } from 'vitest';
import { createPlexTracClient } from './create-plextrac-client.js';

const client = createPlexTracClient({ baseUrl: 'https://tenant.plextrac.com' });

describe('createPlexTracClient types', () => {
  it('rejects a path that is not in the spec', () => {
    // @ts-expect-error -- the v1 client list is /api/v1/client/list
    client.GET('/api/v1/clients');
    // @ts-expect-error -- /api/v2/clients has no DELETE
    client.DELETE('/api/v2/clients');
  });

  it('requires path parameters', () => {
    // @ts-expect-error -- clientId is a required path parameter
    client.GET('/api/v1/client/{clientId}');
    client.GET('/api/v1/client/{clientId}', {
      params: {
        // @ts-expect-error -- clientId is missing
        path: {},
      },
    });
    client.GET('/api/v1/client/{clientId}', { params: { path: { clientId: 4155 } } });
  });

  it('rejects a wrong body field', () => {
    client.POST('/api/v2/clients', {
      body: {
        pagination: { offset: 0, limit: 25 },
        // @ts-expect-error -- the list body has `sort`, not `sorting`
        sorting: [{ by: 'name', order: 'ASC' }],
      },
    });
    client.POST('/api/v2/clients', {
      body: {
        pagination: {
          offset: 0,
          // @ts-expect-error -- the client list only allows 5, 25, 50 or 100
          limit: 30,
        },
      },
    });
    client.POST('/api/v1/client/create', {
      body: {
        // @ts-expect-error -- name is a string
        name: 42,
      },
    });
  });

  it('types a response down to its fields', async () => {
    const { data } = await client.GET('/api/v1/client/{clientId}', {
      params: { path: { clientId: 4155 } },
    });
    type Got = NonNullable<typeof data>;
    expectTypeOf<Got>().toExtend<Client>();
    expectTypeOf<Got['name']>().toEqualTypeOf<string>();
    expectTypeOf<Got['client_id']>().toEqualTypeOf<number>();

    const list = await client.POST('/api/v2/tenant/assets', {
      body: { pagination: { offset: 0, limit: 100 } },
    });
    type Listed = NonNullable<typeof list.data>;
    expectTypeOf<Listed['assets'][number]>().toExtend<Asset>();
    expectTypeOf<Listed['assets'][number]['asset']>().toEqualTypeOf<string>();
    expectTypeOf<Listed['meta']['pagination']['total']>().toEqualTypeOf<number>();
  });

  it('narrows the authenticate response to the token or the MFA branch', async () => {
    const { data } = await client.POST('/api/v1/authenticate', {
      body: { username: 'jane.doe@example.com', password: 'pw' },
    });
    if (!data) return;
    expectTypeOf(data).toExtend<TokenResponse | MfaChallenge>();
    if ('mfa_enabled' in data) {
      expectTypeOf(data).toEqualTypeOf<MfaChallenge>();
      expectTypeOf(data.code).toEqualTypeOf<string>();
      expectTypeOf(data.mfa_enabled).toEqualTypeOf<true>();
    } else {
      expectTypeOf(data).toEqualTypeOf<TokenResponse>();
      expectTypeOf(data.token).toEqualTypeOf<string>();
    }
  });
});
