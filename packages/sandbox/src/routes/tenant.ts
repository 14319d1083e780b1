import { queryInt } from '../http/query-int.js';
import { errorReply, json } from '../http/reply.js';
import { validationError } from '../http/validation-error.js';
import type { RouteDefinition } from '../router.js';
import { tenantCuid } from '../store/ids.js';
import { userDoc } from '../store/rows.js';
import { isOwnTenant } from './tenant-param.js';

const FORBIDDEN = 'Unauthorized!';

export const tenantRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/tenant/{tenantId}',
    operationId: 'getTenant',
    handler(context) {
      if (!isOwnTenant(context)) return errorReply(404, 'Not Found');
      const { tenantId } = context.state;
      const admin = context.state.users[0];
      return json(200, {
        tenant_id: tenantId,
        cuid: tenantCuid(tenantId),
        name: 'PlexTrac Sandbox',
        poc: admin ? `${admin.firstName} ${admin.lastName}` : null,
        poc_email: admin?.username ?? null,
        doc_type: 'tenant',
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/tenant/{tenantId}/user/list',
    operationId: 'listTenantUsers',
    handler(context) {
      if (!isOwnTenant(context)) return errorReply(403, FORBIDDEN);
      const { users, tenantId, store } = context.state;
      const createdAt = store.createdAt;
      return json(
        200,
        users.map((user) => {
          const data = userDoc(user, tenantId, createdAt);
          return { id: data.cuid, doc_id: [user.userId], data };
        }),
      );
    },
  },
  {
    method: 'GET',
    path: '/api/v2/tenants/{tenantId}/users',
    operationId: 'listTenantUsersPaged',
    handler(context) {
      if (!isOwnTenant(context)) return errorReply(403, FORBIDDEN);
      const { query, state } = context;
      const offset = queryInt(query.get('offset'), 0, 0);
      if (offset === undefined)
        return validationError('offset', 'must be an integer >= 0', 'query');
      const limit = queryInt(query.get('limit'), 25, 1);
      if (limit === undefined) return validationError('limit', 'must be an integer >= 1', 'query');
      const filter = (query.get('filter') ?? '').toLowerCase();
      const sortKey = { firstName: 'first', lastName: 'last', email: 'email' }[
        query.get('sortBy') ?? ''
      ];
      const descending = /^DES/i.test(query.get('order') ?? '');
      const docs = state.users
        .map((user) => userDoc(user, state.tenantId, state.store.createdAt))
        .filter((doc) => !filter || `${doc.fullName} ${doc.email}`.toLowerCase().includes(filter));
      if (sortKey) {
        const key = sortKey as 'first' | 'last' | 'email';
        docs.sort((a, b) => a[key].localeCompare(b[key]) * (descending ? -1 : 1));
      }
      return json(200, {
        status: 'success',
        data: docs.slice(offset, offset + limit),
        meta: { pagination: { offset, limit, total: docs.length } },
      });
    },
  },
];
