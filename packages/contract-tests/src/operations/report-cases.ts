import {
  createReport,
  deleteReport,
  exportReport,
  getReport,
  importReport,
  listClientReports,
  listReportsPaged,
  updateReport,
} from '@plextrac-ts/sdk';
import { expect } from 'vitest';
import { clientPath, ptracFile, reportPath } from './fixtures.js';
import { type ClientCalls, defineCase } from './operation-case.js';

const reports = {
  openapi: (c) => c.GET('/api/v1/client/{clientId}/reports', { params: { path: clientPath } }),
  sdk: (client) => listClientReports({ client, path: clientPath }),
} satisfies ClientCalls<unknown, unknown>;
const pageOnly = { pagination: { offset: 0, limit: 10 as const } };
const pageAll = {
  ...pageOnly,
  sort: [{ by: 'name', order: 'ASC' as const }],
  filters: [{ by: 'clients', value: ['4155'] }],
};
const reportFields = {
  status: 'Draft',
  template: 'template_default',
  fields_template: 'fields_default',
  start_date: '2025-11-03T00:00:00.000Z',
  end_date: '2025-11-14T00:00:00.000Z',
  tags: ['external'],
  operators: ['jane.doe@example.com'],
  reviewers: ['sam.lee@example.com'],
  exec_summary: { custom_fields: [{ id: 'summary', label: 'Executive Summary', text: '<p/>' }] },
  custom_field: [{ label: 'Scope', value: 'External' }],
};
const createOnly = { name: '2025 External Penetration Test' };
const createAll = { ...createOnly, ...reportFields };
const get = {
  openapi: (c) =>
    c.GET('/api/v1/client/{clientId}/report/{reportId}', { params: { path: reportPath } }),
  sdk: (client) => getReport({ client, path: reportPath }),
} satisfies ClientCalls<unknown, unknown>;
const remove = {
  openapi: (c) =>
    c.DELETE('/api/v1/client/{clientId}/report/{reportId}', { params: { path: reportPath } }),
  sdk: (client) => deleteReport({ client, path: reportPath }),
} satisfies ClientCalls<unknown, unknown>;
const pdfPath = { ...reportPath, format: 'pdf' as const };
const ptracPath = { ...reportPath, format: 'ptrac' as const };
const exportQuery = { includeEvidence: true, templateID: 'export_template_1' };
// Prism negotiates the media type from Accept: the ptrac form is the JSON one.
const acceptJson = { Accept: 'application/json' };
const importBody = () => ({ file: ptracFile() });

export const reportCases = [
  defineCase({
    operationId: 'listClientReports',
    required: reports,
    all: reports,
    check: (data) => {
      const row = data[0];
      expect(row?.id).toBe(500006);
      expect(row?.data).toHaveLength(13);
      expect(row?.data[3]).toBe('Draft');
    },
  }),
  defineCase({
    operationId: 'listReportsPaged',
    required: {
      openapi: (c) => c.POST('/api/v2/reports', { body: pageOnly }),
      sdk: (client) => listReportsPaged({ client, body: pageOnly }),
    },
    all: {
      openapi: (c) => c.POST('/api/v2/reports', { body: pageAll }),
      sdk: (client) => listReportsPaged({ client, body: pageAll }),
    },
    check: (data) => {
      expect(data.data[0]?.client_id).toBe(4155);
      expect(data.meta.pagination).toEqual({ offset: 0, limit: 10, total: 1 });
    },
  }),
  defineCase({
    operationId: 'createReport',
    required: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/create', {
          params: { path: clientPath },
          body: createOnly,
        }),
      sdk: (client) => createReport({ client, path: clientPath, body: createOnly }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/create', {
          params: { path: clientPath },
          body: createAll,
        }),
      sdk: (client) => createReport({ client, path: clientPath, body: createAll }),
    },
    check: (data) => {
      expect(data.message).toBe('success');
      expect(data.report_id).toBe(500006);
    },
  }),
  defineCase({
    operationId: 'getReport',
    required: get,
    all: get,
    check: (data) => {
      expect(data.name).toBe('2025 External Penetration Test');
      expect(data.exec_summary?.custom_fields?.[0]?.label).toBe('Executive Summary');
    },
  }),
  defineCase({
    operationId: 'updateReport',
    required: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/report/{reportId}', {
          params: { path: reportPath },
          body: {},
        }),
      sdk: (client) => updateReport({ client, path: reportPath, body: {} }),
    },
    all: {
      openapi: (c) =>
        c.PUT('/api/v1/client/{clientId}/report/{reportId}', {
          params: { path: reportPath },
          body: { name: 'Renamed', ...reportFields },
        }),
      sdk: (client) =>
        updateReport({ client, path: reportPath, body: { name: 'Renamed', ...reportFields } }),
    },
    check: (data) => {
      expect(data.status).toBe('success');
      expect(data.data?.status).toBe('Published');
    },
  }),
  defineCase({
    operationId: 'deleteReport',
    required: remove,
    all: remove,
    check: (data) => expect(data.data).toBe(true),
  }),
  defineCase({
    operationId: 'exportReport',
    contentType: /^application\/(octet-stream|json)/,
    required: {
      openapi: (c) =>
        c.GET('/api/v1/client/{clientId}/report/{reportId}/export/{format}', {
          params: { path: pdfPath },
          parseAs: 'blob',
        }),
      sdk: (client) => exportReport({ client, path: pdfPath, parseAs: 'blob' }),
    },
    all: {
      openapi: (c) =>
        c.GET('/api/v1/client/{clientId}/report/{reportId}/export/{format}', {
          params: { path: ptracPath, query: exportQuery },
          headers: acceptJson,
        }),
      sdk: (client) =>
        exportReport({ client, path: ptracPath, query: exportQuery, headers: acceptJson }),
    },
    check: (data) => {
      if (data instanceof Blob) {
        expect(data.size).toBeGreaterThan(0);
      } else if (typeof data === 'object' && data !== null && 'report_info' in data) {
        expect(data.report_info).toMatchObject({ name: '2025 External Penetration Test' });
      } else {
        throw new Error(`unexpected export body: ${typeof data}`);
      }
    },
  }),
  defineCase({
    operationId: 'importReport',
    required: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/import', {
          params: { path: clientPath },
          body: importBody(),
        }),
      sdk: (client) => importReport({ client, path: clientPath, body: importBody() }),
    },
    all: {
      openapi: (c) =>
        c.POST('/api/v1/client/{clientId}/report/import', {
          params: { path: clientPath },
          body: importBody(),
        }),
      sdk: (client) => importReport({ client, path: clientPath, body: importBody() }),
    },
    check: (data) => expect(data.status).toBe('success'),
  }),
];
