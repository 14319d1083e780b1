import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createSandbox } from './create-sandbox.js';
import { allRoutes } from './routes/all-routes.js';
import { type CallOptions, createTestClient } from './test-support/sandbox-client.js';
import {
  isAlive,
  type RunningPrism,
  specPath,
  startPrismProxy,
} from './test-support/start-prism.js';
import { contractViolations, specOperationIds } from './test-support/violations.js';
import type { Sandbox } from './types.js';

// Every operation of the spec, driven through `prism proxy --errors` in front of the sandbox.
// One file on purpose: one Prism process and one sandbox carry a single create → list → get →
// update → delete story, and the closing coverage check needs every call made in this run.
let sandbox: Sandbox;
let prism: RunningPrism;
let token = '';
const covered = new Set<string>();
const ids = { client: 0, report: 0, finding: 0, asset: '', artifact: '' };

async function op(operationId: string, method: string, path: string, options: CallOptions = {}) {
  covered.add(operationId);
  const call = createTestClient(prism.url, () => token);
  const result = await call(method, path, options);
  expect(
    contractViolations(result.status, result.headers, result.text),
    `${operationId} ${method} ${path}`,
  ).toEqual([]);
  return result;
}

beforeAll(async () => {
  sandbox = await createSandbox({ clock: createManualClock(Date.UTC(2025, 10, 4, 9, 0, 0)) });
  prism = await startPrismProxy(sandbox.url);
}, 40_000);

afterAll(async () => {
  await prism?.stop();
  await sandbox?.stop();
  if (prism) expect(isAlive(prism.pid)).toBe(false);
});

