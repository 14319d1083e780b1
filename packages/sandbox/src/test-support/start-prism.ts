import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** This package's own Prism (a devDependency), started directly: never through npx/pnpm exec. */
export const prismBin = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));
/** Tests may reach the repo's spec; runtime code never does. */
export const specPath = fileURLToPath(new URL('../../../../specs/plextrac.yaml', import.meta.url));

export interface RunningPrism {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** `prism proxy --errors` in front of `upstream`, in its own process group, ready when it answers. */
export async function startPrismProxy(upstream: string, timeoutMs = 30_000): Promise<RunningPrism> {
  if (!existsSync(prismBin))
    throw new Error(`[@plextrac-ts/sandbox] Prism not found at ${prismBin}: run pnpm install.`);
  if (!existsSync(specPath))
    throw new Error(`[@plextrac-ts/sandbox] spec not found at ${specPath}.`);
  const port = await freePort();
  const args = [
    'proxy',
    '--errors',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-v',
    'error',
    specPath,
    upstream,
  ];
  const child = spawn(prismBin, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('[@plextrac-ts/sandbox] Prism did not start (no pid).');
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      return;
    }
    if (!(await exited(child, 5_000))) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {}
      await exited(child, 5_000);
    }
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `[@plextrac-ts/sandbox] Prism exited with ${child.exitCode} before answering: ${stderr}`,
      );
    }
    try {
      await fetch(`${url}/__prism_ready`, { signal: AbortSignal.timeout(1_000) });
      return { url, pid, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(
    `[@plextrac-ts/sandbox] Prism did not answer on ${url} within ${timeoutMs} ms: ${stderr}`,
  );
}
