import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

describe('clients', () => {
  it('creates a client and lists it as a v1 row', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const created = await call('POST', '/api/v1/client/create', { json: { name: 'Acme' } });
    expect(created.json).toMatchObject({
      status: 'success',
      assign_message: {
        status: 'complete',
        users_assigned: ['analyst@example.com'],
        users_rejected: [],
      },
    });
    const id = created.json.client_id;
    expect((await call('GET', '/api/v1/client/list')).json).toEqual([
      { id: `client_${id}`, doc_id: [id], data: [id, 'Acme', null] },
    ]);
  });

  it('ignores __proto__ in create and update bodies: the stored client keeps a plain prototype', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const created = await call('POST', '/api/v1/client/create', {
      body: '{"name":"Acme","__proto__":{"injected":"yes"}}',
      headers: { 'content-type': 'application/json' },
    });
    const id = created.json.client_id;
    const updated = await call('PUT', `/api/v1/client/${id}`, {
      body: '{"__proto__":{"injected":"yes"}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(updated.status).toBe(200);
    const filtered = await call('POST', '/api/v2/clients', {
      json: { pagination: { offset: 0, limit: 5 }, filters: [{ by: 'injected', value: 'yes' }] },
    });
    expect(filtered.json.meta.pagination.total).toBe(0);
    expect(Object.keys((await call('GET', `/api/v1/client/${id}`)).json)).not.toContain(
      '__proto__',
    );
  });

  it('merges an update: keys not sent are kept, read-only keys are ignored', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const { client_id: id } = (
      await call('POST', '/api/v1/client/create', {
        json: { name: 'Acme', poc: 'Jo', tags: ['web'], extra: 1 },
      })
    ).json;
    await call('PUT', `/api/v1/client/${id}`, {
      json: { description: 'New', client_id: 999, doc_type: 'x' },
    });
    const client = (await call('GET', `/api/v1/client/${id}`)).json;
    expect(client).toMatchObject({
      client_id: id,
      doc_type: 'client',
      name: 'Acme',
      poc: 'Jo',
      tags: ['web'],
      extra: 1,
      description: 'New',
    });
  });

  it('answers 400 for a missing name and 404 for a missing client', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const missing = await call('POST', '/api/v1/client/create', { json: { poc: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.json.validation.keys).toEqual(['name']);
    expect((await call('GET', '/api/v1/client/123')).status).toBe(404);
    expect((await call('PUT', '/api/v1/client/123', { json: { name: 'x' } })).status).toBe(404);
    expect((await call('DELETE', '/api/v1/client/123')).status).toBe(404);
    expect((await call('GET', '/api/v1/client/abc')).status).toBe(400);
  });

  it('deletes a client with its reports, findings and assets', async () => {
    const { call, login, sandbox } = await startTestSandbox({
      seed: {
        clients: [
          {
            name: 'Gone',
            reports: [{ name: 'R', findings: [{ title: 'F' }] }],
            assets: [{ asset: 'a' }],
          },
        ],
      },
    });
    await login();
    const [
      {
        doc_id: [id],
      },
    ] = (await call('GET', '/api/v1/client/list')).json;
    expect((await call('DELETE', `/api/v1/client/${id}`)).json).toEqual({
      status: 'success',
      message: 'client deleted successfully',
    });
    const reports = await call('POST', '/api/v2/reports', {
      json: { pagination: { offset: 0, limit: 10 } },
    });
    const assets = await call('POST', '/api/v2/tenant/assets', {
      json: { pagination: { offset: 0, limit: 10 } },
    });
    expect([reports.json.meta.pagination.total, assets.json.meta.pagination.total]).toEqual([0, 0]);
    expect(sandbox.stats.count('deleteClient')).toBe(1);
  });
});
