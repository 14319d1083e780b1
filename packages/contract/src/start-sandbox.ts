import { trackServer } from './server-registry.js';
import { type ProxyOptions, startProxy } from './start-proxy.js';

type CreateSandbox = typeof import('@plextrac-ts/sandbox').createSandbox;
export type Sandbox = Awaited<ReturnType<CreateSandbox>>;
export type SandboxOptions = NonNullable<Parameters<CreateSandbox>[0]>;

export interface StartSandboxOptions {
  /** Options for `createSandbox` (users, clock, token TTL, auth limit, ...). */
  sandbox?: SandboxOptions;
  /** Options for the Prism proxy in front of it (`errors` stays on by default). */
  proxy?: ProxyOptions;
}

export interface SandboxServer {
  /** The Prism proxy: send requests here so every exchange is checked against the spec. */
  readonly url: string;
  /** The sandbox itself, bypassing the contract check. */
  readonly sandboxUrl: string;
  /** The sandbox handle: its clock, faults and users. */
  readonly sandbox: Sandbox;
  stop(): Promise<void>;
}

/**
 * Starts a stateful PlexTrac sandbox (`@plextrac-ts/sandbox`) behind `prism proxy --errors`.
 * Stop both with `stop()`, which is safe to call more than once.
 */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<SandboxServer> {
  // Loaded on demand so that mock-only users never load the sandbox.
  const { createSandbox } = await import('@plextrac-ts/sandbox');
  const sandbox = await createSandbox(options.sandbox ?? {});
  const sandboxUrl = sandbox.url.replace(/\/$/, '');
  const untrack = trackServer({ kind: 'sandbox', url: sandboxUrl, port: portOf(sandboxUrl) });
  const stopSandbox = async () => {
    await sandbox.stop();
    untrack();
  };
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  try {
    proxy = await startProxy(sandboxUrl, options.proxy);
  } catch (error) {
    await stopSandbox();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= Promise.allSettled([proxy.stop(), stopSandbox()]).then((results) => {
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
    });
    return stopping;
  };
  return { url: proxy.url, sandboxUrl, sandbox, stop };
}

function portOf(url: string): number {
  const parsed = new URL(url);
  return Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80));
}
