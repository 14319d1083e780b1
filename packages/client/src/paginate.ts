import type { PlexTracClient } from './create-plextrac-client.js';
import { paginationLimits } from './generated/pagination-limits.js';
import type { Page, PaginateArgs, PaginatedPath } from './paginate-options.js';
import { PaginationError } from './pagination-error.js';
import { pickPageLimit } from './pick-page-limit.js';

const DEFAULT_MAX_PAGES = 10_000;

interface LooseOptions {
  params?: unknown;
  body?: Record<string, unknown>;
  pageSize?: number;
  signal?: AbortSignal;
  maxPages?: number;
}
interface LoosePage {
  data?: unknown;
  assets?: unknown;
  meta?: { pagination?: { total?: unknown } };
}
type LoosePost = (
  path: string,
  init: Record<string, unknown>,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** The items of a page: its `data` array, or `assets` for `/api/v2/tenant/assets`. */
export function pageItems(page: unknown): unknown[] | undefined {
  const { data, assets } = (page ?? {}) as LoosePage;
  if (Array.isArray(data)) return data;
  return Array.isArray(assets) ? assets : undefined;
}

/**
 * Iterates the pages of a v2 list endpoint: `for await (const page of paginate(client,
 * '/api/v2/clients'))`. Each page is the typed response. `offset` advances by the items actually
 * returned; the iteration ends at `meta.pagination.total` or on an empty page.
 */
export async function* paginate<P extends PaginatedPath>(
  client: PlexTracClient,
  path: P,
  ...[options]: PaginateArgs<P>
): AsyncGenerator<Page<P>, void, undefined> {
  if (!Object.hasOwn(paginationLimits, path)) {
    throw new TypeError(
      `[@plextrac-ts/client] ${String(path)} is not a paginated list endpoint; use one of ${Object.keys(paginationLimits).join(', ')}.`,
    );
  }
  const {
    params,
    body,
    pageSize,
    signal,
    maxPages = DEFAULT_MAX_PAGES,
  } = (options ?? {}) as LooseOptions;
  // NaN would make the `request >= maxPages` guard never true: an unbounded loop.
  if (typeof maxPages !== 'number' || !(maxPages >= 1)) {
    throw new RangeError(
      `[@plextrac-ts/client] maxPages must be a number >= 1; got ${String(maxPages)}.`,
    );
  }
  const limit = pickPageLimit(paginationLimits[path], pageSize);
  const post = (client as unknown as { POST: LoosePost }).POST;
  const where = (offset: number) => `POST ${path} at offset ${offset}`;

  let offset = 0;
  let previous: unknown[] | undefined;
  for (let request = 0; ; request++) {
    if (request >= maxPages) {
      throw new PaginationError(
        `${where(offset)}: stopped after ${maxPages} pages (maxPages) while the server still reported more items; raise maxPages if the data set is really this large.`,
        { reason: 'too-many-pages', path, offset },
      );
    }
    signal?.throwIfAborted();
    let result: Awaited<ReturnType<LoosePost>>;
    try {
      result = await post(path, {
        params,
        body: { ...body, pagination: { offset, limit } },
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw signal.reason;
      // openapi-fetch parses a 2xx body as JSON and throws when it is not: an answer did arrive.
      if (cause instanceof SyntaxError) {
        throw new PaginationError(
          `${where(offset)} returned a body that is not JSON (an HTML page or a cut-off answer?); check baseUrl.`,
          { reason: 'invalid-page', path, offset, cause },
        );
      }
      throw new PaginationError(
        `${where(offset)} failed before a response arrived; check baseUrl and the network.`,
        {
          reason: 'network',
          path,
          offset,
          cause,
        },
      );
    }
    const { response } = result;
    if (!response.ok || result.error !== undefined) {
      const hint =
        response.status === 401 || response.status === 403
          ? ' Check the token and its permissions.'
          : '';
      throw new PaginationError(`${where(offset)} failed with HTTP ${response.status}.${hint}`, {
        reason: 'http',
        path,
        offset,
        status: response.status,
        cause: result.error,
      });
    }
    const items = pageItems(result.data);
    const total = (result.data as LoosePage | undefined)?.meta?.pagination?.total;
    if (items === undefined || typeof total !== 'number' || !(total >= 0)) {
      throw new PaginationError(
        `${where(offset)} returned a page without ${items === undefined ? 'a data or assets array' : 'a numeric meta.pagination.total'}; cannot tell where the list ends.`,
        { reason: 'invalid-page', path, offset, status: response.status },
      );
    }
    if (items.length === 0) return;
    // A server that ignores `offset` answers the same page again and again: without this check
    // the run would only end at maxPages (10,000 requests by default).
    if (previous && samePage(items, previous)) {
      throw new PaginationError(
        `${where(offset)} returned the same items as the page before; the server ignores pagination.offset.`,
        { reason: 'invalid-page', path, offset, status: response.status },
      );
    }
    previous = items;
    yield result.data as Page<P>;
    offset += items.length;
    if (offset >= total) return;
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether two pages hold the same items. Size and first and last items settle it for almost
 * every pair of pages; only pages equal on those are compared whole, so no page is copied.
 */
function samePage(items: unknown[], previous: unknown[]): boolean {
  return (
    items.length === previous.length &&
    sameJson(items[0], previous[0]) &&
    sameJson(items.at(-1), previous.at(-1)) &&
    sameJson(items, previous)
  );
}
