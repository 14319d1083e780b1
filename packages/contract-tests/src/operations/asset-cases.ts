import {
  createAsset,
  deleteAsset,
  getAsset,
  listClientAssets,
  listClientAssetsPaged,
  listTenantAssetsPaged,
  updateAsset,
} from '@plextrac-ts/sdk';
import { expect } from 'vitest';
import { assetPath, clientPath, ids } from './fixtures.js';
import { type ClientCalls, defineCase } from './operation-case.js';

const list = {
  openapi: (c) => c.GET('/api/v1/client/{clientId}/assets', { params: { path: clientPath } }),
  sdk: (client) => listClientAssets({ client, path: clientPath }),
} satisfies ClientCalls<unknown, unknown>;
const clientPageOnly = { pagination: { offset: 0, limit: 25 as const } };
const clientPageAll = {
  ...clientPageOnly,
  sort: [{ by: 'asset', order: 'ASC' as const }],
  filters: [{ by: 'tags', value: ['web'] }],
};
const tenantPageOnly = { pagination: { offset: 0, limit: 100 as const } };
const tenantPageAll = {
  ...tenantPageOnly,
  sort: [{ by: 'client_id', order: 'DESC' as const }],
  filters: [{ by: 'assetCriticality', value: 'High' }],
};
const createOnly = { asset: 'www.acme.example' };
const createAll = {
  asset: 'www.acme.example',
  type: 'Server',
  assetCriticality: 'High',
  system_owner: 'IT',
  data_owner: 'Marketing',
  hostname: 'www',
  host_fqdn: 'www.acme.example',
  description: 'Public web server.',
  knownIps: ['203.0.113.10'],
  operating_system: ['Ubuntu 22.04'],
  ports: { '443': { number: '443', service: 'https', protocol: 'tcp' } },
  tags: ['web'],
};
const updateAll = {
  ...createAll,
  id: ids.assetId,
  client_id: ids.clientId,
  dns_name: 'www.acme.example',
  host_rdns: 'web-1.hosting.example',
  mac_address: '00:1a:2b:3c:4d:5e',
  netbios_name: 'WWW',
  physical_location: 'Frankfurt',
  pci_status: 'in scope',
  notes: 'Behind a CDN.',
};
const get = {
  openapi: (c) =>
    c.GET('/api/v1/client/{clientId}/asset/{assetId}', { params: { path: assetPath } }),
  sdk: (client) => getAsset({ client, path: assetPath }),
} satisfies ClientCalls<unknown, unknown>;
const remove = {
  openapi: (c) =>
    c.DELETE('/api/v1/client/{clientId}/asset/{assetId}', { params: { path: assetPath } }),
  sdk: (client) => deleteAsset({ client, path: assetPath }),
} satisfies ClientCalls<unknown, unknown>;

export const assetCases = [
  defineCase({
    operationId: 'listClientAssets',
    required: list,
    all: list,
    check: (data) => {
      const assets = Array.isArray(data) ? data : Object.values(data);
      expect(assets[0]?.asset).toBe('www.acme.example');
    },
  }),
  defineCase({
    operationId: 'listClientAssetsPaged',
    required: {
      openapi: (c) =>
        c.POST('/api/v2/clients/{clientId}/assets', {
          params: { path: clientPath },
          body: clientPageOnly,
        }),
      sdk: (client) => listClientAssetsPaged({ client, path: clientPath, body: clientPageOnly }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v2/clients/{clientId}/assets', {
          params: { path: clientPath },
          body: clientPageAll,
        }),
      sdk: (client) => listClientAssetsPaged({ client, path: clientPath, body: clientPageAll }),
    },
    check: (data) => expect(data.data?.[0]?.type).toBe('Server'),
  }),
  defineCase({
    operationId: 'listTenantAssetsPaged',
    required: {
      openapi: (c) => c.POST('/api/v2/tenant/assets', { body: tenantPageOnly }),
      sdk: (client) => listTenantAssetsPaged({ client, body: tenantPageOnly }),
    },
    all: {
      openapi: (c) => c.POST('/api/v2/tenant/assets', { body: tenantPageAll }),
      sdk: (client) => listTenantAssetsPaged({ client, body: tenantPageAll }),
    },
    check: (data) => {
      expect(data.assets[0]?.assetCriticality).toBe('High');
      expect(data.meta.pagination.limit).toBe(100);
    },
  }),
  defineCase({
    operationId: 'createAsset',
    required: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/asset/0', {
          params: { path: clientPath },
          body: createOnly,
        }),
      sdk: (client) => createAsset({ client, path: clientPath, body: createOnly }),
    },
    all: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/asset/0', {
          params: { path: clientPath },
          body: createAll,
        }),
      sdk: (client) => createAsset({ client, path: clientPath, body: createAll }),
    },
    check: (data) => expect(data.id).toBe(ids.assetId),
  }),
  defineCase({
    operationId: 'getAsset',
    required: get,
    all: get,
    check: (data) => {
      expect(data.asset).toBe('www.acme.example');
      expect(data.ports?.['443']).toMatchObject({ service: 'https' });
    },
  }),
  defineCase({
    operationId: 'updateAsset',
    required: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/asset/{assetId}', {
          params: { path: assetPath },
          body: createOnly,
        }),
      sdk: (client) => updateAsset({ client, path: assetPath, body: createOnly }),
    },
    all: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/asset/{assetId}', {
          params: { path: assetPath },
          body: updateAll,
        }),
      sdk: (client) => updateAsset({ client, path: assetPath, body: updateAll }),
    },
    check: (data) => expect(data.message).toBe('success'),
  }),
  defineCase({
    operationId: 'deleteAsset',
    required: remove,
    all: remove,
    check: (data) => expect(data).toMatchObject({ status: 'success' }),
  }),
];
