import { benchOrigin } from '../fixtures/bench-origin.js';
import type { ClientKind } from '../fixtures/client-kind.js';
import { createAuthedCall } from '../fixtures/create-authed-call.js';
import { createBenchSession } from '../fixtures/create-bench-session.js';
import { createStubApi } from '../fixtures/create-stub-api.js';
import { createFakeClock } from '../fixtures/fake-clock.js';
import { TOKEN_LIFETIME_SECONDS } from '../fixtures/stub-routes.js';

export interface BurstOptions {
  calls: number;
  /** Move the clock past the token's expiry before the burst. */
  expired: boolean;
  kind?: ClientKind;
}

export interface BurstResult {
  /** Logins and refreshes made during the burst (the warm-up login excluded). */
  authCalls: number;
  elapsedMs: number;
}

/**
 * Logs a fresh session in, optionally lets its token expire, then fires `calls` concurrent
 * whoami calls and counts the authentication round-trips they caused. Only the burst is timed.
 */
export async function runBurst(options: BurstOptions): Promise<BurstResult> {
  const kind = options.kind ?? 'openapi-fetch';
  const clock = createFakeClock();
  const stub = createStubApi(clock);
  const baseUrl = benchOrigin();
  const session = createBenchSession({ baseUrl, fetch: stub.fetch, clock });
  const call = createAuthedCall(kind, { baseUrl, fetch: stub.fetch, session });
  await call();
  if (options.expired) {
    clock.advance((TOKEN_LIFETIME_SECONDS + 60) * 1000);
  }
  const authBefore = stub.authCalls();
  const started = performance.now();
  await Promise.all(Array.from({ length: options.calls }, call));
  const elapsedMs = performance.now() - started;
  return { authCalls: stub.authCalls() - authBefore, elapsedMs };
}
