import {
  createClient,
  deleteClient,
  getClient,
  listClients,
  listClientsPaged,
  updateClient,
} from '@plextrac-ts/sdk';
import { expect } from 'vitest';
import { clientPath } from './fixtures.js';
import { type ClientCalls, defineCase } from './operation-case.js';

const list = {
  openapi: (c) => c.GET('/api/v1/client/list'),
  sdk: (client) => listClients({ client }),
} satisfies ClientCalls<unknown, unknown>;
const pageOnly = { pagination: { offset: 0, limit: 25 as const } };
const pageAll = {
  ...pageOnly,
  sort: [{ by: 'name', order: 'ASC' as const }],
  filters: [{ by: 'tags', value: ['web'] }],
};
const createOnly = { name: 'Acme Corp' };
const createAll = {
  name: 'Acme Corp',
  poc: 'John Smith',
  poc_email: 'john.smith@acme.example',
  description: 'Annual external penetration test.',
  tags: ['web'],
  custom_field: [{ label: 'Region', value: 'EMEA' }],
};
const get = {
  openapi: (c) => c.GET('/api/v1/client/{clientId}', { params: { path: clientPath } }),
  sdk: (client) => getClient({ client, path: clientPath }),
} satisfies ClientCalls<unknown, unknown>;
const updateOnly = {};
const updateAll = { ...createAll, name: 'Acme Corporation' };
const remove = {
  openapi: (c) => c.DELETE('/api/v1/client/{clientId}', { params: { path: clientPath } }),
  sdk: (client) => deleteClient({ client, path: clientPath }),
} satisfies ClientCalls<unknown, unknown>;

export const clientCases = [
  defineCase({
    operationId: 'listClients',
    required: list,
    all: list,
    check: (data) => {
      expect(data.map((row) => row.id)).toEqual(['client_4155', 'client_4156']);
      expect(data[0]?.data[1]).toBe('Acme Corp');
    },
  }),
  defineCase({
    operationId: 'listClientsPaged',
    required: {
      openapi: (c) => c.POST('/api/v2/clients', { body: pageOnly }),
      sdk: (client) => listClientsPaged({ client, body: pageOnly }),
    },
    all: {
      openapi: (c) => c.POST('/api/v2/clients', { body: pageAll }),
      sdk: (client) => listClientsPaged({ client, body: pageAll }),
    },
    check: (data) => {
      expect(data.data[0]?.name).toBe('Acme Corp');
      expect(data.meta.pagination.total).toBe(1);
    },
  }),
  defineCase({
    operationId: 'createClient',
    required: {
      openapi: (c) => c.POST('/api/v1/client/create', { body: createOnly }),
      sdk: (client) => createClient({ client, body: createOnly }),
    },
    all: {
      openapi: (c) => c.POST('/api/v1/client/create', { body: createAll }),
      sdk: (client) => createClient({ client, body: createAll }),
    },
    check: (data) => {
      expect(data.status).toBe('success');
      expect(data.client_id).toBe(4155);
    },
  }),
  defineCase({
    operationId: 'getClient',
    required: get,
    all: get,
    check: (data) => {
      expect(data.client_id).toBe(4155);
      expect(data.name).toBe('Acme Corp');
      expect(data.users?.['jane.doe@example.com']?.role).toBe('ADMIN');
    },
  }),
  defineCase({
    operationId: 'updateClient',
    required: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}', { params: { path: clientPath }, body: updateOnly }),
      sdk: (client) => updateClient({ client, path: clientPath, body: updateOnly }),
    },
    all: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}', { params: { path: clientPath }, body: updateAll }),
      sdk: (client) => updateClient({ client, path: clientPath, body: updateAll }),
    },
    check: (data) => expect(data.status).toBe('success'),
  }),
  defineCase({
    operationId: 'deleteClient',
    required: remove,
    all: remove,
    check: (data) => expect(data.message).toBe('client deleted successfully'),
  }),
];
