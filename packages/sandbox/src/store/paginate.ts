import type { Reply } from '../http/reply.js';
import { validationError } from '../http/validation-error.js';
import type { Doc } from './store.js';

export interface SortKey {
  by: string;
  order: 'ASC' | 'DESC';
}
export interface Filter {
  by: string;
  value: string | string[];
}
export interface PageRequest {
  offset: number;
  limit: number;
  sort: SortKey[];
  filters: Filter[];
}

/** Reads a v2 list body; `allowedLimits` undefined means any positive integer. */
export function parsePageRequest(
  body: unknown,
  allowedLimits?: readonly number[],
): PageRequest | Reply {
  if (!isObject(body)) return validationError('value', 'must be of type object');
  const { pagination, sort = [], filters = [] } = body;
  if (!isObject(pagination)) return validationError('pagination', 'is required');
  const { offset, limit } = pagination;
  if (!Number.isInteger(offset) || (offset as number) < 0) {
    return validationError('pagination.offset', 'must be an integer greater than or equal to 0');
  }
  if (!Number.isInteger(limit) || (limit as number) < 1) {
    return validationError('pagination.limit', 'must be a positive integer');
  }
  if (allowedLimits && !allowedLimits.includes(limit as number)) {
    return validationError('pagination.limit', `must be one of [${allowedLimits.join(', ')}]`);
  }
  if (!Array.isArray(sort) || !sort.every(isSortKey)) {
    return validationError('sort', 'must be an array of {by, order: ASC|DESC}');
  }
  if (!Array.isArray(filters) || !filters.every(isFilter)) {
    return validationError('filters', 'must be an array of {by, value}');
  }
  return { offset: offset as number, limit: limit as number, sort, filters };
}

/** Maps a sort/filter key of the API to the stored field (e.g. reports `clients` → `client_id`). */
export type FieldAliases = Record<string, string>;

/** Filters, sorts and slices documents as a v2 list does; `total` counts every match. */
export function paginate<T extends Doc>(docs: T[], page: PageRequest, aliases: FieldAliases = {}) {
  const field = (key: string) => aliases[key] ?? key;
  const matching = docs.filter((doc) =>
    page.filters.every((f) => matches(doc, field(f.by), f.value)),
  );
  const sorted = [...matching].sort((a, b) => {
    for (const { by, order } of page.sort) {
      const result = compare(a[field(by)], b[field(by)]);
      if (result !== 0) return order === 'DESC' ? -result : result;
    }
    return 0;
  });
  return {
    items: sorted.slice(page.offset, page.offset + page.limit),
    /** Every match, sorted (for `meta.flawIds`). */
    matching: sorted,
    meta: {
      pagination: { offset: page.offset, limit: page.limit, total: matching.length },
      sort: page.sort,
      filters: page.filters,
    },
  };
}

function matches(doc: Doc, key: string, value: string | string[]): boolean {
  const actual = key === 'searchTerm' ? searchText(doc) : doc[key];
  const wanted = Array.isArray(value) ? value : [value];
  if (wanted.length === 0) return true;
  if (Array.isArray(actual)) {
    if (wanted.includes('none') && actual.length === 0) return true;
    return actual.some((item) =>
      wanted.some((w) => String(item).toLowerCase() === w.toLowerCase()),
    );
  }
  if (actual === undefined || actual === null) return wanted.includes('none');
  const text = String(actual).toLowerCase();
  if (Array.isArray(value)) return wanted.some((w) => text === w.toLowerCase());
  return text.includes(value.toLowerCase());
}

function searchText(doc: Doc): string {
  return ['name', 'title', 'asset', 'description'].map((k) => doc[k] ?? '').join(' ');
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''), 'en', { sensitivity: 'base' });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSortKey(value: unknown): value is SortKey {
  return (
    isObject(value) &&
    typeof value.by === 'string' &&
    (value.order === 'ASC' || value.order === 'DESC')
  );
}

function isFilter(value: unknown): value is Filter {
  if (!isObject(value) || typeof value.by !== 'string') return false;
  const v = value.value;
  return typeof v === 'string' || (Array.isArray(v) && v.every((item) => typeof item === 'string'));
}
