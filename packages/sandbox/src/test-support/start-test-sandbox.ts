import { onTestFinished } from 'vitest';
import { createManualClock } from '../clock.js';
import { createSandbox } from '../create-sandbox.js';
import type { SandboxOptions } from '../types.js';
import { ANALYST, createTestClient } from './sandbox-client.js';

/** 2025-11-04T09:00:00Z, the start of a 30 s TOTP step. */
export const START_MS = Date.UTC(2025, 10, 4, 9, 0, 0);

/**
 * A sandbox on a frozen clock, empty unless `seed` is given, stopped when the test ends.
 * `call` sends the token set with `useToken` (or none).
 */
export async function startTestSandbox(options: SandboxOptions = {}) {
  const sandbox = await createSandbox({
    clock: createManualClock(START_MS),
    seed: false,
    ...options,
  });
  onTestFinished(() => sandbox.stop());
  let token: string | undefined;
  const call = createTestClient(sandbox.url, () => token);
  return {
    sandbox,
    call,
    useToken(value: string | undefined) {
      token = value;
    },
    /** Logs the analyst in and makes its token the default. */
    async login(): Promise<string> {
      const result = await call('POST', '/api/v1/authenticate', { json: ANALYST, token: null });
      if (result.status !== 200) throw new Error(`login failed with ${result.status}`);
      token = result.json.token as string;
      return token;
    },
  };
}
