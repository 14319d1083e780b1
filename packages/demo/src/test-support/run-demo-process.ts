import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEDGER_ENV, type RunningServer } from '@plextrac-ts/contract';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface DemoProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Every server the demo started through the contract kit (from its ledger file). */
  servers: RunningServer[];
  durationMs: number;
}

export interface DemoProcessOptions {
  args?: string[];
  /** PLEXTRAC_* variables; every other PLEXTRAC_* variable of the test's environment is removed. */
  env?: Record<string, string>;
  /** Kill the demo (SIGKILL) if it has not exited by then. */
  timeoutMs?: number;
  /** Called with the child and its stdout so far, on every chunk (e.g. to send SIGINT). */
  onStdout?: (stdout: string, child: ReturnType<typeof spawn>) => void;
}

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('PLEXTRAC_') && !key.startsWith('VITEST') && key !== 'FORCE_COLOR') {
      env[key] = value;
    }
  }
  return { ...env, ...extra };
}

/** Runs `src/main.ts` (through tsx) as a child process, as `pnpm demo` would run dist/main.js. */
export function runDemoProcess(options: DemoProcessOptions = {}): Promise<DemoProcessResult> {
  const ledgerDir = mkdtempSync(join(tmpdir(), 'plextrac-demo-'));
  const ledger = join(ledgerDir, 'servers.jsonl');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/main.ts', ...(options.args ?? [])],
    {
      cwd: packageDir,
      env: cleanEnv({ ...options.env, [LEDGER_ENV]: ledger }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    options.onStdout?.(stdout, child);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolvePromise, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      let servers: RunningServer[] = [];
      try {
        servers = readFileSync(ledger, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as RunningServer);
      } catch {
        // no server was started
      }
      rmSync(ledgerDir, { recursive: true, force: true });
      resolvePromise({
        code,
        signal,
        stdout,
        stderr,
        servers,
        durationMs: performance.now() - started,
      });
    });
  });
}

/** True when the text looks like a stack trace (`    at fn (file:line:col)`). */
export function hasStackTrace(text: string): boolean {
  return /^\s+at\s.+:\d+:\d+\)?$/m.test(text);
}
