import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pidRunsAnotherProgram } from './pid-runs-another-program.js';
import { LEDGER_ENV, type RunningServer } from './server-registry.js';

// Several projects of one vitest run each have a globalSetup, all in the main process, and
// test workers inherit the environment once: they share one ledger, checked by the last
// teardown, when every setup has stopped its servers.
let shared: { dir: string; file: string; users: number; previous: string | undefined } | undefined;

/** Joins (or opens) the run's ledger and points `PLEXTRAC_CONTRACT_LEDGER` at it. */
export async function joinLedger(): Promise<string> {
  if (!shared) {
    const dir = await mkdtemp(join(tmpdir(), 'plextrac-contract-'));
    const file = join(dir, 'servers.jsonl');
    await writeFile(file, '');
    shared = { dir, file, users: 0, previous: process.env[LEDGER_ENV] };
    process.env[LEDGER_ENV] = file;
  }
  shared.users += 1;
  return shared.file;
}

/** Leaves the ledger; the last one out gets every server recorded during the run. */
export async function leaveLedger(): Promise<RunningServer[] | undefined> {
  if (!shared) return undefined;
  shared.users -= 1;
  if (shared.users > 0) return undefined;
  const { dir, file, previous } = shared;
  shared = undefined;
  if (previous === undefined) delete process.env[LEDGER_ENV];
  else process.env[LEDGER_ENV] = previous;
  try {
    return await readLedger(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** SIGKILL to the process group of a Prism left running; not to a stranger that reused its PID. */
export function killPrismGroup(pid: number, port: number): void {
  if (pidRunsAnotherProgram(pid, port)) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function readLedger(path: string): Promise<RunningServer[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as RunningServer);
}
