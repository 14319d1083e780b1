import { describe, expect, it } from 'vitest';
import { expectNoViolations } from './expect-no-violations.js';
import { listRunningServers } from './server-registry.js';
import { startSandbox } from './start-sandbox.js';
import { connectOutcome, pidIsGone } from './test-support/is-gone.js';

describe('startSandbox', () => {
  it('puts the sandbox behind prism proxy --errors and stops both', async () => {
    const server = await startSandbox();
    const running = listRunningServers();
    const proxy = running.find((entry) => entry.url === server.url);
    const sandbox = running.find((entry) => entry.url === server.sandboxUrl);
    expect(proxy?.kind).toBe('proxy');
    expect(sandbox?.kind).toBe('sandbox');
    try {
      const response = await fetch(`${server.url}/api/v1/authenticate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: 'analyst@example.com',
          password: 'sandbox-analyst-password',
        }),
        signal: AbortSignal.timeout(5000),
      });
      expect(response.status).toBe(200);
      await expectNoViolations(response);
      expect(server.sandbox.stats.count('authenticate')).toBe(1);
    } finally {
      await server.stop();
    }
    expect(pidIsGone(proxy?.pid ?? 0)).toBe(true);
    expect(await connectOutcome(proxy?.port ?? 0)).toBe('ECONNREFUSED');
    expect(await connectOutcome(sandbox?.port ?? 0)).toBe('ECONNREFUSED');
    expect(listRunningServers().filter((entry) => entry.port === sandbox?.port)).toEqual([]);
  });

  it('stops the sandbox when the proxy cannot start', async () => {
    const before = listRunningServers().length;
    await expect(startSandbox({ proxy: { spec: '/missing/plextrac.yaml' } })).rejects.toThrow(
      /spec file not found/,
    );
    expect(listRunningServers()).toHaveLength(before);
  });
});
