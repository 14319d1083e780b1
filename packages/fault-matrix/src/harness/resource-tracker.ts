import { connect } from 'node:net';

interface Resources {
  ports: Map<number, string>;
  pids: Map<number, string>;
}

// Shared by every file of the run (one worker), like the secret collector.
const KEY = Symbol.for('@plextrac-ts/fault-matrix/resources');
const store = globalThis as typeof globalThis & { [KEY]?: Resources };
store[KEY] ??= { ports: new Map(), pids: new Map() };
const resources: Resources = store[KEY];

/** Remembers a loopback server's port so the final check can prove it was closed. */
export function trackPort(url: string, name: string): void {
  resources.ports.set(Number(new URL(url).port), name);
}

/** Remembers a child process so the final check can prove it exited. */
export function trackPid(pid: number | undefined, name: string): void {
  if (pid !== undefined) resources.pids.set(pid, name);
}

/** Resolves true when something accepts a TCP connection on 127.0.0.1:port (bounded, 1 s). */
export function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1_000, () => done(true));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Every tracked port that still accepts connections and every tracked PID still alive. */
export async function leftovers(): Promise<{ tracked: number; alive: string[] }> {
  const alive: string[] = [];
  for (const [port, name] of resources.ports) {
    if (await portAccepts(port)) alive.push(`${name} still listening on 127.0.0.1:${port}`);
  }
  for (const [pid, name] of resources.pids) {
    if (pidAlive(pid)) alive.push(`${name} (pid ${pid}) still running`);
  }
  return { tracked: resources.ports.size + resources.pids.size, alive };
}
