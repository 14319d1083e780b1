import { describe, expect, it } from 'vitest';
import { isReply } from '../http/reply.js';
import { type PageRequest, paginate, parsePageRequest } from './paginate.js';

const docs = ['delta', 'Alpha', 'charlie', 'bravo', 'echo'].map((name, i) => ({
  name,
  tags: i % 2 ? ['web'] : [],
  n: i,
}));
const page = (overrides: Partial<PageRequest>): PageRequest => ({
  offset: 0,
  limit: 100,
  sort: [],
  filters: [],
  ...overrides,
});

describe('parsePageRequest', () => {
  it('accepts a limit in the allowed set and rejects one outside it with a Joi-style 400', () => {
    expect(parsePageRequest({ pagination: { offset: 0, limit: 25 } }, [5, 25])).toEqual(
      page({ limit: 25 }),
    );
    const rejected = parsePageRequest({ pagination: { offset: 0, limit: 10 } }, [5, 25]);
    expect(isReply(rejected) && rejected.status).toBe(400);
    expect(isReply(rejected) && rejected.body).toMatchObject({
      validation: { keys: ['pagination.limit'] },
    });
  });

  it('rejects a missing pagination, a negative offset, a zero limit and malformed sort or filters', () => {
    for (const body of [
      {},
      null,
      { pagination: { offset: -1, limit: 5 } },
      { pagination: { offset: 0, limit: 0 } },
      { pagination: { offset: 0, limit: 5 }, sort: [{ by: 'name', order: 'UP' }] },
      { pagination: { offset: 0, limit: 5 }, filters: [{ by: 'tags', value: [1] }] },
    ]) {
      const result = parsePageRequest(body);
      expect(isReply(result) && result.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('paginate', () => {
  it('slices by offset (records, not pages) and reports the total', () => {
    const result = paginate(docs, page({ offset: 2, limit: 2 }));
    expect(result.items.map((d) => d.n)).toEqual([2, 3]);
    expect(result.meta.pagination).toEqual({ offset: 2, limit: 2, total: 5 });
    expect(paginate(docs, page({ offset: 10, limit: 5 })).items).toEqual([]);
  });

  it('sorts by name case-insensitively, ascending and descending', () => {
    const asc = paginate(docs, page({ sort: [{ by: 'name', order: 'ASC' }] })).items.map(
      (d) => d.name,
    );
    expect(asc).toEqual(['Alpha', 'bravo', 'charlie', 'delta', 'echo']);
    const desc = paginate(docs, page({ sort: [{ by: 'name', order: 'DESC' }] })).items.map(
      (d) => d.name,
    );
    expect(desc).toEqual([...asc].reverse());
  });

  it('filters by substring, by array membership, by "none" for untagged, and through aliases', () => {
    expect(
      paginate(docs, page({ filters: [{ by: 'name', value: 'LPH' }] })).items.map((d) => d.name),
    ).toEqual(['Alpha']);
    expect(
      paginate(docs, page({ filters: [{ by: 'tags', value: ['web'] }] })).meta.pagination.total,
    ).toBe(2);
    expect(
      paginate(docs, page({ filters: [{ by: 'tags', value: ['none'] }] })).meta.pagination.total,
    ).toBe(3);
    const aliased = paginate(docs, page({ filters: [{ by: 'number', value: ['4'] }] }), {
      number: 'n',
    });
    expect(aliased.items.map((d) => d.name)).toEqual(['echo']);
  });
});
