import {
  createFinding,
  deleteFinding,
  deleteFindings,
  getFinding,
  listClientFindingsPaged,
  listReportFindings,
  listReportFindingsPaged,
  updateFinding,
} from '@plextrac-ts/sdk';
import { expect } from 'vitest';
import { clientPath, findingPath, reportPath } from './fixtures.js';
import { type ClientCalls, defineCase } from './operation-case.js';

const rows = {
  openapi: (c) =>
    c.GET('/api/v1/client/{clientId}/report/{reportId}/flaws', { params: { path: reportPath } }),
  sdk: (client) => listReportFindings({ client, path: reportPath }),
} satisfies ClientCalls<unknown, unknown>;
const reportPageOnly = { pagination: { offset: 0, limit: 10 as const } };
const reportPageAll = {
  ...reportPageOnly,
  sort: [{ by: 'severity', order: 'DESC' as const }],
  filters: [{ by: 'status', value: ['Open'] }],
};
const clientPageOnly = { pagination: { offset: 0, limit: 25 } };
const clientPageAll = {
  ...clientPageOnly,
  sort: [{ by: 'title', order: 'ASC' as const }],
  filters: [{ by: 'severity', value: ['High', 'Critical'] }],
};
const findingFields = {
  severity: 'Medium',
  status: 'Open',
  description: '<p>The server accepts TLS 1.0 and 1.1.</p>',
  recommendations: '<p>Disable TLS versions below 1.2.</p>',
  references: 'https://ssl-config.mozilla.org/',
  tags: ['tls'],
  fields: { scores: { label: 'Scores', value: '' } },
  affected_assets: { 'asset-1': { asset: 'www.acme.example', status: 'Open' } },
};
const createOnly = { title: 'Outdated TLS configuration' };
const createAll = { ...createOnly, ...findingFields };
// updateFinding replaces the finding, so its body is a whole Finding.
const replaceOnly = { title: 'Outdated TLS configuration' };
const replaceAll = {
  ...createAll,
  flaw_id: 872341,
  doc_id: 'flaw_872341_report_500006_client_4155',
  client_id: 4155,
  report_id: 500006,
  sub_status: null,
  visibility: 'published',
  common_identifiers: { CVE: [] },
  createdAt: 1764789600000,
  last_update: 1764793200000,
};
const get = {
  openapi: (c) =>
    c.GET('/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}', {
      params: { path: findingPath },
    }),
  sdk: (client) => getFinding({ client, path: findingPath }),
} satisfies ClientCalls<unknown, unknown>;
const remove = {
  openapi: (c) =>
    c.DELETE('/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}', {
      params: { path: findingPath },
    }),
  sdk: (client) => deleteFinding({ client, path: findingPath }),
} satisfies ClientCalls<unknown, unknown>;
const bulkAll = { findingIds: [872341, 872399] };

export const findingCases = [
  defineCase({
    operationId: 'listReportFindings',
    required: rows,
    all: rows,
    check: (data) => {
      expect(data[0]?.id).toBe(872341);
      expect(data[0]?.data[2]).toBe('Outdated TLS configuration');
    },
  }),
  defineCase({
    operationId: 'listReportFindingsPaged',
    required: {
      openapi: (c) =>
        c.POST('/api/v2/clients/{clientId}/reports/{reportId}/findings', {
          params: { path: reportPath },
          body: reportPageOnly,
        }),
      sdk: (client) => listReportFindingsPaged({ client, path: reportPath, body: reportPageOnly }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v2/clients/{clientId}/reports/{reportId}/findings', {
          params: { path: reportPath },
          body: reportPageAll,
        }),
      sdk: (client) => listReportFindingsPaged({ client, path: reportPath, body: reportPageAll }),
    },
    check: (data) => {
      expect(data.data[0]?.status).toBe('Open');
      expect(data.meta.flawIds).toEqual([872341]);
    },
  }),
  defineCase({
    operationId: 'listClientFindingsPaged',
    required: {
      openapi: (c) =>
        c.POST('/api/v2/client/{clientId}/findings', {
          params: { path: clientPath },
          body: clientPageOnly,
        }),
      sdk: (client) => listClientFindingsPaged({ client, path: clientPath, body: clientPageOnly }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v2/client/{clientId}/findings', {
          params: { path: clientPath },
          body: clientPageAll,
        }),
      sdk: (client) => listClientFindingsPaged({ client, path: clientPath, body: clientPageAll }),
    },
    check: (data) => {
      expect(data.data[0]?.severity).toBe('High');
      expect(data.meta.pagination.total).toBe(1);
    },
  }),
  defineCase({
    operationId: 'createFinding',
    required: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/{reportId}/flaw/create', {
          params: { path: reportPath },
          body: createOnly,
        }),
      sdk: (client) => createFinding({ client, path: reportPath, body: createOnly }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/{reportId}/flaw/create', {
          params: { path: reportPath },
          body: createAll,
        }),
      sdk: (client) => createFinding({ client, path: reportPath, body: createAll }),
    },
    check: (data) => expect(data.flaw_id).toBe(872341),
  }),
  defineCase({
    operationId: 'getFinding',
    required: get,
    all: get,
    check: (data) => {
      expect(data.title).toBe('Outdated TLS configuration');
      expect(data.affected_assets).toBeTypeOf('object');
    },
  }),
  defineCase({
    operationId: 'updateFinding',
    required: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}', {
          params: { path: findingPath },
          body: replaceOnly,
        }),
      sdk: (client) => updateFinding({ client, path: findingPath, body: replaceOnly }),
    },
    all: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}', {
          params: { path: findingPath },
          body: replaceAll,
        }),
      sdk: (client) => updateFinding({ client, path: findingPath, body: replaceAll }),
    },
    check: (data) => expect(data.message).toBe('success'),
  }),
  defineCase({
    operationId: 'deleteFinding',
    required: remove,
    all: remove,
    check: (data) => expect(data).toMatchObject({ status: 'success' }),
  }),
  defineCase({
    operationId: 'deleteFindings',
    required: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/{reportId}/flaws/delete', {
          params: { path: reportPath },
          body: {},
        }),
      sdk: (client) => deleteFindings({ client, path: reportPath, body: {} }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/{reportId}/flaws/delete', {
          params: { path: reportPath },
          body: bulkAll,
        }),
      sdk: (client) => deleteFindings({ client, path: reportPath, body: bulkAll }),
    },
    check: (data) => expect(data).toMatchObject({ status: 'success' }),
  }),
];
