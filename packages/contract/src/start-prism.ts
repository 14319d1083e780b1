import { spawn } from 'node:child_process';
import { access } from 'node:fs/promises';
import { assertPortFree } from './assert-port-free.js';
import { findFreePort } from './find-free-port.js';
import { probePort } from './probe-port.js';
import { resolvePrismBin } from './resolve-prism-bin.js';
import { type ServerKind, trackServer } from './server-registry.js';
import { startWatchdog } from './start-watchdog.js';
import { stopProcessGroup } from './stop-process-group.js';
import { validatePrismOptions } from './validate-prism-options.js';
import { waitForHttp } from './wait-for-http.js';

/** Options shared by `startMock` and `startProxy`. */
export interface PrismOptions {
  /** OpenAPI document to serve; defaults to the spec bundled with the kit. */
  spec?: string;
  /** Port to listen on (integer 0-65535); omitted or 0: a free port chosen by the OS. */
  port?: number;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string;
  /** Fail if Prism does not answer HTTP within this many milliseconds (default 20000). */
  startTimeoutMs?: number;
  /** After SIGTERM, wait this long before SIGKILL when stopping (default 3000). */
  stopGraceMs?: number;
  /** Prism's log level (default `error`). */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  /** Path of an alternative Prism CLI entry file, run with the current Node binary. */
  prismBin?: string;
}

/** A running Prism process. `stop()` kills it by PID and is safe to call more than once. */
export interface PrismServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  stop(): Promise<void>;
}

const OUTPUT_TAIL = 4000;

/** Starts `prism <command> <args>` and resolves once it answers HTTP. */
export async function startPrism(
  kind: Extract<ServerKind, 'mock' | 'proxy'>,
  args: string[],
  options: PrismOptions & { spec: string },
): Promise<PrismServer> {
  validatePrismOptions(options);
  if (!/^https?:\/\//.test(options.spec)) {
    await access(options.spec).catch((error: unknown) => {
      throw new Error(
        `[@plextrac-ts/contract] spec file not found: ${options.spec}; pass an existing OpenAPI file as \`spec\`.`,
        { cause: error },
      );
    });
  }
  // 0 means "pick a free port", as for net.Server: Prism would bind one we cannot name.
  const port = options.port === 0 ? undefined : options.port;
  if (port !== undefined) await assertPortFree(options.host ?? '127.0.0.1', port);
  // A port picked by us can be taken by someone else before Prism binds it: pick again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await launch(kind, args, { ...options, port });
    } catch (error) {
      const portRace = port === undefined && /EADDRINUSE/.test(String(error));
      if (!portRace || attempt === 3) throw error;
    }
  }
}

async function launch(
  kind: 'mock' | 'proxy',
  args: string[],
  options: PrismOptions & { spec: string },
): Promise<PrismServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await findFreePort(host));
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const bin = options.prismBin ?? resolvePrismBin();
  const argv = [bin, kind, options.spec, ...args, '--host', host, '--port', String(port)];
  argv.push('--verboseLevel', options.logLevel ?? 'error');
  const child = spawn(process.execPath, argv, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let output = '';
  // Prism's `fatal` reason comes first and its usage text and error dump (several KB) after it,
  // so the tail alone would lose it: keep fatal lines apart as they stream in.
  const fatal: string[] = [];
  let pending = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-OUTPUT_TAIL);
    const lines = (pending + text).split('\n');
    pending = (lines.pop() ?? '').slice(-OUTPUT_TAIL);
    for (const line of lines) if (isFatalLine(line) && fatal.length < 3) fatal.push(line);
  };
  const report = () => tail([...fatal, ...(isFatalLine(pending) ? [pending] : [])], output);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<Error>((resolve) => {
    const describe = (how: string) =>
      new Error(`[@plextrac-ts/contract] Prism ${kind} ${how} before answering on ${url}.`);
    child.once('error', (error) => resolve(describe(`failed to start (${error.message})`)));
    child.once('exit', (code, signal) =>
      resolve(describe(signal ? `was killed by ${signal}` : `exited with code ${code}`)),
    );
  });
  const pid = child.pid;
  if (pid === undefined) {
    const error = await exited;
    throw new Error(`${error.message}\n${report()}`, { cause: error });
  }
  const untrack = trackServer({ kind, url, port, pid });
  void exited.then(untrack);
  // Kills Prism should this process die without stop() or an exit hook (SIGKILL, OOM killer).
  const watchdog = startWatchdog(pid);
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= stopProcessGroup(pid, exited, { graceMs: options.stopGraceMs }).then(() => {
      untrack();
      if (watchdog !== undefined) killQuietly(watchdog);
    });
    return stopping;
  };
  const timeoutMs = options.startTimeoutMs ?? 20_000;
  try {
    await waitForHttp(url, {
      timeoutMs,
      abandon: exited,
      ...(kind === 'proxy' ? { probe: (target: string) => probePort(target) } : {}),
    });
  } catch (error) {
    await stop().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${reason} Spec: ${options.spec}; the process was stopped. Prism output:\n${report()}`,
      { cause: error },
    );
  }
  return { url, port, pid, stop };
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // it noticed Prism was gone and exited first
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips ANSI colour codes
const ANSI = /\u001b\[[0-9;]*m/g;

/** Prism's own `✖  fatal  <reason>` log line (not the usage line that lists "fatal" as a level). */
function isFatalLine(line: string): boolean {
  return /✖\s+fatal\s/.test(line.replace(ANSI, ''));
}

/**
 * Why Prism failed: its `fatal` reason when it logged one (what follows is yargs' usage text and
 * a dump of the error with its stack, several KB that would bury it). Otherwise the end of its
 * output without usage lines, stack frames and object-dump lines.
 */
function tail(fatalLines: string[], output: string): string {
  if (fatalLines.length > 0)
    return fatalLines.map((line) => line.replace(ANSI, '').trim()).join('\n');
  const lines = output
    .replace(ANSI, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    // usage: option lines and their wrapped descriptions; stack frames; `{ stack: '...' }` dumps
    .filter((line) => !/^\s*-{1,2}\w|^\s{20,}|^\s*'?\s*at\s|^\s*[{}]|^\s+'/.test(line));
  return lines.length > 0 ? lines.slice(-20).join('\n') : '(no output)';
}
