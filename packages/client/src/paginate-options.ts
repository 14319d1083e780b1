import type { paths } from '@plextrac-ts/types';
import type { ClientPathsWithMethod, MethodResponse } from 'openapi-fetch';
import type { PlexTracClient } from './create-plextrac-client.js';
import type { paginationLimits } from './generated/pagination-limits.js';

/** A POST list path whose body takes `pagination: { offset, limit }` (from the spec). */
export type PaginatedPath = Extract<
  keyof typeof paginationLimits,
  ClientPathsWithMethod<PlexTracClient, 'post'>
>;

/** One page: the typed 200 response of `POST path`. */
export type Page<P extends PaginatedPath> = MethodResponse<PlexTracClient, 'post', P>;

/** One item of a page: an element of its `data` array (or `assets`, for tenant assets). */
export type PageItem<P extends PaginatedPath> =
  Page<P> extends { data: readonly (infer Item)[] }
    ? Item
    : Page<P> extends { assets: readonly (infer Item)[] }
      ? Item
      : never;

type Operation<P extends PaginatedPath> = paths[P]['post'];
type Params<P extends PaginatedPath> = Operation<P>['parameters'];
type Body<P extends PaginatedPath> =
  NonNullable<Operation<P>['requestBody']> extends { content: { 'application/json': infer B } }
    ? B
    : never;
type RequiredKeys<T> = {
  [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? never : K;
}[keyof T];

/** Options of `paginate` / `paginateItems`; `params` is required when the path has parameters. */
export type PaginateOptions<P extends PaginatedPath> = {
  /** Sort and filters; `pagination` is set by the iterator. */
  body?: Omit<Body<P>, 'pagination'>;
  /** Preferred items per page; snapped to the largest allowed `limit` not above it. Default 100. */
  pageSize?: number;
  /** Aborts the iteration (and the request in flight). */
  signal?: AbortSignal;
  /** Upper bound on requests, against a server whose total keeps growing. Default 10,000. */
  maxPages?: number;
} & (RequiredKeys<Params<P>> extends never ? { params?: Params<P> } : { params: Params<P> });

/** The options argument: optional unless the path has required parameters. */
export type PaginateArgs<P extends PaginatedPath> =
  RequiredKeys<PaginateOptions<P>> extends never
    ? [options?: PaginateOptions<P>]
    : [options: PaginateOptions<P>];
