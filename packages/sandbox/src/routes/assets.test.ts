import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

describe('assets', () => {
  it('creates a new asset on every PUT to asset/0 and returns its id', async () => {
    const { call, login } = await startTestSandbox({ seed: { clients: [{ name: 'C' }] } });
    await login();
    const [
      {
        doc_id: [clientId],
      },
    ] = (await call('GET', '/api/v1/client/list')).json;
    const first = await call('PUT', `/api/v1/client/${clientId}/asset/0`, {
      json: { asset: 'web01', id: 'ignored' },
    });
    const second = await call('PUT', `/api/v1/client/${clientId}/asset/0`, {
      json: { asset: 'web02' },
    });
    expect(first.json).toEqual({ message: 'success', id: expect.any(String) });
    expect(first.json.id).not.toBe(second.json.id);
    expect(first.json.id).not.toBe('ignored');
    const asset = (await call('GET', `/api/v1/client/${clientId}/asset/${first.json.id}`)).json;
    expect(asset).toMatchObject({ id: first.json.id, client_id: clientId, asset: 'web01' });
    expect((await call('GET', `/api/v1/client/${clientId}/assets`)).json).toHaveLength(2);
  });

  it('updates, deletes, and 404s an asset of another client', async () => {
    const { call, login } = await startTestSandbox({
      seed: { clients: [{ name: 'A', assets: [{ asset: 'a1', tags: ['x'] }] }, { name: 'B' }] },
    });
    await login();
    const [a, b] = (await call('GET', '/api/v1/client/list')).json.map(
      (row: { doc_id: number[] }) => row.doc_id[0],
    );
    const [asset] = (await call('GET', `/api/v1/client/${a}/assets`)).json;
    expect((await call('GET', `/api/v1/client/${b}/asset/${asset.id}`)).status).toBe(404);
    await call('PUT', `/api/v1/client/${a}/asset/${asset.id}`, {
      json: { asset: 'a1-renamed', assetCriticality: 'Low' },
    });
    expect((await call('GET', `/api/v1/client/${a}/asset/${asset.id}`)).json).toMatchObject({
      asset: 'a1-renamed',
      assetCriticality: 'Low',
      tags: ['x'],
    });
    expect(
      (await call('PUT', `/api/v1/client/${a}/asset/${asset.id}`, { json: { type: 'Server' } }))
        .status,
    ).toBe(400);
    expect((await call('DELETE', `/api/v1/client/${a}/asset/${asset.id}`)).status).toBe(200);
    expect((await call('DELETE', `/api/v1/client/${a}/asset/${asset.id}`)).status).toBe(404);
  });

  it('404s asset/0 on a missing client and 400s a missing asset name', async () => {
    const { call, login } = await startTestSandbox({ seed: { clients: [{ name: 'C' }] } });
    await login();
    const [
      {
        doc_id: [clientId],
      },
    ] = (await call('GET', '/api/v1/client/list')).json;
    expect((await call('PUT', '/api/v1/client/999/asset/0', { json: { asset: 'x' } })).status).toBe(
      404,
    );
    expect(
      (await call('PUT', `/api/v1/client/${clientId}/asset/0`, { json: { type: 'Server' } }))
        .status,
    ).toBe(400);
  });
});
