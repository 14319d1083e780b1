import { createAuthMiddleware, createSession } from '@plextrac-ts/auth-middleware';
import { createPlexTracClient } from '@plextrac-ts/client';
import { createViolationCollector } from '@plextrac-ts/contract';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { countOpenFindings } from './count-open-findings.js';

const baseUrl = inject('plextracSandboxUrl');
// Every request gets a deadline, and every answer is checked against the spec.
const contract = createViolationCollector({
  fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(5_000) }),
});
const session = createSession({
  baseUrl,
  username: 'analyst@example.com',
  password: 'sandbox-analyst-password',
  fetch: contract.fetch,
});
const client = createPlexTracClient({ baseUrl, fetch: contract.fetch });
client.use(createAuthMiddleware(session));

async function reportWithFindings(statuses: string[]) {
  const { data: created } = await client.POST('/api/v1/client/create', {
    body: { name: 'Example Corp' },
  });
  const clientId = Number(created?.client_id);
  const { data: report } = await client.POST('/api/v1/client/{clientId}/report/create', {
    params: { path: { clientId } },
    body: { name: 'Annual test' },
  });
  const reportId = Number(report?.report_id);
  for (const [index, status] of statuses.entries()) {
    await client.POST('/api/v1/client/{clientId}/report/{reportId}/flaw/create', {
      params: { path: { clientId, reportId } },
      body: { title: `Finding ${index + 1}`, severity: 'Medium', status },
    });
  }
  return { clientId, reportId };
}

afterEach(() => contract.expectNone());

describe('countOpenFindings', () => {
  it('counts only the open findings, across pages', async () => {
    const statuses = [...Array(12).fill('Open'), ...Array(5).fill('Closed')];
    const { clientId, reportId } = await reportWithFindings(statuses);
    expect(await countOpenFindings(client, clientId, reportId)).toBe(12);
  });

  it('is zero for a report without findings', async () => {
    const { clientId, reportId } = await reportWithFindings([]);
    expect(await countOpenFindings(client, clientId, reportId)).toBe(0);
  });
});
