import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createSandbox } from './create-sandbox.js';
import { ANALYST, createTestClient, MFA_USER } from './test-support/sandbox-client.js';
import { startTestSandbox } from './test-support/start-test-sandbox.js';

describe('createSandbox', () => {
  it('listens on 127.0.0.1 on a free port and serves the seeded demo data by default', async () => {
    const sandbox = await createSandbox();
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const call = createTestClient(sandbox.url);
      const { json } = await call('POST', '/api/v1/authenticate', { json: ANALYST });
      const clients = await call('GET', '/api/v1/client/list', { token: json.token });
      expect(clients.json.map((row: { data: unknown[] }) => row.data[1])).toEqual(['Acme Corp']);
    } finally {
      await sandbox.stop();
    }
  });

  it('stop() ends a hung request, closes the port and is safe to call twice', async () => {
    const sandbox = await createSandbox({ seed: false });
    sandbox.faults.set('getHealth', 'hang');
    const call = createTestClient(sandbox.url);
    const hung = call('GET', '/api/v1/').then(
      () => 'answered',
      () => 'failed',
    );
    await expect.poll(() => sandbox.stats.count('getHealth')).toBe(1);
    await Promise.all([sandbox.stop(), sandbox.stop()]);
    await sandbox.stop();
    expect(await hung).toBe('failed');
    await expect(
      fetch(`${sandbox.url}/api/v1/`, { signal: AbortSignal.timeout(2_000) }),
    ).rejects.toThrow();
  });

  it('rejects bad options with a TypeError naming the option', async () => {
    await expect(createSandbox({ port: 70_000 })).rejects.toThrow(/port/);
    await expect(createSandbox({ tokenTtlSeconds: 0 })).rejects.toThrow(/tokenTtlSeconds/);
    await expect(createSandbox({ authLimitPerMinute: 1.5 })).rejects.toThrow(/authLimitPerMinute/);
    await expect(createSandbox({ tenantId: -1 })).rejects.toThrow(/tenantId/);
    await expect(
      createSandbox({ users: [{ username: 'a@x' }, { username: 'A@x' }] }),
    ).rejects.toThrow(/twice/);
    await expect(
      createSandbox({ users: [{ username: 'a@x', totpSecret: 'short' }] }),
    ).rejects.toThrow(/base32/);
  });

  it('reports a port that is taken with a clear error', async () => {
    const first = await createSandbox({ seed: false });
    try {
      const port = Number(new URL(first.url).port);
      await expect(createSandbox({ port })).rejects.toThrow(/could not listen on 127\.0\.0\.1/);
    } finally {
      await first.stop();
    }
  });

  it('keeps passwords and TOTP secrets out of JSON and util.inspect, yet readable', async () => {
    const { sandbox } = await startTestSandbox();
    const serialized =
      JSON.stringify(sandbox.users) + inspect(sandbox, { depth: 5 }) + inspect(sandbox.users);
    for (const user of sandbox.users) {
      if (user.password) expect(serialized).not.toContain(user.password);
      if (user.totpSecret) expect(serialized).not.toContain(user.totpSecret);
    }
    expect(sandbox.users.find((u) => u.username === MFA_USER.username)?.password).toBe(
      MFA_USER.password,
    );
    expect(sandbox.users.find((u) => u.username === 'mfa@example.com')?.totpSecret).toBe(
      'OBWGK6DUOJQWGLLTMFXGIYTPPAWW2ZTB',
    );
  });

  it('uses custom users and tenant id in logins and tenant paths', async () => {
    const { call, sandbox } = await startTestSandbox({
      tenantId: 42,
      users: [{ username: 'ops@corp.example', password: 'pw-ops', firstName: 'Op', lastName: 'S' }],
    });
    expect((await call('POST', '/api/v1/authenticate', { json: ANALYST })).status).toBe(401);
    const login = await call('POST', '/api/v1/authenticate', {
      json: { username: 'ops@corp.example', password: 'pw-ops' },
    });
    expect(login.json.tenant_id).toBe(42);
    const users = await call('GET', '/api/v1/tenant/42/user/list', { token: login.json.token });
    expect(users.json.map((row: { data: { email: string } }) => row.data.email)).toEqual([
      'ops@corp.example',
    ]);
    expect(
      (await call('GET', '/api/v1/tenant/0/user/list', { token: login.json.token })).status,
    ).toBe(403);
    await expect(sandbox.totp('ops@corp.example')).rejects.toThrow(/no TOTP secret/);
  });

  it('loads a custom seed', async () => {
    const { call, login } = await startTestSandbox({
      seed: {
        tags: ['alpha'],
        clients: [
          {
            name: 'Seeded',
            reports: [{ name: 'R1', findings: [{ title: 'F1' }] }],
            assets: [{ asset: 'a1' }],
          },
        ],
      },
    });
    await login();
    const [row] = (await call('GET', '/api/v1/client/list')).json;
    const reports = (await call('GET', `/api/v1/client/${row.doc_id[0]}/reports`)).json;
    expect(reports[0].data.slice(0, 5)).toEqual([reports[0].id, 'R1', null, 'Draft', 1]);
    expect((await call('GET', '/api/v1/tenant/0/tag')).json.tags).toEqual([
      { id: 'tag_tenant_0_alpha', name: 'alpha' },
    ]);
  });

  it('refuses a fault for an operationId the sandbox does not serve', async () => {
    const { sandbox } = await startTestSandbox();
    expect(() => sandbox.faults.set('listClient', { status: 500 })).toThrow(
      /no operation named listClient/,
    );
    expect(sandbox.faults.set('listClients', { status: 500 }).hits).toBe(0);
  });

  it('counts requests per operation and auth round trips', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    await call('GET', '/api/v1/client/list');
    await call('GET', '/api/v1/client/list');
    await call('PUT', '/api/v1/token/refresh');
    await call('GET', '/nope');
    expect(sandbox.stats.authRoundTrips).toBe(2);
    expect(sandbox.stats.count('listClients')).toBe(2);
    expect(sandbox.stats.byOperation).toMatchObject({
      authenticate: 1,
      refreshToken: 1,
      unmatched: 1,
    });
    expect(sandbox.stats.total).toBe(5);
    sandbox.stats.reset();
    expect([sandbox.stats.total, sandbox.stats.authRoundTrips]).toEqual([0, 0]);
  });

  it('answers 404 for an unknown route and 500 without details when a clock breaks', async () => {
    let broken = false;
    const clock = createManualClock(0);
    const { call } = await startTestSandbox({
      clock: { ...clock, now: () => (broken ? Number.NaN : clock.now()) },
    });
    expect((await call('GET', '/api/v1/nothing-here')).status).toBe(404);
    broken = true;
    const result = await call('POST', '/api/v1/authenticate', { json: ANALYST });
    expect(result.status).toBe(500);
    expect(result.text).not.toContain(ANALYST.password);
  });
});
