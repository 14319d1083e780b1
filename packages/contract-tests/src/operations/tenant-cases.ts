import { getTenant, listTenantUsers, listTenantUsersPaged } from '@plextrac-ts/sdk';
import { expect } from 'vitest';
import { ids } from './fixtures.js';
import { type ClientCalls, defineCase } from './operation-case.js';

const tenantPath = { tenantId: ids.tenantId };
const tenant = {
  openapi: (c) => c.GET('/api/v1/tenant/{tenantId}', { params: { path: tenantPath } }),
  sdk: (client) => getTenant({ client, path: tenantPath }),
} satisfies ClientCalls<unknown, unknown>;
const users = {
  openapi: (c) => c.GET('/api/v1/tenant/{tenantId}/user/list', { params: { path: tenantPath } }),
  sdk: (client) => listTenantUsers({ client, path: tenantPath }),
} satisfies ClientCalls<unknown, unknown>;
const usersQuery = { offset: 0, limit: 10, sortBy: 'email', order: 'ASCEND', filter: 'jane' };

export const tenantCases = [
  defineCase({
    operationId: 'getTenant',
    required: tenant,
    all: tenant,
    check: (data) => expect(data).toMatchObject({ tenant_id: 0 }),
  }),
  defineCase({
    operationId: 'listTenantUsers',
    required: users,
    all: users,
    check: (data) => {
      const [first] = data;
      expect(first?.data.email).toBe('jane.doe@example.com');
      expect(first?.doc_id).toEqual([1001]);
    },
  }),
  defineCase({
    operationId: 'listTenantUsersPaged',
    required: {
      openapi: (c) => c.GET('/api/v2/tenants/{tenantId}/users', { params: { path: tenantPath } }),
      sdk: (client) => listTenantUsersPaged({ client, path: tenantPath }),
    },
    all: {
      openapi: (c) =>
        c.GET('/api/v2/tenants/{tenantId}/users', {
          params: { path: tenantPath, query: usersQuery },
        }),
      sdk: (client) => listTenantUsersPaged({ client, path: tenantPath, query: usersQuery }),
    },
    check: (data) => {
      expect(data.data.map((user) => user.email)).toContain('jane.doe@example.com');
      expect(data.data[0]?.mfa?.enabled).toBe(true);
    },
  }),
];
