import { createAuthedCall } from '../fixtures/create-authed-call.js';
import { createBareCall } from '../fixtures/create-bare-call.js';
import { createBenchSession } from '../fixtures/create-bench-session.js';
import { createFakeClock } from '../fixtures/fake-clock.js';
import { startLoopbackServer } from '../fixtures/start-loopback-server.js';
import { describeSpread } from '../report/describe-spread.js';
import { createFigure, type Figure } from '../report/figure.js';
import { formatRate } from '../report/format-value.js';
import { type CompareOptions, compareAlternately } from '../timing/compare-alternately.js';

/**
 * Scenario 2: the authenticated openapi-fetch client over real sockets to a node:http server on
 * 127.0.0.1 that the bench starts and stops, against raw `fetch` (2a, the goal) and against the
 * same client without auth (2b, which splits the gap between openapi-fetch and the auth layer).
 */
export async function measureLoopback(options: CompareOptions): Promise<Figure[]> {
  const clock = createFakeClock();
  const server = await startLoopbackServer(clock);
  try {
    const baseUrl = server.url;
    const fetch = globalThis.fetch;
    const session = createBenchSession({ baseUrl, fetch, clock });
    const token = server.tokens.mint();
    const raw = createBareCall('fetch', { baseUrl, fetch, token });
    const bareClient = createBareCall('openapi-fetch', { baseUrl, fetch, token });
    const authed = createAuthedCall('openapi-fetch', { baseUrl, fetch, session });
    await authed();
    const versusRaw = await compareAlternately(raw, authed, options);
    const versusClient = await compareAlternately(bareClient, authed, options);
    const detail = (result: typeof versusRaw) =>
      `${formatRate(result.candidateOpsPerSecond)} vs ${formatRate(result.baselineOpsPerSecond)}, ` +
      describeSpread(result.ratios);
    return [
      createFigure({
        id: '2a',
        title: 'openapi-fetch + auth ÷ raw fetch (loopback node:http)',
        value: versusRaw.ratio,
        rounds: versusRaw.ratios,
        unit: 'ratio',
        goal: { kind: 'at-least', target: 0.95 },
        detail: detail(versusRaw),
      }),
      createFigure({
        id: '2b',
        title: 'openapi-fetch + auth ÷ bare openapi-fetch (loopback node:http)',
        value: versusClient.ratio,
        rounds: versusClient.ratios,
        unit: 'ratio',
        goal: null,
        detail: detail(versusClient),
      }),
    ];
  } finally {
    await server.stop();
  }
}
