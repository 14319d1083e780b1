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
});
