import { describe, expect, it } from 'vitest';
import { TOKEN_LIFETIME_SECONDS } from '../fixtures/stub-routes.js';
import { expectedAuthCalls } from './expected-auth-calls.js';
import { simulateSteadyTraffic } from './simulate-steady-traffic.js';
import { HOUR, REFRESH_MARGIN_SECONDS } from './simulated-hour.js';

describe('a simulated hour of steady traffic (scenario 4)', () => {
  const expected = expectedAuthCalls({
    durationSeconds: HOUR.durationSeconds,
    tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
    refreshMarginSeconds: REFRESH_MARGIN_SECONDS,
  });

  it('logs in once and refreshes only as often as 15-minute tokens with a 2-minute margin need', async () => {
    const result = await simulateSteadyTraffic(HOUR);
    expect(result.requests).toBe(3600);
    expect(result.logins).toBe(1);
    expect(result.logins + result.refreshes).toBe(expected);
  });

  it('needs the same authentication calls through createAuthFetch', async () => {
    const result = await simulateSteadyTraffic({ ...HOUR, kind: 'fetch' });
    expect(result.logins + result.refreshes).toBe(expected);
  });
});