describe('auth family through prism proxy', () => {
  it('logs in a plain user with a TokenResponse', async () => {
    const r = await op('authenticate', 'POST', '/api/v1/authenticate', {
      token: null,
      json: { username: 'analyst@example.com', password: 'sandbox-analyst-password' },
    });
    expect(r.status).toBe(200);
    expect(Object.keys(r.json).sort()).toEqual(['cookie', 'status', 'tenant_id', 'token']);
    token = r.json.token;
  });

  it('completes an MFA login with a challenge and the current TOTP', async () => {
    const first = await op('authenticate', 'POST', '/api/v1/authenticate', {
      token: null,
      json: { username: 'mfa@example.com', password: 'sandbox-mfa-password' },
    });
    expect(first.json).toMatchObject({ status: 'success', mfa_enabled: true, tenant_id: 0 });
    const code = await sandbox.totp('mfa@example.com');
    const second = await op('authenticateMfa', 'POST', '/api/v1/authenticate/mfa', {
      token: null,
      json: { code: first.json.code, token: code },
    });
    expect(second.status).toBe(200);
    expect(second.json.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('refreshes with a Bearer token and answers declared 401s for bad logins and tokens', async () => {
    const refreshed = await op('refreshToken', 'PUT', '/api/v1/token/refresh', {
      token: `Bearer ${token}`,
    });
    expect(refreshed.status).toBe(200);
    token = refreshed.json.token;
    const bad = await op('authenticate', 'POST', '/api/v1/authenticate', {
      token: null,
      json: { username: 'analyst@example.com', password: 'wrong' },
    });
    expect(bad.status).toBe(401);
    const sso = await op('authenticate', 'POST', '/api/v1/authenticate', {
      token: null,
      json: { username: 'sso@example.com', password: 'anything' },
    });
    expect(sso.status).toBe(401);
    const forged = await op('getWhoami', 'GET', '/api/v1/user/whoami', {
      token: `${token.slice(0, -4)}AAAA`,
    });
    expect(forged.status).toBe(401);
    const missing = await op('getWhoami', 'GET', '/api/v1/user/whoami', { token: null });
    expect(missing.status).toBe(401);
  });
});

describe('meta and tenant through prism proxy', () => {
  it('answers health, whoami v1/v2 and the tenant document', async () => {
    expect((await op('getHealth', 'GET', '/api/v1/', { token: null })).json).toEqual({
      text: 'Authenticate at /authenticate',
    });
    expect((await op('getWhoami', 'GET', '/api/v1/user/whoami')).json.email).toBe(
      'analyst@example.com',
    );
    expect((await op('getWhoamiV2', 'GET', '/api/v2/whoami')).status).toBe(200);
    expect((await op('getTenant', 'GET', '/api/v1/tenant/0')).json.tenant_id).toBe(0);
    expect((await op('getTenant', 'GET', '/api/v1/tenant/99')).status).toBe(404);
  });

  it('lists tenant users as v1 rows and as a v2 page with every query parameter', async () => {
    const rows = await op('listTenantUsers', 'GET', '/api/v1/tenant/0/user/list');
    expect(rows.json).toHaveLength(3);
    const page = await op(
      'listTenantUsersPaged',
      'GET',
      '/api/v2/tenants/0/users?offset=0&limit=2&sortBy=email&order=DESCEND&filter=example',
    );
    expect(page.json.data.map((u: { email: string }) => u.email)).toEqual([
      'sso@example.com',
      'mfa@example.com',
    ]);
    expect(
      (await op('listTenantUsersPaged', 'GET', '/api/v2/tenants/0/users')).json.data,
    ).toHaveLength(3);
  });
});

describe('clients through prism proxy', () => {
  it('creates with required fields only and with all of them', async () => {
    const minimal = await op('createClient', 'POST', '/api/v1/client/create', {
      json: { name: 'Minimal Ltd' },
    });
    expect(minimal.json.status).toBe('success');
    const full = await op('createClient', 'POST', '/api/v1/client/create', {
      json: {
        name: 'Globex Inc',
        poc: 'Hank Scorpio',
        poc_email: 'hank@globex.example',
        description: 'Internal test',
        tags: ['internal'],
        custom_field: [{ label: 'Region', value: 'NA' }],
      },
    });
    ids.client = full.json.client_id;
    expect(typeof ids.client).toBe('number');
  });

  it('lists v1 rows and v2 pages with sort and filters', async () => {
    const rows = await op('listClients', 'GET', '/api/v1/client/list');
    expect(rows.json.map((row: { data: unknown[] }) => row.data[1])).toContain('Globex Inc');
    const page = await op('listClientsPaged', 'POST', '/api/v2/clients', {
      json: { pagination: { offset: 0, limit: 5 } },
    });
    expect(page.json.meta.pagination.total).toBe(3);
    const sorted = await op('listClientsPaged', 'POST', '/api/v2/clients', {
      json: {
        pagination: { offset: 0, limit: 25 },
        sort: [{ by: 'name', order: 'DESC' }],
        filters: [{ by: 'tags', value: ['internal'] }],
      },
    });
    expect(sorted.json.data.map((c: { name: string }) => c.name)).toEqual(['Globex Inc']);
  });

  it('gets, merges an update, and answers 404 for a missing client', async () => {
    expect((await op('getClient', 'GET', `/api/v1/client/${ids.client}`)).json.name).toBe(
      'Globex Inc',
    );
    const updated = await op('updateClient', 'PUT', `/api/v1/client/${ids.client}`, {
      json: { description: 'Merged' },
    });
    expect(updated.json.status).toBe('success');
    const after = await op('getClient', 'GET', `/api/v1/client/${ids.client}`);
    expect(after.json).toMatchObject({ description: 'Merged', poc: 'Hank Scorpio' });
    expect((await op('getClient', 'GET', '/api/v1/client/424242')).status).toBe(404);
  });
});

describe('reports through prism proxy', () => {
  it('creates, lists, gets and merges a report', async () => {
    await op('createReport', 'POST', `/api/v1/client/${ids.client}/report/create`, {
      json: { name: 'Bare report' },
    });
    const created = await op('createReport', 'POST', `/api/v1/client/${ids.client}/report/create`, {
      json: {
        name: 'Globex 2025',
        status: 'Draft',
        template: 'template_default',
        fields_template: 'fields_default',
        start_date: '2025-11-03T00:00:00.000Z',
        end_date: '2025-11-14T00:00:00.000Z',
        tags: ['internal'],
        operators: ['analyst@example.com'],
        reviewers: ['mfa@example.com'],
        exec_summary: { custom_fields: [{ id: 'summary', label: 'Summary', text: '<p>ok</p>' }] },
        custom_field: [{ label: 'Scope', value: 'internal' }],
      },
    });
    ids.report = created.json.report_id;
    const rows = await op('listClientReports', 'GET', `/api/v1/client/${ids.client}/reports`);
    expect(rows.json).toHaveLength(2);
    const page = await op('listReportsPaged', 'POST', '/api/v2/reports', {
      json: {
        pagination: { offset: 0, limit: 10 },
        sort: [{ by: 'name', order: 'ASC' }],
        filters: [{ by: 'clients', value: [String(ids.client)] }],
      },
    });
    expect(page.json.data.map((r: { name: string }) => r.name)).toEqual([
      'Bare report',
      'Globex 2025',
    ]);
    expect(
      (await op('getReport', 'GET', `/api/v1/client/${ids.client}/report/${ids.report}`)).json.name,
    ).toBe('Globex 2025');
    const updated = await op(
      'updateReport',
      'PUT',
      `/api/v1/client/${ids.client}/report/${ids.report}`,
      {
        json: { status: 'Published' },
      },
    );
    expect(updated.json.data).toMatchObject({ status: 'Published', name: 'Globex 2025' });
  });

  it('exports doc, pdf and ptrac, and rejects an unknown query key with the declared 400', async () => {
    const base = `/api/v1/client/${ids.client}/report/${ids.report}/export`;
    const doc = await op('exportReport', 'GET', `${base}/doc`);
    expect(doc.headers.get('content-type')).toContain('wordprocessingml');
    const pdf = await op(
      'exportReport',
      'GET',
      `${base}/pdf?includeEvidence=false&templateID=tpl_1`,
    );
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    const ptrac = await op('exportReport', 'GET', `${base}/ptrac`);
    expect(ptrac.json.report_info.name).toBe('Globex 2025');
    expect((await op('exportReport', 'GET', `${base}/ptrac?type=pdf`)).status).toBe(400);
  });

  it('imports a .ptrac upload as a new report without returning its id', async () => {
    const form = new FormData();
    const ptrac = {
      report_info: { name: 'Imported' },
      flaws_array: [{ title: 'Imported finding', severity: 'Low' }],
    };
    form.set(
      'file',
      new Blob([JSON.stringify(ptrac)], { type: 'application/octet-stream' }),
      'export.ptrac',
    );
    const result = await op('importReport', 'POST', `/api/v1/client/${ids.client}/report/import`, {
      form,
    });
    expect(result.json).toEqual({ status: 'success' });
  });
});

describe('findings through prism proxy', () => {
  it('creates, lists (v1 rows, report page, client page) and gets findings', async () => {
    const path = `/api/v1/client/${ids.client}/report/${ids.report}`;
    await op('createFinding', 'POST', `${path}/flaw/create`, { json: { title: 'Bare finding' } });
    const created = await op('createFinding', 'POST', `${path}/flaw/create`, {
      json: {
        title: 'Weak TLS',
        severity: 'Medium',
        status: 'Open',
        description: '<p>TLS 1.0</p>',
        recommendations: '<p>Disable</p>',
        references: 'https://example.com',
        tags: ['tls'],
        fields: { scores: { label: 'Scores', value: '' } },
        affected_assets: {},
      },
    });
    ids.finding = created.json.flaw_id;
    expect((await op('listReportFindings', 'GET', `${path}/flaws`)).json).toHaveLength(2);
    const page = await op(
      'listReportFindingsPaged',
      'POST',
      `/api/v2/clients/${ids.client}/reports/${ids.report}/findings`,
      {
        json: {
          pagination: { offset: 0, limit: 10 },
          sort: [{ by: 'title', order: 'DESC' }],
          filters: [{ by: 'severity', value: ['Medium'] }],
        },
      },
    );
    expect(page.json.meta.flawIds).toEqual([ids.finding]);
    const clientPage = await op(
      'listClientFindingsPaged',
      'POST',
      `/api/v2/client/${ids.client}/findings`,
      {
        json: {
          pagination: { offset: 0, limit: 25 },
          filters: [{ by: 'searchTerm', value: 'imported' }],
        },
      },
    );
    expect(clientPage.json.data.map((f: { title: string }) => f.title)).toEqual([
      'Imported finding',
    ]);
    expect((await op('getFinding', 'GET', `${path}/flaw/${ids.finding}`)).json.title).toBe(
      'Weak TLS',
    );
  });

  it('replaces, deletes one and deletes several', async () => {
    const path = `/api/v1/client/${ids.client}/report/${ids.report}`;
    const replaced = await op('updateFinding', 'PUT', `${path}/flaw/${ids.finding}`, {
      json: { title: 'Weak TLS', severity: 'Low', status: 'Closed' },
    });
    expect(replaced.json).toEqual({ message: 'success' });
    expect((await op('deleteFinding', 'DELETE', `${path}/flaw/${ids.finding}`)).status).toBe(200);
    expect((await op('getFinding', 'GET', `${path}/flaw/${ids.finding}`)).status).toBe(404);
    const rows = (await op('listReportFindings', 'GET', `${path}/flaws`)).json as Array<{
      id: number;
    }>;
    const bulk = await op('deleteFindings', 'POST', `${path}/flaws/delete`, {
      json: { findingIds: rows.map((r) => r.id) },
    });
    expect(bulk.status).toBe(200);
    expect((await op('listReportFindings', 'GET', `${path}/flaws`)).json).toEqual([]);
  });
});

describe('assets through prism proxy', () => {
  it('creates on asset/0, lists (v1, client page, tenant page), gets, updates and deletes', async () => {
    const base = `/api/v1/client/${ids.client}/asset`;
    const created = await op('createAsset', 'PUT', `${base}/0`, {
      json: {
        asset: 'db.globex.example',
        type: 'Server',
        assetCriticality: 'High',
        knownIps: ['203.0.113.5'],
        tags: ['db'],
      },
    });
    ids.asset = created.json.id;
    await op('createAsset', 'PUT', `${base}/0`, { json: { asset: 'app.globex.example' } });
    expect(
      (await op('listClientAssets', 'GET', `/api/v1/client/${ids.client}/assets`)).json,
    ).toHaveLength(2);
    const page = await op('listClientAssetsPaged', 'POST', `/api/v2/clients/${ids.client}/assets`, {
      json: {
        pagination: { offset: 0, limit: 5 },
        sort: [{ by: 'asset', order: 'ASC' }],
        filters: [{ by: 'tags', value: ['db'] }],
      },
    });
    expect(page.json.data.map((a: { asset: string }) => a.asset)).toEqual(['db.globex.example']);
    const tenant = await op('listTenantAssetsPaged', 'POST', '/api/v2/tenant/assets', {
      json: {
        pagination: { offset: 0, limit: 1000 },
        filters: [{ by: 'assetCriticality', value: 'High' }],
      },
    });
    expect(tenant.json.assets.length).toBeGreaterThanOrEqual(2);
    expect((await op('getAsset', 'GET', `${base}/${ids.asset}`)).json.asset).toBe(
      'db.globex.example',
    );
    const updated = await op('updateAsset', 'PUT', `${base}/${ids.asset}`, {
      json: { asset: 'db.globex.example', assetCriticality: 'Low' },
    });
    expect(updated.json.message).toBe('success');
    expect((await op('deleteAsset', 'DELETE', `${base}/${ids.asset}`)).status).toBe(200);
    expect((await op('getAsset', 'GET', `${base}/${ids.asset}`)).status).toBe(404);
  });
});

describe('tags and files through prism proxy', () => {
  it('creates a tag ([]), refuses a duplicate (409), lists, deletes, and 404s a missing one', async () => {
    expect(
      (
        await op('createTag', 'POST', '/api/v1/tenant/0/tag', {
          json: { name: 'pci', scope: 'tenant', ownerId: 0 },
        })
      ).json,
    ).toEqual([]);
    expect(
      (await op('createTag', 'POST', '/api/v1/tenant/0/tag', { json: { name: 'pci' } })).status,
    ).toBe(409);
    const list = await op('listTags', 'GET', '/api/v1/tenant/0/tag?limit=2&offset=1');
    expect(list.json.count.totalDocs).toBe(3);
    expect(list.json.tags).toHaveLength(2);
    expect((await op('listTags', 'GET', '/api/v1/tenant/0/tag')).json.tags).toHaveLength(3);
    expect((await op('deleteTag', 'DELETE', '/api/v1/tenant/0/tag/tag_tenant_0_pci')).json).toEqual(
      { deleted: true },
    );
    expect((await op('deleteTag', 'DELETE', '/api/v1/tenant/0/tag/tag_tenant_0_pci')).status).toBe(
      404,
    );
  });

  it('uploads, lists by relation and deletes an artifact', async () => {
    const form = new FormData();
    form.set('file', new Blob(['<nmaprun/>'], { type: 'application/xml' }), 'scan.xml');
    form.set('description', 'nmap output');
    form.set('components', JSON.stringify(['report_artifacts']));
    form.set('relations', JSON.stringify([{ model: 'report', id: String(ids.report) }]));
    const uploaded = await op('uploadFile', 'POST', '/api/v1/file-manager/upload', { form });
    ids.artifact = uploaded.json.data.id;
    const minimal = new FormData();
    minimal.set('file', new Blob(['x']), 'x.txt');
    await op('uploadFile', 'POST', '/api/v1/file-manager/upload', { form: minimal });
    const list = await op('listArtifacts', 'POST', '/api/v1/file-manager/artifacts', {
      json: {
        components: ['report_artifacts'],
        relations: [{ model: 'report', id: String(ids.report) }],
      },
    });
    expect(list.json.data.map((a: { id: string }) => a.id)).toEqual([ids.artifact]);
    expect(
      (await op('listArtifacts', 'POST', '/api/v1/file-manager/artifacts', { json: {} })).json.data,
    ).toHaveLength(2);
    expect(
      (await op('deleteArtifact', 'DELETE', `/api/v1/file-manager/artifacts/${ids.artifact}`))
        .status,
    ).toBe(200);
    expect(
      (await op('deleteArtifact', 'DELETE', `/api/v1/file-manager/artifacts/${ids.artifact}`))
        .status,
    ).toBe(404);
  });
});

describe('deletes, expiry and the rate limit through prism proxy', () => {
  it('deletes a report and a client', async () => {
    expect(
      (await op('deleteReport', 'DELETE', `/api/v1/client/${ids.client}/report/${ids.report}`))
        .json,
    ).toEqual({
      status: 'success',
      data: true,
    });
    expect((await op('deleteClient', 'DELETE', `/api/v1/client/${ids.client}`)).json.status).toBe(
      'success',
    );
    expect((await op('getClient', 'GET', `/api/v1/client/${ids.client}`)).status).toBe(404);
  });

  it('answers 401 once the token expires on the sandbox clock, also for refresh', async () => {
    sandbox.clock.advance(901_000);
    expect((await op('listClients', 'GET', '/api/v1/client/list')).status).toBe(401);
    expect((await op('refreshToken', 'PUT', '/api/v1/token/refresh')).status).toBe(401);
  });

  it('answers the declared 429 with an integer Retry-After past the auth limit', async () => {
    sandbox.clock.advance(61_000);
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof op>> | undefined;
    for (let i = 0; i < 11; i += 1) {
      last = await op('authenticate', 'POST', '/api/v1/authenticate', {
        token: null,
        json: { username: 'analyst@example.com', password: 'sandbox-analyst-password' },
      });
      statuses.push(last.status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(10);
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('the violation check itself', () => {
  it('sees a contract break when the sandbox is forced to answer off-spec', async () => {
    sandbox.faults.set('getHealth', { status: 200 }, { times: 1 });
    const call = createTestClient(prism.url);
    const broken = await call('GET', '/api/v1/');
    expect(contractViolations(broken.status, broken.headers, broken.text)).not.toEqual([]);
    expect((await op('getHealth', 'GET', '/api/v1/', { token: null })).status).toBe(200);
  });
});

describe('coverage', () => {
  it('drove every operation of the spec, and the sandbox serves each one', () => {
    const specIds = specOperationIds(readFileSync(specPath, 'utf8'));
    expect(specIds.length).toBeGreaterThanOrEqual(44);
    expect(specIds.filter((id) => !covered.has(id))).toEqual([]);
    const served = new Set(allRoutes.map((route) => route.operationId));
    expect(specIds.filter((id) => !served.has(id))).toEqual([]);
  });
});
