import { appendFileSync } from 'node:fs';

export type ServerKind = 'mock' | 'proxy' | 'sandbox';

/** A server started by this kit and not yet stopped. */
export interface RunningServer {
  kind: ServerKind;
  url: string;
  port: number;
  /** Prism's PID; absent for the in-process sandbox. */
  pid?: number;
}

/**
 * When this environment variable names a file, every server the kit starts is appended to it
 * as one JSON line, so a vitest globalSetup can check after the run that servers started in
 * test workers are gone too (see `createContractSetup`).
 */
export const LEDGER_ENV = 'PLEXTRAC_CONTRACT_LEDGER';

// A signal nobody else listens for would end the process without an 'exit' event: Prism
// (detached, in its own process group) would outlive us and keep its port.
const fatalSignals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const running = new Set<RunningServer>();
let exitHookInstalled = false;

/** Records a started server; the returned function forgets it once it is stopped. */
export function trackServer(server: RunningServer): () => void {
  const entry = { ...server };
  running.add(entry);
  const ledger = process.env[LEDGER_ENV];
  if (ledger) {
    try {
      appendFileSync(ledger, `${JSON.stringify(entry)}\n`);
    } catch {
      // The run that owned the ledger has ended; the in-process registry still has it.
    }
  }
  if (entry.pid !== undefined && !exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', killLeftovers);
    for (const signal of fatalSignals) process.prependListener(signal, onFatalSignal);
  }
  return () => {
    running.delete(entry);
  };
}

/** Servers this process started through the kit and has not stopped yet. */
export function listRunningServers(): RunningServer[] {
  return [...running].map((server) => ({ ...server }));
}

function onFatalSignal(signal: NodeJS.Signals): void {
  // Another listener means the program handles the signal itself (and calls stop() or exits).
  if (process.listenerCount(signal) > 1) return;
  killLeftovers();
  for (const name of fatalSignals) process.removeListener(name, onFatalSignal);
  // Die of the same signal, as the process would have without this hook.
  process.kill(process.pid, signal);
}

// Last resort when a caller forgot stop(): Prism runs detached and would outlive us.
function killLeftovers(): void {
  for (const server of running) {
    if (server.pid === undefined) continue;
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
