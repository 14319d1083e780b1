import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

const body = (limit: number, offset = 0) => ({ json: { pagination: { offset, limit } } });

describe('v2 list endpoints', () => {
  it('enforce each endpoint’s allowed limits', async () => {
    const { call, login } = await startTestSandbox({
      seed: { clients: [{ name: 'C', reports: [{ name: 'R' }] }] },
    });
    await login();
    const [
      {
        doc_id: [c],
      },
    ] = (await call('GET', '/api/v1/client/list')).json;
    const [{ id: r }] = (await call('GET', `/api/v1/client/${c}/reports`)).json;
    const cases: Array<[string, number[], number[]]> = [
      ['/api/v2/clients', [5, 25, 50, 100], [1, 10, 1000]],
      ['/api/v2/reports', [5, 10, 25, 50, 100, 1000], [1, 99999]],
      [`/api/v2/clients/${c}/assets`, [5, 10, 25, 50, 100], [1000]],
      ['/api/v2/tenant/assets', [5, 10, 25, 50, 100, 1000], [25 + 1]],
      [`/api/v2/clients/${c}/reports/${r}/findings`, [1, 10, 50, 100, 99999], [5, 25]],
      [`/api/v2/client/${c}/findings`, [1, 7, 250], [0]],
    ];
    for (const [path, allowed, refused] of cases) {
      for (const limit of allowed)
        expect((await call('POST', path, body(limit))).status, `${path} ${limit}`).toBe(200);
      for (const limit of refused)
        expect((await call('POST', path, body(limit))).status, `${path} ${limit}`).toBe(400);
    }
  });

  it('pages through clients by offset with a stable total', async () => {
    const { call, login } = await startTestSandbox({
      seed: { clients: 'abcdefg'.split('').map((n) => ({ name: n })) },
    });
    await login();
    const names: string[] = [];
    for (let offset = 0; offset < 7; offset += 5) {
      const result = await call('POST', '/api/v2/clients', {
        json: { pagination: { offset, limit: 5 }, sort: [{ by: 'name', order: 'DESC' }] },
      });
      expect(result.json.meta.pagination.total).toBe(7);
      names.push(...result.json.data.map((c: { name: string }) => c.name));
    }
    expect(names).toEqual(['g', 'f', 'e', 'd', 'c', 'b', 'a']);
  });

  it('pages tenant users by query, sorted and filtered', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const result = await call(
      'GET',
      '/api/v2/tenants/0/users?offset=1&limit=1&sortBy=email&order=ASCEND',
    );
    expect(result.json.data.map((u: { email: string }) => u.email)).toEqual(['mfa@example.com']);
    expect(result.json.meta.pagination).toEqual({ offset: 1, limit: 1, total: 3 });
    const filtered = await call('GET', '/api/v2/tenants/0/users?filter=sso');
    expect(filtered.json.data.map((u: { mfa: { enabled: boolean } }) => u.mfa.enabled)).toEqual([
      false,
    ]);
    expect((await call('GET', '/api/v2/tenants/0/users?limit=0')).status).toBe(400);
  });
});
