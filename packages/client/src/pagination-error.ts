/** Why a pagination run stopped with an error. */
export type PaginationErrorReason = 'http' | 'network' | 'invalid-page' | 'too-many-pages';

export interface PaginationErrorDetails {
  reason: PaginationErrorReason;
  /** The spec path template, e.g. `/api/v2/clients/{clientId}/assets` (never the request). */
  path: string;
  /** The `pagination.offset` of the failed request. */
  offset: number;
  /** The HTTP status, when a response arrived. */
  status?: number | undefined;
  cause?: unknown;
}

/**
 * Thrown by `paginate` when a page cannot be fetched or makes no sense (HTTP error, network
 * failure, a page without items or `meta.pagination.total`, a server that ignores `offset`).
 * It carries no request headers or bodies, so no token can leak through it.
 */
export class PaginationError extends Error {
  override name = 'PaginationError';
  readonly reason: PaginationErrorReason;
  readonly path: string;
  readonly offset: number;
  readonly status: number | undefined;

  constructor(message: string, details: PaginationErrorDetails) {
    super(`[@plextrac-ts/client] ${message}`, { cause: details.cause });
    this.reason = details.reason;
    this.path = details.path;
    this.offset = details.offset;
    this.status = details.status;
  }
}
