import { benchOrigin } from '../fixtures/bench-origin.js';
import type { ClientKind } from '../fixtures/client-kind.js';
import { createAuthedCall } from '../fixtures/create-authed-call.js';
import { createBenchSession } from '../fixtures/create-bench-session.js';
import { createStubApi } from '../fixtures/create-stub-api.js';
import { createFakeClock } from '../fixtures/fake-clock.js';

export interface SteadyTrafficOptions {
  durationSeconds: number;
  intervalSeconds: number;
  kind?: ClientKind;
}

export interface SteadyTrafficResult {
  logins: number;
  refreshes: number;
  requests: number;
}

/**
 * One request every `intervalSeconds` for `durationSeconds` of simulated time: the fake clock
 * moves between requests, the stub mints tokens that expire 900 s after issue, and the result
 * counts what the session asked the auth endpoints for.
 */
export async function simulateSteadyTraffic(
  options: SteadyTrafficOptions,
): Promise<SteadyTrafficResult> {
  const clock = createFakeClock();
  const stub = createStubApi(clock);
  const baseUrl = benchOrigin();
  const session = createBenchSession({ baseUrl, fetch: stub.fetch, clock });
  const call = createAuthedCall(options.kind ?? 'openapi-fetch', {
    baseUrl,
    fetch: stub.fetch,
    session,
  });
  let requests = 0;
  for (let elapsed = 0; elapsed < options.durationSeconds; elapsed += options.intervalSeconds) {
    await call();
    requests += 1;
    clock.advance(options.intervalSeconds * 1000);
  }
  return { logins: stub.counts.login, refreshes: stub.counts.refresh, requests };
}
