import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createPlexTracClient } from './create-plextrac-client.js';
import { paginate } from './paginate.js';
import { paginateItems } from './paginate-items.js';
import { PaginationError } from './pagination-error.js';
import {
  createRecordingFetch,
  jsonBodies,
  type Responder,
} from './test-support/recording-fetch.js';

interface SentBody {
  pagination: { offset: number; limit: number };
  [key: string]: unknown;
}

/** A server holding `count` items that honours offset/limit, at most `cap` items per page. */
function listServer(count: number, options: { key?: string; cap?: number } = {}): Responder {
  return async (request) => {
    const { pagination } = (await request.json()) as SentBody;
    const size = Math.min(pagination.limit, options.cap ?? Number.POSITIVE_INFINITY);
    const items = Array.from(
      { length: Math.max(0, Math.min(size, count - pagination.offset)) },
      (_, i) => ({ id: pagination.offset + i, name: `item ${pagination.offset + i}` }),
    );
    return Response.json({
      status: 'success',
      [options.key ?? 'data']: items,
      meta: { pagination: { ...pagination, total: count } },
    });
  };
}

function setup(respond: Responder) {
  const recording = createRecordingFetch(respond);
  const client = createPlexTracClient({
    baseUrl: 'https://tenant.plextrac.com',
    fetch: recording.fetch,
    headers: { Authorization: 'Bearer secret-token' },
  });
  return { client, ...recording };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const value of iterable) out.push(value);
  return out;
}

const sentPagination = (requests: Parameters<typeof jsonBodies>[0]) =>
  jsonBodies(requests).map((body) => (body as SentBody).pagination);

