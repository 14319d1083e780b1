import {
  createTag,
  deleteArtifact,
  deleteTag,
  listArtifacts,
  listTags,
  uploadFile,
} from '@plextrac-ts/sdk';
import { expect } from 'vitest';
import { ids, ptracFile } from './fixtures.js';
import { type ClientCalls, defineCase } from './operation-case.js';

const tenantPath = { tenantId: ids.tenantId };
const tagPath = { tenantId: ids.tenantId, tagId: ids.tagId };
const tagQuery = { limit: 10, offset: 0 };
const tagOnly = { name: 'web' };
const tagAll = { name: 'web', scope: 'tenant', ownerId: ids.tenantId };
const removeTag = {
  openapi: (c) => c.DELETE('/api/v1/tenant/{tenantId}/tag/{tagId}', { params: { path: tagPath } }),
  sdk: (client) => deleteTag({ client, path: tagPath }),
} satisfies ClientCalls<unknown, unknown>;
const uploadOnly = () => ({ file: ptracFile() });
const uploadAll = () => ({
  file: ptracFile(),
  description: 'Raw nmap output',
  components: JSON.stringify(['report_artifacts']),
  relations: JSON.stringify([{ model: 'report', id: String(ids.reportId) }]),
});
const artifactsAll = {
  components: ['report_artifacts'],
  relations: [{ model: 'report', id: String(ids.reportId) }],
};
const artifactPath = { artifactId: ids.artifactId };
const removeArtifact = {
  openapi: (c) =>
    c.DELETE('/api/v1/file-manager/artifacts/{artifactId}', { params: { path: artifactPath } }),
  sdk: (client) => deleteArtifact({ client, path: artifactPath }),
} satisfies ClientCalls<unknown, unknown>;

export const tagAndFileCases = [
  defineCase({
    operationId: 'listTags',
    required: {
      openapi: (c) => c.GET('/api/v1/tenant/{tenantId}/tag', { params: { path: tenantPath } }),
      sdk: (client) => listTags({ client, path: tenantPath }),
    },
    all: {
      openapi: (c) =>
        c.GET('/api/v1/tenant/{tenantId}/tag', { params: { path: tenantPath, query: tagQuery } }),
      sdk: (client) => listTags({ client, path: tenantPath, query: tagQuery }),
    },
    check: (data) => {
      expect(data.tags.map((tag) => tag.id)).toEqual(['tag_tenant_0_web', 'tag_tenant_0_external']);
      expect(data.count?.totalDocs).toBe(2);
    },
  }),
  defineCase({
    operationId: 'createTag',
    required: {
      openapi: (c) =>
        c.POST('/api/v1/tenant/{tenantId}/tag', { params: { path: tenantPath }, body: tagOnly }),
      sdk: (client) => createTag({ client, path: tenantPath, body: tagOnly }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v1/tenant/{tenantId}/tag', { params: { path: tenantPath }, body: tagAll }),
      sdk: (client) => createTag({ client, path: tenantPath, body: tagAll }),
    },
    check: (data) => expect(data).toEqual([]),
  }),
  defineCase({
    operationId: 'deleteTag',
    required: removeTag,
    all: removeTag,
    check: (data) => expect(data.deleted).toBe(true),
  }),
  defineCase({
    operationId: 'uploadFile',
    required: {
      openapi: (c) => c.POST('/api/v1/file-manager/upload', { body: uploadOnly() }),
      sdk: (client) => uploadFile({ client, body: uploadOnly() }),
    },
    all: {
      openapi: (c) => c.POST('/api/v1/file-manager/upload', { body: uploadAll() }),
      sdk: (client) => uploadFile({ client, body: uploadAll() }),
    },
    check: (data) => expect(data.data.id).toBe(ids.artifactId),
  }),
  defineCase({
    operationId: 'listArtifacts',
    required: {
      openapi: (c) => c.POST('/api/v1/file-manager/artifacts', { body: {} }),
      sdk: (client) => listArtifacts({ client, body: {} }),
    },
    all: {
      openapi: (c) => c.POST('/api/v1/file-manager/artifacts', { body: artifactsAll }),
      sdk: (client) => listArtifacts({ client, body: artifactsAll }),
    },
    check: (data) => expect(data.data[0]?.filename).toBe('nmap-scan.xml'),
  }),
  defineCase({
    operationId: 'deleteArtifact',
    required: removeArtifact,
    all: removeArtifact,
    check: (data) => expect(data).toMatchObject({ status: 'success' }),
  }),
];
