import { TOKEN_LIFETIME_SECONDS } from '../fixtures/stub-routes.js';
import { createFigure, type Figure } from '../report/figure.js';
import { expectedAuthCalls } from './expected-auth-calls.js';
import { simulateSteadyTraffic } from './simulate-steady-traffic.js';

/** The session's default refresh margin (issue 3: two minutes). */
export const REFRESH_MARGIN_SECONDS = 120;
export const HOUR = { durationSeconds: 3600, intervalSeconds: 1 } as const;

/** Scenario 4: authentication calls per simulated hour of one request a second. */
export async function measureSimulatedHour(): Promise<Figure> {
  const result = await simulateSteadyTraffic(HOUR);
  const expected = expectedAuthCalls({
    durationSeconds: HOUR.durationSeconds,
    tokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
    refreshMarginSeconds: REFRESH_MARGIN_SECONDS,
  });
  return createFigure({
    id: '4',
    title: 'Auth calls in a simulated hour (1 req/s, 15-min tokens, 2-min margin)',
    value: result.logins + result.refreshes,
    unit: 'count',
    goal: { kind: 'equal', target: expected },
    detail: `${result.logins} login + ${result.refreshes} refreshes over ${result.requests} requests`,
  });
}
