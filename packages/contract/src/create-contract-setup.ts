import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { assertServersStopped } from './assert-servers-stopped.js';
import type { RunningServer } from './server-registry.js';
import { joinLedger, killPrismGroup, leaveLedger } from './shared-ledger.js';
import { type MockOptions, startMock } from './start-mock.js';
import { type ProxyOptions, startProxy } from './start-proxy.js';
import { type StartSandboxOptions, startSandbox } from './start-sandbox.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Prism mock (`mock` option of `createContractSetup`). */
    plextracMockUrl: string;
    /** The Prism proxy in front of the sandbox (`sandbox` option). */
    plextracSandboxUrl: string;
    /** The sandbox itself, without the contract check (`sandbox` option). */
    plextracSandboxDirectUrl: string;
    /** The Prism proxy in front of `proxy.upstream` (`proxy` option). */
    plextracProxyUrl: string;
  }
}

export interface ContractSetupOptions {
  /** Start `prism mock --errors` on the bundled spec; provides `plextracMockUrl`. */
  mock?: boolean | MockOptions;
  /** Start the sandbox behind `prism proxy --errors`; provides `plextracSandboxUrl`. */
  sandbox?: boolean | StartSandboxOptions;
  /** Start `prism proxy` in front of `upstream` (e.g. a real instance); provides `plextracProxyUrl`. */
  proxy?: ProxyOptions & { upstream: string };
  /**
   * After teardown, fail unless every server started during the run (here and in test
   * workers) has exited and its port refuses connections. Default true.
   */
  checkLeftovers?: boolean;
}

type Stop = () => Promise<void>;

/**
 * Builds a vitest `globalSetup` function: `export default createContractSetup({ mock: true })`
 * in the file named by `test.globalSetup`. Servers start once per run; tests read their URLs
 * with `inject('plextracMockUrl')`.
 */
export function createContractSetup(options: ContractSetupOptions = {}) {
  return async function contractSetup(project: Pick<TestProject, 'provide'>): Promise<Stop> {
    await joinLedger();
    const started: Array<{ stop: Stop; server: RunningServer[] }> = [];
    const teardown = async () => {
      await check().catch((error: unknown) => {
        // vitest only logs a teardown error ("error during close"): fail the run as well.
        process.exitCode = 1;
        throw error;
      });
    };
    const check = async () => {
      const results = await Promise.allSettled(started.reverse().map(({ stop }) => stop()));
      const everything = await leaveLedger();
      const failed = results.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;
      if (options.checkLeftovers === false) return;
      await assertServersStopped(started.flatMap(({ server }) => server));
      if (everything) {
        await assertServersStopped(everything).catch((error: unknown) => {
          // Report the leak, but do not leave it running either.
          for (const { pid, port } of everything) if (pid !== undefined) killPrismGroup(pid, port);
          throw error;
        });
      }
    };
    try {
      if (options.mock) {
        const mock = await startMock(options.mock === true ? {} : options.mock);
        started.push({
          stop: mock.stop,
          server: [{ kind: 'mock', url: mock.url, port: mock.port, pid: mock.pid }],
        });
        project.provide('plextracMockUrl', mock.url);
      }
      if (options.sandbox) {
        const sandbox = await startSandbox(options.sandbox === true ? {} : options.sandbox);
        const port = Number(new URL(sandbox.sandboxUrl).port);
        const proxyPort = Number(new URL(sandbox.url).port);
        started.push({
          stop: sandbox.stop,
          server: [
            { kind: 'proxy', url: sandbox.url, port: proxyPort },
            { kind: 'sandbox', url: sandbox.sandboxUrl, port },
          ],
        });
        project.provide('plextracSandboxUrl', sandbox.url);
        project.provide('plextracSandboxDirectUrl', sandbox.sandboxUrl);
      }
      if (options.proxy) {
        const { upstream, ...proxyOptions } = options.proxy;
        const proxy = await startProxy(upstream, proxyOptions);
        started.push({
          stop: proxy.stop,
          server: [{ kind: 'proxy', url: proxy.url, port: proxy.port, pid: proxy.pid }],
        });
        project.provide('plextracProxyUrl', proxy.url);
      }
    } catch (error) {
      await teardown().catch(() => undefined);
      throw error;
    }
    return teardown;
  };
}
