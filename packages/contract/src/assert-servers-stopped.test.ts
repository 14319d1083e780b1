import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertServersStopped } from './assert-servers-stopped.js';
import { findFreePort } from './find-free-port.js';
import { killPrismGroup } from './shared-ledger.js';
import { startMock } from './start-mock.js';
import { connectOutcome, pidIsGone } from './test-support/is-gone.js';
import {
  fakePrismSilent,
  leaderExitsProgram,
  mockServerProgram,
  strangerProgram,
} from './test-support/paths.js';

describe('assertServersStopped', () => {
  it('passes when the port refuses connections and no PID is given', async () => {
    const port = await findFreePort();
    await expect(
      assertServersStopped([{ kind: 'mock', url: `http://127.0.0.1:${port}`, port }]),
    ).resolves.toBeUndefined();
  });

  it('names a port that still accepts connections', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        assertServersStopped([{ kind: 'sandbox', url: `http://127.0.0.1:${port}`, port }]),
      ).rejects.toThrow(
        `sandbox port ${port} (http://127.0.0.1:${port}) still accepts connections`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('names a Prism process that is still running on its port', async () => {
    const port = await findFreePort();
    const prism = spawnDetached(fakePrismSilent, ['mock', '--port', String(port)]);
    try {
      await expect(
        assertServersStopped([
          { kind: 'proxy', url: `http://127.0.0.1:${port}`, port, pid: prism },
        ]),
      ).rejects.toThrow(`proxy process ${prism}`);
    } finally {
      process.kill(-prism, 'SIGKILL');
    }
  });

  it('ignores a PID now reused by another program, and killPrismGroup leaves it alone', async () => {
    const port = await findFreePort();
    const stranger = spawnDetached(strangerProgram, []);
    const prismElsewhere = spawnDetached(fakePrismSilent, ['mock', '--port', String(port + 1)]);
    try {
      for (const pid of [stranger, prismElsewhere]) {
        await expect(
          assertServersStopped([{ kind: 'mock', url: `http://127.0.0.1:${port}`, port, pid }]),
        ).resolves.toBeUndefined();
        killPrismGroup(pid, port);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(pidIsGone(stranger)).toBe(false);
      expect(pidIsGone(prismElsewhere)).toBe(false);
    } finally {
      process.kill(-stranger, 'SIGKILL');
      process.kill(-prismElsewhere, 'SIGKILL');
    }
  });

  it('killPrismGroup kills the process group of a Prism left on its port', async () => {
    const port = await findFreePort();
    const prism = spawnDetached(fakePrismSilent, ['mock', '--port', String(port)]);
    killPrismGroup(prism, port);
    await expect.poll(() => pidIsGone(prism), { timeout: 5000 }).toBe(true);
  });

  it('names and kills a Prism run from a prismBin whose path does not say "prism"', async () => {
    const mock = await startMock({ prismBin: mockServerProgram });
    try {
      const server = { kind: 'mock' as const, url: mock.url, port: mock.port, pid: mock.pid };
      await expect(assertServersStopped([server])).rejects.toThrow(`mock process ${mock.pid}`);
      killPrismGroup(mock.pid, mock.port);
      await expect.poll(() => pidIsGone(mock.pid), { timeout: 5000 }).toBe(true);
    } finally {
      await mock.stop();
    }
  });

  it('killPrismGroup kills what is left of the group once its leader has exited', async () => {
    const port = await findFreePort();
    const leader = spawnDetached(leaderExitsProgram, [
      'mock',
      'spec.yaml',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ]);
    try {
      await expect.poll(() => pidIsGone(leader), { timeout: 5000 }).toBe(true);
      await expect.poll(() => connectOutcome(port), { timeout: 5000 }).toBe('connected');
      killPrismGroup(leader, port);
      await expect.poll(() => connectOutcome(port), { timeout: 5000 }).toBe('ECONNREFUSED');
    } finally {
      try {
        process.kill(-leader, 'SIGKILL');
      } catch {}
    }
  });
});

/** A detached node process (its own process group) running `script args`; returns its PID. */
function spawnDetached(script: string, args: string[]): number {
  const child = spawn(process.execPath, [script, ...args], { detached: true, stdio: 'ignore' });
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${script}`);
  return child.pid;
}
