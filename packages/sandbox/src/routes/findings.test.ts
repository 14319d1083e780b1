import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

async function withReport() {
  const context = await startTestSandbox({
    seed: { clients: [{ name: 'C', reports: [{ name: 'R' }] }] },
  });
  await context.login();
  const [
    {
      doc_id: [clientId],
    },
  ] = (await context.call('GET', '/api/v1/client/list')).json;
  const [{ id: reportId }] = (await context.call('GET', `/api/v1/client/${clientId}/reports`)).json;
  return { ...context, base: `/api/v1/client/${clientId}/report/${reportId}`, clientId, reportId };
}

describe('findings', () => {
  it('replaces on update: keys not sent are gone, identity stays', async () => {
    const { call, base, clientId, reportId, sandbox } = await withReport();
    const created = await call('POST', `${base}/flaw/create`, {
      json: { title: 'XSS', severity: 'High', description: 'old', tags: ['web'] },
    });
    expect(created.json).toEqual({ message: 'success', flaw_id: expect.any(Number) });
    const id = created.json.flaw_id;
    sandbox.clock.advance(5_000);
    await call('PUT', `${base}/flaw/${id}`, {
      json: { title: 'Stored XSS', severity: 'Critical', flaw_id: 1 },
    });
    const finding = (await call('GET', `${base}/flaw/${id}`)).json;
    expect(finding).toMatchObject({
      flaw_id: id,
      client_id: clientId,
      report_id: reportId,
      title: 'Stored XSS',
      severity: 'Critical',
    });
    expect(finding.description).toBeUndefined();
    expect(finding.tags).toBeUndefined();
    expect(finding.last_update).toBe(finding.createdAt + 5_000);
  });

  it('lists v1 rows with the positional layout', async () => {
    const { call, base } = await withReport();
    const { flaw_id: id } = (
      await call('POST', `${base}/flaw/create`, {
        json: { title: 'T', severity: 'Low', status: 'Open' },
      })
    ).json;
    const [row] = (await call('GET', `${base}/flaws`)).json;
    expect(row.id).toBe(id);
    expect([row.data[0], row.data[1], row.data[2], row.data[3], row.data[10]]).toEqual([
      id,
      'Low',
      'T',
      'Open',
      'published',
    ]);
  });

  it('requires a title on create and on replace, and 404s a finding of another report', async () => {
    const { call, base, clientId } = await withReport();
    expect((await call('POST', `${base}/flaw/create`, { json: { severity: 'Low' } })).status).toBe(
      400,
    );
    const other = await call('POST', `/api/v1/client/${clientId}/report/create`, {
      json: { name: 'Other' },
    });
    const { flaw_id: id } = (await call('POST', `${base}/flaw/create`, { json: { title: 'T' } }))
      .json;
    expect((await call('PUT', `${base}/flaw/${id}`, { json: { severity: 'Low' } })).status).toBe(
      400,
    );
    const otherBase = `/api/v1/client/${clientId}/report/${other.json.report_id}`;
    expect((await call('GET', `${otherBase}/flaw/${id}`)).status).toBe(404);
  });

  it('deletes one finding and several at once', async () => {
    const { call, base } = await withReport();
    const ids: number[] = [];
    for (const title of ['a', 'b', 'c'])
      ids.push((await call('POST', `${base}/flaw/create`, { json: { title } })).json.flaw_id);
    expect((await call('DELETE', `${base}/flaw/${ids[0]}`)).status).toBe(200);
    expect((await call('DELETE', `${base}/flaw/${ids[0]}`)).status).toBe(404);
    const bulk = await call('POST', `${base}/flaws/delete`, {
      json: { findingIds: [ids[1], String(ids[2]), 424242] },
    });
    expect(bulk.json).toEqual({ status: 'success', deleted: 2 });
    expect((await call('GET', `${base}/flaws`)).json).toEqual([]);
  });
});
