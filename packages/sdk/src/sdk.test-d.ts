import { describe, expectTypeOf, it } from 'vitest';
import type { Client, MfaChallenge, TokenResponse } from './index.js';
import * as sdk from './index.js';

describe('generated SDK types', () => {
  it('has one function per operationId and no misspelled ones', () => {
    expectTypeOf(sdk.listClientsPaged).toBeFunction();
    expectTypeOf(sdk.createClient).toBeFunction();
    // @ts-expect-error -- the operation is listClientsPaged
    sdk.listClientPaged;
  });

  it('requires path parameters', () => {
    sdk.getClient({
      // @ts-expect-error -- clientId is missing
      path: {},
    });
    // @ts-expect-error -- path is required
    sdk.getClient({});
  });

  it('rejects a wrong body field', () => {
    sdk.listClientsPaged({
      body: {
        pagination: { offset: 0, limit: 25 },
        // @ts-expect-error -- the list body has `sort`, not `sorting`
        sorting: [],
      },
    });
    sdk.authenticateMfa({
      body: {
        code: 'challenge',
        // @ts-expect-error -- token is the 6-digit code as a string
        token: 123456,
      },
    });
  });

  it('types a response down to its fields', async () => {
    const { data } = await sdk.getClient({ path: { clientId: 4155 } });
    expectTypeOf(data).toEqualTypeOf<Client | undefined>();
    expectTypeOf<NonNullable<typeof data>['name']>().toEqualTypeOf<string>();
    const page = await sdk.listTenantAssetsPaged({
      body: { pagination: { offset: 0, limit: 1000 } },
    });
    type Listed = NonNullable<typeof page.data>;
    expectTypeOf<Listed['meta']['pagination']['total']>().toEqualTypeOf<number>();
    expectTypeOf<Listed['assets'][number]['asset']>().toEqualTypeOf<string>();
  });

  it('narrows the authenticate response to the token or the MFA branch', async () => {
    const { data } = await sdk.authenticate({ body: { username: 'u', password: 'p' } });
    expectTypeOf(data).toEqualTypeOf<TokenResponse | MfaChallenge | undefined>();
    if (!data) return;
    // Both schemas allow extra properties, so TypeScript narrows on the absent key.
    if (!('mfa_enabled' in data)) expectTypeOf(data).toEqualTypeOf<TokenResponse>();
    if (!('token' in data)) expectTypeOf(data.code).toEqualTypeOf<string>();
  });
});
