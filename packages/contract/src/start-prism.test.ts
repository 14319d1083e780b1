import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listRunningServers } from './server-registry.js';
import { startMock } from './start-mock.js';
import { startProxy } from './start-proxy.js';
import { connectOutcome, pidIsGone } from './test-support/is-gone.js';
import { fakePrismDump, fakePrismUsage, holdMock, tinySpec } from './test-support/paths.js';

const servers: Server[] = [];

async function listen(handler: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** Runs test-support/hold-mock.ts, sends `signal` once it reports Prism's PID. */
function signalHolder(signal: NodeJS.Signals, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', holdMock, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let prismPid: number | undefined;
  let prismPort: number | undefined;
  const killer = setTimeout(() => child.kill('SIGKILL'), 25_000);
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    const match = /pid (\d+) port (\d+)/.exec(stdout);
    if (match && prismPid === undefined) {
      prismPid = Number(match[1]);
      prismPort = Number(match[2]);
      child.kill(signal);
    }
  });
  return new Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    pid?: number;
    port?: number;
  }>((resolve) =>
    child.once('close', (code, how) => {
      clearTimeout(killer);
      resolve({ code, signal: how, stdout, pid: prismPid, port: prismPort });
    }),
  );
}

describe('startPrism edge cases', () => {
  it('refuses a port that another server already listens on, instead of returning its URL', async () => {
    const port = await listen((_request, response) => response.end('not prism'));
    const before = listRunningServers().length;
    await expect(startMock({ spec: tinySpec, port })).rejects.toThrow(
      new RegExp(`\\[@plextrac-ts/contract\\] port ${port} on 127\\.0\\.0\\.1 is not free`),
    );
    expect(listRunningServers()).toHaveLength(before);
  });

  it('starts a proxy without --errors even when the upstream never answers, sending it nothing', async () => {
    const hits: string[] = [];
    const upstream = await listen((request) => hits.push(`${request.method} ${request.url}`));
    const proxy = await startProxy(`http://127.0.0.1:${upstream}`, {
      spec: tinySpec,
      errors: false,
      startTimeoutMs: 10_000,
    });
    try {
      expect(hits).toEqual([]);
    } finally {
      await proxy.stop();
    }
  });

  it("keeps Prism's fatal reason in the error when usage text follows it", async () => {
    const error = await startMock({ spec: tinySpec, prismBin: fakePrismUsage }).catch(
      (caught: unknown) => caught as Error,
    );
    expect((error as Error).message).toContain('is not a valid JSON Schema (kit test)');
  });

  it("keeps Prism's fatal reason past 4 KB of usage text, without its stack dump", async () => {
    const error = await startMock({ spec: tinySpec, prismBin: fakePrismDump }).catch(
      (caught: unknown) => caught as Error,
    );
    const { message } = error as Error;
    expect(message).toContain('bad indentation (kit test)');
    expect(message).not.toContain('--verboseLevel');
    expect(message).not.toMatch(/\bat parse\b/);
  });
});

describe('the exit hook', () => {
  it('kills Prism when the process dies of SIGTERM it does not handle', async () => {
    const result = await signalHolder('SIGTERM');
    expect(result.signal).toBe('SIGTERM');
    expect(result.pid).toBeTypeOf('number');
    await vi.waitFor(() => expect(pidIsGone(result.pid as number)).toBe(true), {
      timeout: 3000,
      interval: 50,
    });
  }, 30_000);

  it('kills Prism through the watchdog when its owner dies of SIGKILL, which runs no hook', async () => {
    const result = await signalHolder('SIGKILL');
    expect(result.signal).toBe('SIGKILL');
    const pid = result.pid as number;
    try {
      await vi.waitFor(() => expect(pidIsGone(pid)).toBe(true), { timeout: 5000, interval: 50 });
      expect(await connectOutcome(result.port as number)).toBe('ECONNREFUSED');
    } finally {
      // Without a watchdog Prism would still run: do not leave it behind for the next test.
      if (!pidIsGone(pid)) process.kill(-pid, 'SIGKILL');
    }
  }, 30_000);

  it("leaves a signal the program handles itself to the program's own handler", async () => {
    const result = await signalHolder('SIGTERM', ['own-handler']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('stopped by its owner');
    expect(pidIsGone(result.pid as number)).toBe(true);
  }, 30_000);
});
