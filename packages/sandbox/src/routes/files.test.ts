import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

function upload(name: string, relations: unknown[], components = ['report_artifacts']) {
  const form = new FormData();
  form.set('file', new Blob(['hello'], { type: 'text/plain' }), name);
  form.set('description', `about ${name}`);
  form.set('components', JSON.stringify(components));
  form.set('relations', JSON.stringify(relations));
  return form;
}

describe('file manager', () => {
  it('stores an upload, returns {data:{id}}, and lists it by component and relation', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    const first = await call('POST', '/api/v1/file-manager/upload', {
      form: upload('a.txt', [{ model: 'report', id: '1' }]),
    });
    expect(first.json).toEqual({ data: { id: expect.stringMatching(/^art_/) } });
    await call('POST', '/api/v1/file-manager/upload', {
      form: upload('b.txt', [{ model: 'report', id: '2' }]),
    });
    const list = await call('POST', '/api/v1/file-manager/artifacts', {
      json: { components: ['report_artifacts'], relations: [{ model: 'report', id: '1' }] },
    });
    expect(list.json.data).toEqual([
      {
        id: first.json.data.id,
        filename: 'a.txt',
        description: 'about a.txt',
        content_type: 'text/plain',
        size: 5,
        createdAt: new Date(sandbox.clock.now()).toISOString(),
        components: ['report_artifacts'],
        relations: [{ model: 'report', id: '1' }],
      },
    ]);
    expect(
      (await call('DELETE', `/api/v1/file-manager/artifacts/${first.json.data.id}`)).status,
    ).toBe(200);
    expect(
      (await call('POST', '/api/v1/file-manager/artifacts', { json: {} })).json.data,
    ).toHaveLength(1);
  });

  it('rejects an upload without a file, with bad relations JSON, or not multipart', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const noFile = new FormData();
    noFile.set('description', 'x');
    expect((await call('POST', '/api/v1/file-manager/upload', { form: noFile })).status).toBe(400);
    const badRelations = upload('a.txt', []);
    badRelations.set('relations', '{not json');
    expect((await call('POST', '/api/v1/file-manager/upload', { form: badRelations })).status).toBe(
      400,
    );
    expect(
      (await call('POST', '/api/v1/file-manager/upload', { json: { file: 'x' } })).status,
    ).toBe(415);
    expect((await call('DELETE', '/api/v1/file-manager/artifacts/art_missing')).status).toBe(404);
  });
});
