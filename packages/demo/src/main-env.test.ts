import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runDemoProcess } from './test-support/run-demo-process.js';

const password = 'Sup3r-Secret-Passw0rd!';
const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const complete = {
  PLEXTRAC_URL: 'https://company.plextrac.example',
  PLEXTRAC_USERNAME: 'robot@example.com',
  PLEXTRAC_PASSWORD: password,
  PLEXTRAC_TOTP_SECRET: totpSecret,
};

/** A loopback port nobody listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function expectConfigFailure(
  result: Awaited<ReturnType<typeof runDemoProcess>>,
  variable: RegExp,
): void {
  expect(result.code).toBe(2);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^\[@plextrac-ts\/demo\] /);
  expect(lines[0]).toMatch(variable);
  expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  expect(result.stdout + result.stderr).not.toContain(password);
  expect(result.stdout + result.stderr).not.toContain(totpSecret);
  expect(result.servers).toEqual([]);
}

describe.concurrent('pnpm demo: environment and argument errors (exit code 2, one line, no secret)', () => {
  it.each([
    [
      'only some variables set',
      { PLEXTRAC_URL: complete.PLEXTRAC_URL, PLEXTRAC_PASSWORD: password },
      /PLEXTRAC_USERNAME is not set/,
    ],
    [
      'a URL without scheme',
      { ...complete, PLEXTRAC_URL: 'company.plextrac.example' },
      /PLEXTRAC_URL must start with https:\/\//,
    ],
    [
      'http:// to a remote host',
      { ...complete, PLEXTRAC_URL: 'http://company.plextrac.example' },
      /PLEXTRAC_URL uses http:\/\//,
    ],
    [
      'a TOTP secret that is not base32',
      { ...complete, PLEXTRAC_TOTP_SECRET: `${totpSecret.slice(0, 20)}01890189` },
      /PLEXTRAC_TOTP_SECRET is not base32/,
    ],
  ])(
    'rejects %s',
    async (_name, env, message) => {
      const result = await runDemoProcess({ env, timeoutMs: 30_000 });
      expectConfigFailure(result, message);
    },
    40_000,
  );

  it('rejects an unknown option and names it', async () => {
    const result = await runDemoProcess({ args: ['--wirte'], timeoutMs: 30_000 });
    expectConfigFailure(result, /--wirte/);
  }, 40_000);

  it('reports an unreachable PLEXTRAC_URL within seconds, before starting Prism', async () => {
    const port = await closedPort();
    const env = { ...complete, PLEXTRAC_URL: `http://127.0.0.1:${port}` };
    const result = await runDemoProcess({ env, timeoutMs: 30_000 });
    expectConfigFailure(
      result,
      /PLEXTRAC_URL http:\/\/127\.0\.0\.1:\d+ is not reachable: connection refused \(ECONNREFUSED\)/,
    );
    expect(result.durationMs).toBeLessThan(20_000);
  }, 40_000);

  it('prints its usage with --help and exits 0', async () => {
    const result = await runDemoProcess({ args: ['--help'], timeoutMs: 30_000 });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/PLEXTRAC_TOTP_SECRET/);
    expect(result.stdout).toMatch(/--write/);
    expect(result.servers).toEqual([]);
  }, 40_000);
});
