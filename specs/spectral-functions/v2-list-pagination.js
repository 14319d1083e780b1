// v2 list endpoints (POST /api/v2/... whose body has `pagination`) must require
// `pagination: {offset: integer >= 0, limit}` and return `meta.pagination.total`: the client's
// `paginate` helper depends on exactly this.
import { operations } from './operations.js';

// Looks a property up through `allOf`, as the schemas here compose PageMeta that way.
const prop = (schema, key) =>
  schema?.properties?.[key] ?? (schema?.allOf ?? []).map((s) => prop(s, key)).find(Boolean);
const requires = (schema, key) =>
  (schema?.required ?? []).includes(key) || (schema?.allOf ?? []).some((s) => requires(s, key));

export default function v2ListPagination(doc) {
  const results = [];
  for (const { op, at, method, path } of operations(doc)) {
    const body = op.requestBody?.content?.['application/json']?.schema;
    if (method !== 'post' || !path.startsWith('/api/v2/') || !prop(body, 'pagination')) continue;
    const name = op.operationId ?? at.join(' ');
    const fail = (message) => results.push({ message: `${name}: ${message}`, path: at });
    const pagination = prop(body, 'pagination');
    const offset = prop(pagination, 'offset');
    if (!requires(body, 'pagination')) fail('`pagination` must be required in the request body.');
    if (!requires(pagination, 'offset') || !requires(pagination, 'limit'))
      fail('`pagination.offset` and `pagination.limit` must both be required.');
    if (![offset?.type].flat().includes('integer') || offset?.minimum !== 0)
      fail('`pagination.offset` must be an integer with minimum 0.');
    if (!prop(pagination, 'limit')) fail('`pagination.limit` must be declared.');
    const response = op.responses?.['200']?.content?.['application/json']?.schema;
    const total = prop(prop(prop(response, 'meta'), 'pagination'), 'total');
    if (!total) fail('the 200 response must declare `meta.pagination.total`.');
  }
  return results;
}
