import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

async function withClient() {
  const context = await startTestSandbox({ seed: { clients: [{ name: 'C' }] } });
  await context.login();
  const [
    {
      doc_id: [clientId],
    },
  ] = (await context.call('GET', '/api/v1/client/list')).json;
  return { ...context, clientId: clientId as number };
}

describe('reports', () => {
  it('creates with PlexTrac’s message envelope and merges updates', async () => {
    const { call, clientId } = await withClient();
    const created = await call('POST', `/api/v1/client/${clientId}/report/create`, {
      json: { name: 'R', tags: ['t'] },
    });
    const id = created.json.report_id;
    expect(created.json).toEqual({
      message: 'success',
      report_id: id,
      doc_id: `report_${id}_client_${clientId}`,
      cuid: expect.any(String),
    });
    const updated = await call('PUT', `/api/v1/client/${clientId}/report/${id}`, {
      json: { status: 'Published', id: 1 },
    });
    expect(updated.json.data).toMatchObject({ id, name: 'R', tags: ['t'], status: 'Published' });
    expect((await call('GET', `/api/v1/client/${clientId}/report/${id}`)).json.status).toBe(
      'Published',
    );
    expect((await call('DELETE', `/api/v1/client/${clientId}/report/${id}`)).json).toEqual({
      status: 'success',
      data: true,
    });
    expect((await call('GET', `/api/v1/client/${clientId}/report/${id}`)).status).toBe(404);
  });

  it('exports doc and pdf as bytes with their content types and ptrac as JSON', async () => {
    const { call, clientId } = await withClient();
    const { report_id: id } = (
      await call('POST', `/api/v1/client/${clientId}/report/create`, { json: { name: 'R' } })
    ).json;
    await call('POST', `/api/v1/client/${clientId}/report/${id}/flaw/create`, {
      json: { title: 'F1', severity: 'High' },
    });
    const base = `/api/v1/client/${clientId}/report/${id}/export`;
    const doc = await call('GET', `${base}/doc`);
    expect(doc.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect([...doc.bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const pdf = await call('GET', `${base}/pdf?includeEvidence=true`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.text).toMatch(/^%PDF-1\.4[\s\S]*F1[\s\S]*%%EOF\n$/);
    const ptrac = await call('GET', `${base}/ptrac`);
    expect(ptrac.json.report_info.name).toBe('R');
    expect(ptrac.json.flaws_array.map((f: { title: string }) => f.title)).toEqual(['F1']);
    expect((await call('GET', `${base}/ptrac?format=pdf`)).status).toBe(400);
    expect((await call('GET', `${base}/ptrac?includeEvidence=maybe`)).status).toBe(400);
    expect((await call('GET', `${base}/xlsx`)).status).toBe(404);
  });

  it('imports an exported .ptrac as a new report with its findings, answering no id', async () => {
    const { call, clientId } = await withClient();
    const { report_id: id } = (
      await call('POST', `/api/v1/client/${clientId}/report/create`, { json: { name: 'Original' } })
    ).json;
    await call('POST', `/api/v1/client/${clientId}/report/${id}/flaw/create`, {
      json: { title: 'Carried over' },
    });
    const exported = (await call('GET', `/api/v1/client/${clientId}/report/${id}/export/ptrac`))
      .text;
    const form = new FormData();
    form.set('file', new Blob([exported]), 'original.ptrac');
    const imported = await call('POST', `/api/v1/client/${clientId}/report/import`, { form });
    expect(imported.json).toEqual({ status: 'success' });
    const rows = (await call('GET', `/api/v1/client/${clientId}/reports`)).json as Array<{
      id: number;
      data: unknown[];
    }>;
    const fresh = rows.find((row) => row.id !== id);
    expect(fresh?.data[1]).toBe('Original');
    const findings = (await call('GET', `/api/v1/client/${clientId}/report/${fresh?.id}/flaws`))
      .json;
    expect(findings.map((f: { data: unknown[] }) => f.data[2])).toEqual(['Carried over']);
  });

  it('rejects an import that is not a .ptrac document or has no file', async () => {
    const { call, clientId } = await withClient();
    const notJson = new FormData();
    notJson.set('file', new Blob(['PK not json']), 'x.ptrac');
    expect(
      (await call('POST', `/api/v1/client/${clientId}/report/import`, { form: notJson })).status,
    ).toBe(400);
    const noFile = new FormData();
    noFile.set('other', 'x');
    expect(
      (await call('POST', `/api/v1/client/${clientId}/report/import`, { form: noFile })).status,
    ).toBe(400);
    expect(
      (await call('POST', `/api/v1/client/${clientId}/report/import`, { json: {} })).status,
    ).toBe(415);
  });
});
