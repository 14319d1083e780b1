import { describe, expect, it } from 'vitest';
import { createContractSetup } from './create-contract-setup.js';
import { LEDGER_ENV, listRunningServers } from './server-registry.js';
import { startMock } from './start-mock.js';
import { connectOutcome, pidIsGone } from './test-support/is-gone.js';
import { tinySpec } from './test-support/paths.js';

function recordingProject() {
  const provided: Record<string, string> = {};
  return {
    provided,
    provide: (key: string, value: unknown) => {
      provided[key] = String(value);
    },
  };
}

describe('createContractSetup', () => {
  it('starts the mock, provides its URL, and stops it on teardown', async () => {
    const project = recordingProject();
    const teardown = await createContractSetup({ mock: { spec: tinySpec } })(project);
    const url = project.provided.plextracMockUrl ?? '';
    const response = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(200);
    const [server] = listRunningServers().filter((running) => running.url === url);
    expect(server?.pid).toBeTypeOf('number');

    await teardown();

    expect(pidIsGone(server?.pid ?? 0)).toBe(true);
    expect(await connectOutcome(server?.port ?? 0)).toBe('ECONNREFUSED');
    expect(process.env[LEDGER_ENV]).toBeUndefined();
  });

  it('fails teardown when a server started during the run is left running', async () => {
    const teardown = await createContractSetup({})(recordingProject());
    // As a test worker would: it inherits the ledger through the environment.
    const forgotten = await startMock({ spec: tinySpec });
    try {
      await expect(teardown()).rejects.toThrow(
        new RegExp(`servers left behind[\\s\\S]*mock process ${forgotten.pid}`),
      );
      // The leak fails the run (vitest only logs teardown errors) and is killed.
      expect(process.exitCode).toBe(1);
      await expect.poll(() => pidIsGone(forgotten.pid)).toBe(true);
    } finally {
      process.exitCode = undefined;
      await forgotten.stop();
    }
  });

  it('shares one ledger between setups and checks it when the last one tears down', async () => {
    const first = await createContractSetup({})(recordingProject());
    const second = await createContractSetup({})(recordingProject());
    const forgotten = await startMock({ spec: tinySpec });
    try {
      await expect(first()).resolves.toBeUndefined();
      expect(process.env[LEDGER_ENV]).toBeDefined();
      await expect(second()).rejects.toThrow(`mock process ${forgotten.pid}`);
      expect(process.env[LEDGER_ENV]).toBeUndefined();
    } finally {
      process.exitCode = undefined;
      await forgotten.stop();
    }
  });

  it('stops what it started when a later server fails to start', async () => {
    const before = listRunningServers().length;
    await expect(
      createContractSetup({
        mock: { spec: tinySpec },
        proxy: { upstream: 'http://127.0.0.1:9', spec: '/missing.yaml' },
      })(recordingProject()),
    ).rejects.toThrow(/spec file not found: \/missing\.yaml/);
    expect(listRunningServers()).toHaveLength(before);
  });
});
