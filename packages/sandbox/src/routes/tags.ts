import { objectBody, requiredString } from '../http/body.js';
import { queryInt } from '../http/query-int.js';
import { errorReply, isReply, json } from '../http/reply.js';
import { validationError } from '../http/validation-error.js';
import type { RouteDefinition } from '../router.js';
import { isOwnTenant } from './tenant-param.js';

/** Tenant tags; ids look like PlexTrac's `tag_tenant_<tenantId>_<name>`. */
export const tagRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/tenant/{tenantId}/tag',
    operationId: 'listTags',
    handler(context) {
      if (!isOwnTenant(context)) return errorReply(404, 'Not Found');
      const { query, state } = context;
      const offset = queryInt(query.get('offset'), 0, 0);
      if (offset === undefined)
        return validationError('offset', 'must be an integer >= 0', 'query');
      const limit = queryInt(query.get('limit'), 1000, 1);
      if (limit === undefined) return validationError('limit', 'must be an integer >= 1', 'query');
      const tags = [...state.store.tags.values()].sort((a, b) => a.name.localeCompare(b.name));
      return json(200, {
        count: { totalDocs: tags.length },
        tags: tags.slice(offset, offset + limit),
      });
    },
  },
  {
    method: 'POST',
    path: '/api/v1/tenant/{tenantId}/tag',
    operationId: 'createTag',
    body: 'json',
    handler(context) {
      if (!isOwnTenant(context)) return errorReply(404, 'Not Found');
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      const name = requiredString(input, 'name');
      if (isReply(name)) return name;
      const { store } = context.state;
      const id = `tag_tenant_${store.tenantId}_${name.trim()}`;
      if (store.tags.has(id)) return errorReply(409, 'Tag already exists');
      store.tags.set(id, { id, name: name.trim() });
      return json(200, []);
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/tenant/{tenantId}/tag/{tagId}',
    operationId: 'deleteTag',
    handler(context) {
      const { store } = context.state;
      const id = context.params.tagId ?? '';
      if (!isOwnTenant(context) || !store.tags.delete(id)) return errorReply(404, 'Not Found');
      return json(200, { deleted: true });
    },
  },
];
