import type { PlexTracClient } from './create-plextrac-client.js';
import { pageItems, paginate } from './paginate.js';
import type { PageItem, PaginateArgs, PaginatedPath } from './paginate-options.js';

/**
 * Iterates the items of a v2 list endpoint across all pages:
 * `for await (const client of paginateItems(client, '/api/v2/clients')) { ... }`.
 * Takes the same options as `paginate`.
 */
export async function* paginateItems<P extends PaginatedPath>(
  client: PlexTracClient,
  path: P,
  ...args: PaginateArgs<P>
): AsyncGenerator<PageItem<P>, void, undefined> {
  for await (const page of paginate(client, path, ...args)) {
    yield* (pageItems(page) ?? []) as PageItem<P>[];
  }
}
