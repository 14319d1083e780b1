import { assertServersStopped } from '@plextrac-ts/contract';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runDemoProcess } from './test-support/run-demo-process.js';

describe('pnpm demo against the embedded sandbox', () => {
  it('runs every step, reports 0 violations and 1 auth round-trip for the concurrent part, and stops its servers', async () => {
    // --write changes nothing on the sandbox (it always writes): the demo says so and runs on.
    const result = await runDemoProcess({ timeoutMs: 90_000, args: ['--write'] });

    expect(result.stdout).toMatch(/note: --write only matters against a real instance/);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^\s+contract violations\s+0$/m);
    expect(result.stdout).toMatch(/^\s+concurrent part\s+200 reads, 1 auth round-trip$/m);
    expect(result.stdout).toMatch(/^\s+401 replays\s+1$/m);
    expect(result.stdout).toMatch(/^\s+result\s+ok$/m);
    expect(result.stdout).not.toMatch(/FAILED|skipped/);
    // Eleven numbered steps, each ok.
    expect(result.stdout.match(/^\s*\d+\. .* \.\.\. (\[\.+\] )?ok \(/gm)).toHaveLength(11);
    // The client-side count and the sandbox's own count agree.
    const made = /requests made\s+(\d+)/.exec(result.stdout)?.[1];
    const counted = /sandbox counted\s+(\d+) requests/.exec(result.stdout)?.[1];
    expect(made).toBeDefined();
    expect(counted).toBe(made);
    // No ANSI colour when stdout is not a terminal.
    expect(result.stdout).not.toContain('\u001b[');
    // It started Prism (with a PID) and the sandbox, and left nothing behind.
    expect(result.servers.map((server) => server.kind).sort()).toEqual(['proxy', 'sandbox']);
    expect(result.servers.find((server) => server.kind === 'proxy')?.pid).toBeGreaterThan(0);
    await assertServersStopped(result.servers);
  }, 100_000);

  it('stops every server and exits 130 on Ctrl-C (SIGINT)', async () => {
    let interrupted = false;
    const result = await runDemoProcess({
      timeoutMs: 60_000,
      onStdout(stdout, child) {
        if (!interrupted && /^\s+2\. /m.test(stdout)) {
          interrupted = true;
          child.kill('SIGINT');
        }
      },
    });

    expect(interrupted).toBe(true);
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/interrupted/);
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
    expect(result.servers.length).toBeGreaterThanOrEqual(2);
    await assertServersStopped(result.servers);
  }, 70_000);
});
