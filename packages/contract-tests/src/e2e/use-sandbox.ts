import { listRunningServers, type SandboxServer, startSandbox } from '@plextrac-ts/contract';
import { createManualClock } from '@plextrac-ts/sandbox';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import {
  type ClientStack,
  type ClientStackOptions,
  createClientStack,
} from '../support/create-client-stack.js';
import { createVirtualTime } from '../support/fake-clock.js';

export interface SandboxContext {
  readonly server: SandboxServer;
  /** Both clients on a new session for a sandbox user, on the sandbox's clock. */
  stack(username?: string, options?: Partial<ClientStackOptions>): ClientStack;
}

/**
 * Starts a sandbox behind `prism proxy --errors` for this file (in the worker, so tests can
 * move its clock and read its counters), and stops it after. Before each test the clock moves
 * past the rate-limit window and TOTP step of the previous test, and counters and faults reset.
 */
export function useSandbox(): SandboxContext {
  let server: SandboxServer | undefined;
  const current = () => {
    if (!server) throw new Error('the sandbox is not running (beforeAll failed?)');
    return server;
  };
  beforeAll(async () => {
    server = await startSandbox({ sandbox: { clock: createManualClock() } });
  });
  afterAll(async () => {
    await server?.stop();
    expect(listRunningServers()).toEqual([]);
  });
  beforeEach(() => {
    const { sandbox } = current();
    sandbox.clock.advance(61_000);
    sandbox.stats.reset();
    sandbox.faults.clear();
  });
  return {
    get server() {
      return current();
    },
    stack(username = 'analyst@example.com', options = {}) {
      const { sandbox, url } = current();
      const user = sandbox.users.find((candidate) => candidate.username === username);
      if (!user) throw new Error(`no sandbox user ${username}`);
      return createClientStack(url, {
        username,
        password: user.password,
        totpSecret: user.totpSecret,
        time: createVirtualTime(sandbox.clock),
        ...options,
      });
    },
  };
}
