import { benchOrigin } from '../fixtures/bench-origin.js';
import type { ClientKind } from '../fixtures/client-kind.js';
import { createAuthedCall } from '../fixtures/create-authed-call.js';
import { createBareCall } from '../fixtures/create-bare-call.js';
import { createBenchSession } from '../fixtures/create-bench-session.js';
import { createStubApi } from '../fixtures/create-stub-api.js';
import { createFakeClock } from '../fixtures/fake-clock.js';
import { describeSpread } from '../report/describe-spread.js';
import { createFigure, type Figure } from '../report/figure.js';
import { formatRate } from '../report/format-value.js';
import { type CompareOptions, compareAlternately } from '../timing/compare-alternately.js';

const GOAL = { kind: 'at-least', target: 0.9 } as const;

const TITLES: Record<ClientKind, [id: string, title: string]> = {
  'openapi-fetch': ['1a', 'openapi-fetch + auth middleware ÷ bare (stub fetch)'],
  sdk: ['1b', 'SDK call + createSdkAuth ÷ bare SDK call (stub fetch)'],
  fetch: ['1c', 'createAuthFetch ÷ raw fetch (stub fetch)'],
};

/**
 * Scenario 1: what the auth layer costs per call with no network at all. The fetch answers at
 * once and the clock stands still, so the token stays warm and only the layer's own work shows.
 */
export async function measureClientOverhead(
  kind: ClientKind,
  options: CompareOptions,
): Promise<Figure> {
  const clock = createFakeClock();
  const stub = createStubApi(clock);
  const baseUrl = benchOrigin();
  const session = createBenchSession({ baseUrl, fetch: stub.fetch, clock });
  const bare = createBareCall(kind, { baseUrl, fetch: stub.fetch, token: stub.tokens.mint() });
  const authed = createAuthedCall(kind, { baseUrl, fetch: stub.fetch, session });
  await authed(); // logs in: every measured call then runs on a warm token
  const result = await compareAlternately(bare, authed, options);
  const [id, title] = TITLES[kind];
  return createFigure({
    id,
    title,
    value: result.ratio,
    rounds: result.ratios,
    unit: 'ratio',
    goal: GOAL,
    detail:
      `${formatRate(result.candidateOpsPerSecond)} vs ${formatRate(result.baselineOpsPerSecond)}, ` +
      `${describeSpread(result.ratios)}, ${stub.authCalls()} login`,
  });
}
