import { paginateItems } from '@plextrac-ts/client';
import {
  createClient,
  createFinding,
  createReport,
  deleteClient,
  deleteFinding,
  getClient,
  getFinding,
  getReport,
  listClients,
  listClientsPaged,
  updateClient,
  updateFinding,
  updateReport,
} from '@plextrac-ts/sdk';
import { describe, expect, it } from 'vitest';
import { useSandbox } from './use-sandbox.js';

const context = useSandbox();
const names = (prefix: string) => Array.from({ length: 6 }, (_, i) => `${prefix} client ${i + 1}`);

describe('CRUD flow against the sandbox behind prism proxy --errors', () => {
  it('creates, lists (v1 and paginated v2), reads, merges, replaces and deletes through @plextrac-ts/client', async () => {
    const { openapi: c, violations } = context.stack();
    const created: number[] = [];
    for (const name of names('openapi')) {
      const { data } = await c.POST('/api/v1/client/create', { body: { name, tags: ['crud'] } });
      created.push(data?.client_id ?? -1);
    }
    const [clientId = -1] = created;
    const clientPath = { path: { clientId } };

    const { data: rows } = await c.GET('/api/v1/client/list');
    expect(rows?.map((row) => row.data[0])).toEqual(expect.arrayContaining(created));

    // Seven clients or more with pages of 5: the helper must walk at least two pages.
    const listed: string[] = [];
    for await (const client of paginateItems(c, '/api/v2/clients', { pageSize: 5 })) {
      listed.push(client.name);
    }
    expect(listed).toEqual(expect.arrayContaining(names('openapi')));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThan(5);

    const { data: fetched } = await c.GET('/api/v1/client/{clientId}', { params: clientPath });
    expect(fetched?.name).toBe('openapi client 1');

    // Client PUT merges: the name survives an update that does not mention it.
    await c.PUT('/api/v1/client/{clientId}', {
      params: clientPath,
      body: { description: 'Merged in' },
    });
    const { data: merged } = await c.GET('/api/v1/client/{clientId}', { params: clientPath });
    expect(merged).toMatchObject({ name: 'openapi client 1', description: 'Merged in' });

    const { data: report } = await c.POST('/api/v1/client/{clientId}/report/create', {
      params: clientPath,
      body: { name: 'Q3 test', status: 'Draft' },
    });
    const reportPath = { path: { clientId, reportId: Number(report?.report_id) } };
    await c.PUT('/api/v1/client/{clientId}/report/{reportId}', {
      params: reportPath,
      body: { status: 'Published' },
    });
    const { data: reportAfter } = await c.GET('/api/v1/client/{clientId}/report/{reportId}', {
      params: reportPath,
    });
    expect(reportAfter).toMatchObject({ name: 'Q3 test', status: 'Published' });

    const { data: finding } = await c.POST(
      '/api/v1/client/{clientId}/report/{reportId}/flaw/create',
      { params: reportPath, body: { title: 'Weak TLS', severity: 'High', description: 'old' } },
    );
    const findingPath = { path: { ...reportPath.path, findingId: Number(finding?.flaw_id) } };
    // Finding PUT replaces: a field left out is gone.
    await c.PUT('/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}', {
      params: findingPath,
      body: { title: 'Weak TLS', severity: 'Low' },
    });
    const { data: replaced } = await c.GET(
      '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}',
      { params: findingPath },
    );
    expect(replaced).toMatchObject({ title: 'Weak TLS', severity: 'Low' });
    expect(replaced?.description).toBeUndefined();

    const findings = [];
    for await (const item of paginateItems(
      c,
      '/api/v2/clients/{clientId}/reports/{reportId}/findings',
      { params: reportPath },
    )) {
      findings.push(item.title);
    }
    expect(findings).toEqual(['Weak TLS']);

    await c.DELETE('/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}', {
      params: findingPath,
    });
    const gone = await c.GET('/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}', {
      params: findingPath,
    });
    expect(gone.response.status).toBe(404);
    for (const id of created) {
      const { response } = await c.DELETE('/api/v1/client/{clientId}', {
        params: { path: { clientId: id } },
      });
      expect(response.status).toBe(200);
    }
    const deleted = await c.GET('/api/v1/client/{clientId}', { params: clientPath });
    expect(deleted.response.status).toBe(404);
    violations.expectNone();
  });

  it('creates, lists (v1 and paginated v2), reads, merges, replaces and deletes through @plextrac-ts/sdk', async () => {
    const { sdk: client, violations } = context.stack();
    const created: number[] = [];
    for (const name of names('sdk')) {
      const { data } = await createClient({ client, body: { name, tags: ['crud'] } });
      created.push(data?.client_id ?? -1);
    }
    const [clientId = -1] = created;
    const path = { clientId };

    const { data: rows } = await listClients({ client });
    expect(rows?.map((row) => row.data[0])).toEqual(expect.arrayContaining(created));

    const listed: string[] = [];
    let pages = 0;
    for (let offset = 0; ; ) {
      const { data } = await listClientsPaged({
        client,
        body: { pagination: { offset, limit: 5 } },
      });
      const page = data?.data ?? [];
      pages += 1;
      listed.push(...page.map((item) => item.name));
      offset += page.length;
      if (page.length === 0 || offset >= (data?.meta.pagination.total ?? 0)) break;
    }
    expect(pages).toBeGreaterThan(1);
    expect(listed).toEqual(expect.arrayContaining(names('sdk')));

    expect((await getClient({ client, path })).data?.name).toBe('sdk client 1');
    await updateClient({ client, path, body: { description: 'Merged in' } });
    expect((await getClient({ client, path })).data).toMatchObject({
      name: 'sdk client 1',
      description: 'Merged in',
    });

    const { data: report } = await createReport({
      client,
      path,
      body: { name: 'Q3 test', status: 'Draft' },
    });
    const reportPath = { clientId, reportId: Number(report?.report_id) };
    await updateReport({ client, path: reportPath, body: { status: 'Published' } });
    expect((await getReport({ client, path: reportPath })).data).toMatchObject({
      name: 'Q3 test',
      status: 'Published',
    });

    const { data: finding } = await createFinding({
      client,
      path: reportPath,
      body: { title: 'Weak TLS', severity: 'High', description: 'old' },
    });
    const findingPath = { ...reportPath, findingId: Number(finding?.flaw_id) };
    await updateFinding({
      client,
      path: findingPath,
      body: { title: 'Weak TLS', severity: 'Low' },
    });
    const replaced = (await getFinding({ client, path: findingPath })).data;
    expect(replaced).toMatchObject({ title: 'Weak TLS', severity: 'Low' });
    expect(replaced?.description).toBeUndefined();

    await deleteFinding({ client, path: findingPath });
    expect((await getFinding({ client, path: findingPath })).response?.status).toBe(404);
    for (const id of created) {
      expect((await deleteClient({ client, path: { clientId: id } })).response?.status).toBe(200);
    }
    expect((await getClient({ client, path })).response?.status).toBe(404);
    violations.expectNone();
  });
});
