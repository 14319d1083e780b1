import { readFileSync } from 'node:fs';
import { resetAuthState } from '@plextrac-ts/auth-middleware';
import { createSandbox } from '@plextrac-ts/sandbox';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listCriticalFindings } from './list-critical-findings.js';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const example = readFileSync(new URL('./list-critical-findings.ts', import.meta.url), 'utf8');

afterEach(() => {
  vi.unstubAllEnvs();
  resetAuthState();
});

describe('the root README example', () => {
  it('is shown in the README exactly as it runs here', () => {
    expect(readme).toContain(`\`\`\`ts\n${example.trimEnd()}\n\`\`\``);
  });

  it('logs in with MFA and lists the critical findings of a sandbox report', async () => {
    const sandbox = await createSandbox();
    try {
      const mfa = sandbox.users.find((user) => user.totpSecret);
      vi.stubEnv('PLEXTRAC_USERNAME', mfa?.username ?? '');
      vi.stubEnv('PLEXTRAC_PASSWORD', mfa?.password ?? '');
      vi.stubEnv('PLEXTRAC_TOTP_SECRET', mfa?.totpSecret ?? '');
      const headers = { 'content-type': 'application/json' };
      const login = await fetch(`${sandbox.url}/api/v1/authenticate`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          username: 'analyst@example.com',
          password: 'sandbox-analyst-password',
        }),
      }).then((r) => r.json() as Promise<{ token: string }>);
      const auth = { ...headers, authorization: login.token };
      const client = await fetch(`${sandbox.url}/api/v1/client/create`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'README Corp' }),
      }).then((r) => r.json() as Promise<{ client_id: number }>);
      const report = await fetch(`${sandbox.url}/api/v1/client/${client.client_id}/report/create`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'README test' }),
      }).then((r) => r.json() as Promise<{ report_id: number }>);
      const base = `${sandbox.url}/api/v1/client/${client.client_id}/report/${report.report_id}`;
      for (const [title, severity] of [
        ['SQL injection', 'Critical'],
        ['Verbose errors', 'Low'],
        ['RCE in upload', 'Critical'],
      ]) {
        await fetch(`${base}/flaw/create`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify({ title, severity, status: 'Open' }),
        });
      }

      const titles = await listCriticalFindings(sandbox.url, client.client_id, report.report_id);

      expect(titles.sort()).toEqual(['RCE in upload', 'SQL injection']);
      expect(sandbox.stats.count('authenticateMfa')).toBe(1);
    } finally {
      await sandbox.stop();
    }
  });
});
