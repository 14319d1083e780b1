import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

describe('tenant tags', () => {
  it('answers [] on create, 409 on a duplicate, lists with limit/offset, and 404s a missing delete', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    expect(
      (
        await call('POST', '/api/v1/tenant/0/tag', {
          json: { name: 'web', scope: 'tenant', ownerId: 0 },
        })
      ).json,
    ).toEqual([]);
    const duplicate = await call('POST', '/api/v1/tenant/0/tag', { json: { name: 'web' } });
    expect(duplicate.status).toBe(409);
    await call('POST', '/api/v1/tenant/0/tag', { json: { name: 'api' } });
    const list = await call('GET', '/api/v1/tenant/0/tag?limit=1&offset=1');
    expect(list.json).toEqual({
      count: { totalDocs: 2 },
      tags: [{ id: 'tag_tenant_0_web', name: 'web' }],
    });
    expect((await call('DELETE', '/api/v1/tenant/0/tag/tag_tenant_0_web')).json).toEqual({
      deleted: true,
    });
    expect((await call('DELETE', '/api/v1/tenant/0/tag/tag_tenant_0_web')).status).toBe(404);
  });

  it('does not register finding tags as tenant tags', async () => {
    const { call, login } = await startTestSandbox({
      seed: {
        clients: [
          {
            name: 'C',
            reports: [{ name: 'R', findings: [{ title: 'F', tags: ['finding-only'] }] }],
          },
        ],
      },
    });
    await login();
    expect((await call('GET', '/api/v1/tenant/0/tag')).json.tags).toEqual([]);
  });
});
