import { connect } from 'node:net';
import { pidRunsAnotherProgram } from './pid-runs-another-program.js';
import type { RunningServer } from './server-registry.js';

/**
 * Checks that nothing is left of `servers`: every PID is gone (signal 0 fails with ESRCH) or now
 * runs another program, and every port refuses connections. Throws one error naming every
 * leftover.
 */
export async function assertServersStopped(servers: readonly RunningServer[]): Promise<void> {
  const leftovers: string[] = [];
  for (const server of servers) {
    const { pid, port } = server;
    if (pid !== undefined && isAlive(pid) && !pidRunsAnotherProgram(pid, port)) {
      leftovers.push(`${server.kind} process ${pid} (${server.url}) is still running`);
    }
    if (await acceptsConnections(server.url, server.port)) {
      leftovers.push(
        `${server.kind} port ${server.port} (${server.url}) still accepts connections`,
      );
    }
  }
  if (leftovers.length > 0) {
    throw new Error(
      `[@plextrac-ts/contract] servers left behind; stop every server you start (call stop() in teardown):\n  - ${leftovers.join('\n  - ')}`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function acceptsConnections(url: string, port: number): Promise<boolean> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
