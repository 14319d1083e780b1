import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { createTestClient } from './test-support/sandbox-client.js';

describe('runCli', () => {
  it('starts on 127.0.0.1, prints the URL and every demo user with the MFA secret', async () => {
    const lines: string[] = [];
    const sandbox = await runCli([], { out: (line) => lines.push(line) });
    try {
      expect(sandbox).toBeDefined();
      const url = sandbox?.url ?? '';
      expect(lines[0]).toBe(`PlexTrac sandbox listening on ${url}`);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const text = lines.join('\n');
      expect(text).toContain('analyst@example.com  password sandbox-analyst-password');
      expect(text).toContain('TOTP secret OBWGK6DUOJQWGLLTMFXGIYTPPAWW2ZTB');
      expect(text).toContain('sso@example.com  SSO only');
      expect((await createTestClient(url)('GET', '/api/v1/')).status).toBe(200);
    } finally {
      await sandbox?.stop();
    }
  });

  it('prints usage for --help without starting, and rejects a bad --port', async () => {
    const lines: string[] = [];
    expect(await runCli(['--help'], { out: (line) => lines.push(line) })).toBeUndefined();
    expect(lines[0]).toMatch(/^Usage: plextrac-sandbox/);
    await expect(runCli(['--port', 'abc'], { out: () => {} })).rejects.toThrow(/--port/);
    await expect(runCli(['--nope'], { out: () => {} })).rejects.toThrow();
  });

  it('accepts the literal -- that `pnpm sandbox -- --help` passes through', async () => {
    const lines: string[] = [];
    expect(await runCli(['--', '--help'], { out: (line) => lines.push(line) })).toBeUndefined();
    expect(lines[0]).toMatch(/^Usage: plextrac-sandbox/);
  });

  it('names the package and the usage for an unknown option or a missing value', async () => {
    const usage = /^\[@plextrac-ts\/sandbox\] .*Usage: plextrac-sandbox/;
    await expect(runCli(['--nope'], { out: () => {} })).rejects.toThrow(usage);
    await expect(runCli(['--port'], { out: () => {} })).rejects.toThrow(usage);
  });

  it('rejects a --port that is not plain digits instead of reading it as a number', async () => {
    for (const port of ['', '1e3', '0x50', ' 80']) {
      await expect(runCli(['--port', port], { out: () => {} })).rejects.toThrow(/--port must be/);
    }
  });

  it('explains a negative --port in one sentence, with the --port=<value> hint kept', async () => {
    const error = await runCli(['--port', '-1'], { out: () => {} }).catch((e: Error) => e);
    const message = (error as Error).message;
    expect(message).toContain(
      "To specify an option argument starting with a dash use '--port=-XYZ'",
    );
    expect(message).not.toMatch(/\.\./);
    expect(message).not.toContain('\n');
    await expect(runCli(['--port=-1'], { out: () => {} })).rejects.toThrow(
      /--port must be an integer 0-65535/,
    );
  });

  it('blames the host, not the port, when --host is not an address of this machine', async () => {
    for (const host of ['192.0.2.1', 'no-such-host.invalid']) {
      const error = await runCli(['--host', host], { out: () => {} }).catch((e: Error) => e);
      expect((error as Error).message).toMatch(
        /check the host: .* must be an address of this machine/,
      );
      expect((error as Error).message).not.toContain('pick another port');
    }
  });

  it('says what to do when --port is already taken', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(runCli(['--port', String(port)], { out: () => {} })).rejects.toThrow(
        /EADDRINUSE.*pick another port/,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
