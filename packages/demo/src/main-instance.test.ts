import { assertServersStopped } from '@plextrac-ts/contract';
import { createSandbox, type Sandbox } from '@plextrac-ts/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { hasStackTrace, runDemoProcess } from './test-support/run-demo-process.js';

const writes = /^(create|update|delete|upload|import)/;

let sandbox: Sandbox | undefined;

afterEach(async () => {
  await sandbox?.stop();
  sandbox = undefined;
});

function userEnv(box: Sandbox, mfa: boolean): Record<string, string> {
  const user = box.users.find((candidate) => candidate.mfaEnabled === mfa && candidate.password);
  if (!user?.password) throw new Error('the sandbox has no such demo user');
  return {
    PLEXTRAC_URL: box.url,
    PLEXTRAC_USERNAME: user.username,
    PLEXTRAC_PASSWORD: user.password,
    ...(user.totpSecret ? { PLEXTRAC_TOTP_SECRET: user.totpSecret } : {}),
  };
}

function writeCalls(box: Sandbox): Record<string, number> {
  return Object.fromEntries(
    Object.entries(box.stats.byOperation).filter(([operation]) => writes.test(operation)),
  );
}

function expectNoSecrets(output: string, env: Record<string, string>): void {
  expect(output).not.toContain(env.PLEXTRAC_PASSWORD);
  if (env.PLEXTRAC_TOTP_SECRET) expect(output).not.toContain(env.PLEXTRAC_TOTP_SECRET);
}

describe('pnpm demo against a real instance (a loopback sandbox) through prism proxy', () => {
  it('is read-only by default: MFA login, reads only, no write reaches the instance', async () => {
    sandbox = await createSandbox();
    const env = userEnv(sandbox, true);
    const result = await runDemoProcess({ env, timeoutMs: 100_000 });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/read-only/);
    expect(result.stdout).toMatch(/Upload a file \(read-only: skipped\) \.\.\. skipped/);
    expect(result.stdout).toMatch(/^\s+contract violations\s+0$/m);
    expect(result.stdout).toMatch(/^\s+concurrent part\s+200 reads, 1 auth round-trip$/m);
    expect(sandbox.stats.count('authenticateMfa')).toBeGreaterThanOrEqual(1);
    expect(sandbox.stats.count('refreshToken')).toBe(1);
    expect(writeCalls(sandbox)).toEqual({});
    expectNoSecrets(result.stdout + result.stderr, env);
    expect(result.servers.map((server) => server.kind)).toEqual(['proxy']);
    await assertServersStopped(result.servers);
  }, 110_000);

  it('with --write creates a client, report, findings and an artifact, then deletes them', async () => {
    sandbox = await createSandbox();
    const env = userEnv(sandbox, false);
    const result = await runDemoProcess({ env, args: ['--write'], timeoutMs: 100_000 });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/read-only|skipped/);
    expect(result.stdout).toMatch(/^\s+contract violations\s+0$/m);
    expect(writeCalls(sandbox)).toEqual({
      createClient: 1,
      createReport: 1,
      createFinding: 12,
      uploadFile: 1,
      deleteArtifact: 1,
      deleteReport: 1,
      deleteClient: 1,
    });
    expectNoSecrets(result.stdout + result.stderr, env);
    await assertServersStopped(result.servers);
  }, 110_000);

  it('lists every disagreement with the spec, keeps going past a failed step, exits 1 and stops Prism', async () => {
    sandbox = await createSandbox();
    // The v1 client list answers an object instead of an array (a contract violation), and the
    // export answers a proxy's HTML error page (a failure Prism only warns about).
    sandbox.faults.set('listClients', { status: 200 }, { times: 1 });
    sandbox.faults.set('exportReport', 'html');
    const env = userEnv(sandbox, false);
    const result = await runDemoProcess({ env, timeoutMs: 100_000 });

    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      / 3\. List clients .* FAILED\n\s+the answer does not match the spec/,
    );
    expect(result.stdout).toMatch(/ 7\. Page through the findings .* ok/);
    expect(result.stdout).toMatch(
      /10\. Download exports .* FAILED\n\s+exportReport \(ptrac\) answered 502: an HTML page/,
    );
    expect(result.stdout).toMatch(
      /Where the instance disagrees with specs\/plextrac\.yaml \(1\):\n\s+- listClients \(GET \/api\/v1\/client\/list\) -> 200: response\.body: Response body must be array/,
    );
    expect(result.stdout).toMatch(/^\s+contract violations\s+1 {2}\(1 warning\)$/m);
    const reason = result.stderr.trim().split('\n');
    expect(reason).toHaveLength(1);
    expect(reason[0]).toMatch(
      /^\[@plextrac-ts\/demo\] step 3 failed: .*; 1 more failed; Prism reported 1 contract violation/,
    );
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
    expectNoSecrets(result.stdout + result.stderr, env);
    await assertServersStopped(result.servers);
  }, 110_000);
});
