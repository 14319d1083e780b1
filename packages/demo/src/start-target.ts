import { listRunningServers, startProxy, startSandbox } from '@plextrac-ts/contract';
import type { Sandbox } from '@plextrac-ts/sandbox';
import { ConfigError, DemoError } from './demo-error.js';
import type { DemoTarget } from './env-config.js';
import { registerSecret } from './scrub-secrets.js';

/** The servers the demo started and the account it signs in with. */
export interface RunningTarget {
  /** Where both clients send requests: the Prism proxy. */
  readonly apiUrl: string;
  /** Lines that say what runs where, for the header. */
  readonly description: readonly string[];
  readonly servers: readonly StartedServer[];
  /** The sandbox handle (clock, faults, stats), in sandbox mode only. */
  readonly sandbox: Sandbox | undefined;
  readonly username: string;
  readonly password: string;
  readonly totpSecret: string | undefined;
  /** Stops every server started here; safe to call twice. */
  stop(): Promise<void>;
}

const reachTimeoutMs = 8_000;

/** A server the demo started. */
export interface StartedServer {
  readonly name: string;
  readonly url: string;
  readonly pid: number | undefined;
}

function serversSince(known: ReadonlySet<string>): StartedServer[] {
  return listRunningServers()
    .filter((server) => !known.has(server.url))
    .map((server) => ({
      name: server.kind === 'sandbox' ? 'sandbox' : `prism ${server.kind}`,
      url: server.url,
      pid: server.pid,
    }));
}

function describe(server: StartedServer): string {
  const where = server.pid === undefined ? 'in this process' : `pid ${server.pid}`;
  return `${server.name.padEnd(21)}${server.url}  (${where})`;
}

function secretsOf(target: RunningTarget): RunningTarget {
  registerSecret(target.password);
  registerSecret(target.totpSecret);
  for (const key of ['password', 'totpSecret'] as const) {
    Object.defineProperty(target, key, { enumerable: false });
  }
  return target;
}

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

function whyUnreachable(error: unknown): string {
  if ((error as Error).name === 'TimeoutError')
    return `no answer within ${reachTimeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  if (code === undefined) {
    return typeof cause?.message === 'string' ? cause.message : (error as Error).message;
  }
  const reason =
    networkReasons[code] ??
    (/CERT|SSL|TLS/.test(code) ? 'TLS certificate problem' : 'network error');
  return `${reason} (${code})`;
}

/** Checks that the instance answers HTTP at all, so a wrong URL fails fast and clearly. */
async function assertReachable(url: string, signal: AbortSignal): Promise<void> {
  try {
    const response = await fetch(`${url}/api/v1/`, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(reachTimeoutMs)]),
      redirect: 'manual',
    });
    await response.body?.cancel();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ConfigError(
      `PLEXTRAC_URL ${url} is not reachable: ${whyUnreachable(error)}; check the URL and your network.`,
      { cause: error },
    );
  }
}

/** Starts the sandbox behind `prism proxy --errors`, or `prism proxy` in front of a real instance. */
export async function startTarget(target: DemoTarget, signal: AbortSignal): Promise<RunningTarget> {
  const known = new Set(listRunningServers().map((server) => server.url));
  if (target.kind === 'sandbox') {
    const server = await startSandbox({ proxy: { errors: true } });
    const servers = serversSince(known);
    const user = server.sandbox.users.find(
      (candidate) => candidate.mfaEnabled && candidate.password,
    );
    if (!user?.password) {
      await server.stop();
      throw new DemoError('the sandbox has no MFA user with a password to sign in as.');
    }
    return secretsOf({
      apiUrl: server.url,
      description: servers.map(describe),
      servers,
      sandbox: server.sandbox,
      username: user.username,
      password: user.password,
      totpSecret: user.totpSecret,
      stop: () => server.stop(),
    });
  }
  await assertReachable(target.url, signal);
  // Without --errors, a disagreement is listed in `sl-violations` and the demo keeps going,
  // so one run reports every place where the instance differs from the spec.
  const proxy = await startProxy(target.url, { errors: false });
  const servers = serversSince(known);
  return secretsOf({
    apiUrl: proxy.url,
    description: [...servers.map(describe), `${'upstream'.padEnd(21)}${target.url}`],
    servers,
    sandbox: undefined,
    username: target.username,
    password: target.password,
    totpSecret: target.totpSecret,
    stop: () => proxy.stop(),
  });
}
