import type { Asset, Client, Finding } from '@plextrac-ts/types';
import { describe, expectTypeOf, it } from 'vitest';
import { createPlexTracClient } from './create-plextrac-client.js';
import { paginate } from './paginate.js';
import { paginateItems } from './paginate-items.js';
import type { PageItem, PaginatedPath } from './paginate-options.js';

const client = createPlexTracClient({ baseUrl: 'https://tenant.plextrac.com' });

describe('paginate types', () => {
  it('accepts only v2 POST list paths', () => {
    expectTypeOf<PaginatedPath>().toEqualTypeOf<
      | '/api/v2/clients'
      | '/api/v2/reports'
      | '/api/v2/tenant/assets'
      | '/api/v2/clients/{clientId}/assets'
      | '/api/v2/clients/{clientId}/reports/{reportId}/findings'
      | '/api/v2/client/{clientId}/findings'
    >();
    // @ts-expect-error -- a v1 list is not paginated
    paginate(client, '/api/v1/client/list');
  });

  it('requires path params when the path has them', () => {
    // @ts-expect-error -- clientId and reportId are required
    paginate(client, '/api/v2/clients/{clientId}/reports/{reportId}/findings');
    paginate(client, '/api/v2/clients/{clientId}/reports/{reportId}/findings', {
      params: {
        // @ts-expect-error -- reportId is missing
        path: { clientId: 1 },
      },
    });
    paginate(client, '/api/v2/clients/{clientId}/reports/{reportId}/findings', {
      params: { path: { clientId: 1, reportId: 2 } },
    });
  });

  it('leaves pagination to the iterator and types the rest of the body', () => {
    paginate(client, '/api/v2/clients', {
      body: {
        sort: [{ by: 'name', order: 'ASC' }],
        // @ts-expect-error -- pagination is set by paginate
        pagination: { offset: 0, limit: 5 },
      },
    });
    paginate(client, '/api/v2/clients', {
      // @ts-expect-error -- order is ASC or DESC
      body: { sort: [{ by: 'name', order: 'UP' }] },
    });
  });

  it('yields typed pages and items', async () => {
    for await (const page of paginate(client, '/api/v2/clients')) {
      expectTypeOf<(typeof page.data)[number]>().toExtend<Client>();
      expectTypeOf<(typeof page.data)[number]['name']>().toEqualTypeOf<string>();
      expectTypeOf(page.meta.pagination.total).toEqualTypeOf<number>();
    }
    for await (const asset of paginateItems(client, '/api/v2/tenant/assets')) {
      expectTypeOf(asset).toExtend<Asset>();
      expectTypeOf(asset.asset).toEqualTypeOf<string>();
    }
    type ReportFinding = PageItem<'/api/v2/clients/{clientId}/reports/{reportId}/findings'>;
    expectTypeOf<ReportFinding>().toExtend<Finding>();
    expectTypeOf<ReportFinding['title']>().toEqualTypeOf<string>();
  });
});
