import { describe, expect, it } from 'vitest';
import type { ClientKind } from '../fixtures/client-kind.js';
import { runBurst } from './run-burst.js';

const KINDS: ClientKind[] = ['openapi-fetch', 'sdk', 'fetch'];

describe('authentication round-trips under concurrency (scenario 3)', () => {
  for (const kind of KINDS) {
    it(`1,000 concurrent ${kind} calls on an expired token share one authentication`, async () => {
      const result = await runBurst({ calls: 1000, expired: true, kind });
      expect(result.authCalls).toBe(1);
    });
  }

  it('1,000 concurrent calls on a warm token make no authentication call', async () => {
    const result = await runBurst({ calls: 1000, expired: false });
    expect(result.authCalls).toBe(0);
  });
});