describe('paginate', () => {
  it('walks every page and stops at meta.pagination.total', async () => {
    const { client, requests } = setup(listServer(12));
    const pages = await collect(paginate(client, '/api/v2/clients', { pageSize: 5 }));
    expect(pages.map((page) => page.data.length)).toEqual([5, 5, 2]);
    expect(sentPagination(requests)).toEqual([
      { offset: 0, limit: 5 },
      { offset: 5, limit: 5 },
      { offset: 10, limit: 5 },
    ]);
  });

  it('advances offset by the items actually returned, not by the limit', async () => {
    const { client, requests } = setup(listServer(7, { cap: 3 }));
    const pages = await collect(paginate(client, '/api/v2/clients', { pageSize: 25 }));
    expect(pages.flatMap((page) => page.data.map((item) => item.name))).toHaveLength(7);
    expect(sentPagination(requests).map((p) => p.offset)).toEqual([0, 3, 6]);
  });

  it('snaps pageSize to the endpoint’s allowed limits and defaults to 100', async () => {
    const { client, requests } = setup(listServer(1));
    await collect(paginate(client, '/api/v2/clients', { pageSize: 30 }));
    await collect(paginate(client, '/api/v2/clients'));
    await collect(paginate(client, '/api/v2/reports', { pageSize: 5000 }));
    expect(sentPagination(requests).map((p) => p.limit)).toEqual([25, 100, 1000]);
  });

  it('reads items from `assets` on the tenant asset list', async () => {
    const { client } = setup(listServer(3, { key: 'assets' }));
    const items = await collect(paginateItems(client, '/api/v2/tenant/assets', { pageSize: 5 }));
    expect(items.map((item) => (item as { id: unknown }).id)).toEqual([0, 1, 2]);
  });

  it('sends path params and body filters with each page request', async () => {
    const { client, requests } = setup(listServer(2));
    await collect(
      paginate(client, '/api/v2/clients/{clientId}/assets', {
        params: { path: { clientId: 42 } },
        body: { sort: [{ by: 'asset', order: 'ASC' }] },
      }),
    );
    expect(requests[0]?.url.pathname).toBe('/api/v2/clients/42/assets');
    expect(jsonBodies(requests)[0]).toEqual({
      sort: [{ by: 'asset', order: 'ASC' }],
      pagination: { offset: 0, limit: 100 },
    });
  });

  it('stops on an empty page even when total still claims more items', async () => {
    const { client, requests } = setup(async (request) => {
      const { pagination } = (await request.json()) as SentBody;
      const data = pagination.offset === 0 ? [{ id: 1 }, { id: 2 }] : [];
      return Response.json({ status: 'success', data, meta: { pagination: { total: 1000 } } });
    });
    const pages = await collect(paginate(client, '/api/v2/clients'));
    expect(pages).toHaveLength(1);
    expect(requests).toHaveLength(2);
  });

  it('yields nothing for an empty list', async () => {
    const { client, requests } = setup(listServer(0));
    expect(await collect(paginateItems(client, '/api/v2/clients'))).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('throws a PaginationError when total is missing', async () => {
    const { client } = setup(() => Response.json({ status: 'success', data: [{ id: 1 }] }));
    const error = await collect(paginate(client, '/api/v2/clients')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'invalid-page', path: '/api/v2/clients', offset: 0 });
    expect((error as Error).message).toContain('meta.pagination.total');
  });

  it('throws a PaginationError when the page has no items array', async () => {
    const { client } = setup(() => Response.json({ meta: { pagination: { total: 3 } } }));
    await expect(collect(paginate(client, '/api/v2/clients'))).rejects.toMatchObject({
      reason: 'invalid-page',
      message: expect.stringContaining('a data or assets array'),
    });
  });

  it('gives up after maxPages against a total that keeps growing', async () => {
    let total = 1;
    const { client, requests } = setup(() => {
      total += 1;
      return Response.json({ data: [{ id: total }], meta: { pagination: { total } } });
    });
    await expect(
      collect(paginate(client, '/api/v2/clients', { maxPages: 3 })),
    ).rejects.toMatchObject({ name: 'PaginationError', reason: 'too-many-pages', offset: 3 });
    expect(requests).toHaveLength(3);
  });

  it.each([Number.NaN, 0, -1, '3'])(
    'rejects maxPages %s before any request (NaN would never stop)',
    async (maxPages) => {
      const { client, requests } = setup(listServer(10));
      const options = { maxPages } as unknown as { maxPages: number };
      await expect(collect(paginate(client, '/api/v2/clients', options))).rejects.toThrow(
        /^\[@plextrac-ts\/client\] maxPages must be a number >= 1/,
      );
      expect(requests).toHaveLength(0);
    },
  );

  it('turns an HTTP error into a PaginationError with the status and no secrets', async () => {
    const { client } = setup(() =>
      Response.json({ status: 'error', message: 'Unauthorized' }, { status: 401 }),
    );
    const error = await collect(paginate(client, '/api/v2/clients')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'http', status: 401, offset: 0 });
    expect((error as Error).message).toMatch(/^\[@plextrac-ts\/client\] .*HTTP 401/);
    expect((error as Error).cause).toEqual({ status: 'error', message: 'Unauthorized' });
    expect(inspect(error, { depth: 10 })).not.toContain('secret-token');
    expect(JSON.stringify(error)).not.toContain('secret-token');
  });

  it('fails on a page error after yielding the pages before it', async () => {
    const { client } = setup(async (request, index) =>
      index === 0 ? listServer(10)(request, index) : new Response('boom', { status: 503 }),
    );
    const seen: number[] = [];
    const run = async () => {
      for await (const page of paginate(client, '/api/v2/clients', { pageSize: 5 })) {
        seen.push(page.data.length);
      }
    };
    await expect(run()).rejects.toMatchObject({ reason: 'http', status: 503, offset: 5 });
    expect(seen).toEqual([5]);
  });

  it('stops with invalid-page when the server ignores offset and repeats a page', async () => {
    const { client, requests } = setup(() =>
      Response.json({ data: [{ id: 1 }, { id: 2 }], meta: { pagination: { total: 1_000_000 } } }),
    );
    await expect(collect(paginate(client, '/api/v2/clients'))).rejects.toMatchObject({
      name: 'PaginationError',
      reason: 'invalid-page',
      offset: 2,
      message: expect.stringContaining('ignores pagination.offset'),
    });
    expect(requests).toHaveLength(2);
  });

  it('tells apart pages that differ only in the middle (items without ids)', async () => {
    let call = 0;
    const { client } = setup(() => {
      call++;
      const data = [{ name: 'first' }, { name: `middle ${call}` }, { name: 'last' }];
      return Response.json({ data, meta: { pagination: { total: 6 } } });
    });
    const pages = await collect(paginate(client, '/api/v2/clients', { pageSize: 3 }));
    expect(pages.map((page) => page.data[1]?.name)).toEqual(['middle 1', 'middle 2']);
  });

  it('reports a 200 answer that is not JSON as invalid-page, not as a network failure', async () => {
    const { client } = setup(
      () => new Response('<html>login</html>', { headers: { 'content-type': 'text/html' } }),
    );
    await expect(collect(paginate(client, '/api/v2/clients'))).rejects.toMatchObject({
      reason: 'invalid-page',
      status: undefined,
      message: expect.stringContaining('not JSON'),
    });
  });

  it('wraps a network failure in a PaginationError that keeps the cause', async () => {
    const failure = new TypeError('fetch failed');
    const { client } = setup(() => Promise.reject(failure));
    const error = await collect(paginate(client, '/api/v2/clients')).catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'network', status: undefined, cause: failure });
  });

  it('stops with the abort reason when the signal aborts between pages', async () => {
    const controller = new AbortController();
    const { client, requests } = setup(listServer(50));
    const pages: unknown[] = [];
    const run = async () => {
      for await (const page of paginate(client, '/api/v2/clients', {
        pageSize: 5,
        signal: controller.signal,
      })) {
        pages.push(page);
        controller.abort(new Error('user cancelled'));
      }
    };
    await expect(run()).rejects.toThrow('user cancelled');
    expect(pages).toHaveLength(1);
    expect(requests).toHaveLength(1);
  });

  it('aborts the request in flight', async () => {
    const controller = new AbortController();
    const { client } = setup(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
          controller.abort(new Error('timed out'));
        }),
    );
    await expect(
      collect(paginate(client, '/api/v2/clients', { signal: controller.signal })),
    ).rejects.toThrow('timed out');
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { client, requests } = setup(listServer(5));
    const signal = AbortSignal.abort(new Error('too late'));
    await expect(collect(paginate(client, '/api/v2/clients', { signal }))).rejects.toThrow(
      'too late',
    );
    expect(requests).toHaveLength(0);
  });

  it('rejects a path that is not a paginated list endpoint', async () => {
    const { client, requests } = setup(listServer(1));
    await expect(collect(paginate(client, '/api/v1/client/list' as never))).rejects.toThrow(
      /\/api\/v1\/client\/list is not a paginated list endpoint/,
    );
    expect(requests).toHaveLength(0);
  });
});
