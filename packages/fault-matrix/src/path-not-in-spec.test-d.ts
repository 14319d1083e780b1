import { createPlexTracClient, paginate } from '@plextrac-ts/client';
import * as sdk from '@plextrac-ts/sdk';
import { describe, expectTypeOf, test } from 'vitest';

const client = createPlexTracClient({ baseUrl: 'https://tenant.plextrac.example' });

describe('bad input: a path that is not in the spec', () => {
  test('[bad-input-path-not-in-spec] (types) openapi-fetch rejects an unknown path at compile time', () => {
    // @ts-expect-error '/api/v1/not-in-spec' is not a path of the spec
    client.GET('/api/v1/not-in-spec');
    // @ts-expect-error the path exists, but not with this method
    client.DELETE('/api/v1/client/list');
    // the same calls with spec paths compile
    client.GET('/api/v1/client/list');
    client.DELETE('/api/v1/client/{clientId}', { params: { path: { clientId: 1 } } });
  });

  test('[bad-input-path-not-in-spec] (types) paginate accepts only paginated list paths', () => {
    // @ts-expect-error a v1 list is not a paginated (v2) endpoint
    paginate(client, '/api/v1/client/list');
    paginate(client, '/api/v2/clients');
  });

  test('[bad-input-path-not-in-spec] (types) the SDK has a function per operation and no other', () => {
    expectTypeOf(sdk).toHaveProperty('listClientsPaged');
    // @ts-expect-error no operation is called notInSpec
    sdk.notInSpec();
  });
});
