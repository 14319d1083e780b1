export {
  createPlexTracClient,
  type PlexTracClient,
  type PlexTracClientOptions,
} from './create-plextrac-client.js';
export { paginationLimits } from './generated/pagination-limits.js';
export { paginate } from './paginate.js';
export { paginateItems } from './paginate-items.js';
export type {
  Page,
  PageItem,
  PaginateArgs,
  PaginatedPath,
  PaginateOptions,
} from './paginate-options.js';
export {
  PaginationError,
  type PaginationErrorDetails,
  type PaginationErrorReason,
} from './pagination-error.js';
export { pickPageLimit } from './pick-page-limit.js';
