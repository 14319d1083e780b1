import { type DemoStep, ok } from '../demo-context.js';
import { DemoError } from '../demo-error.js';
import { plural } from '../plural.js';
import { advancePastTotpStep } from '../totp-time.js';
import { authRoundTrips, diffCounts } from '../traffic-recorder.js';
import { readClient } from './read-client.js';

/**
 * The server rejects one request with 401 (the sandbox's fault switch; against a real instance
 * the demo injects it locally); the session re-authenticates once and replays the request once.
 */
export const forced401Step: DemoStep = {
  title: (ctx) =>
    ctx.sandbox
      ? 'Survive a forced 401 (sandbox fault switch: the next getClient answers 401)'
      : `Survive a forced 401 (injected by the demo: a real instance has no fault switch${ctx.usesMfa ? '; the re-login waits for an unused TOTP code, up to 30 s' : ''})`,
  async run(ctx) {
    const before = ctx.traffic.counts();
    const replaysBefore = ctx.session.stats.replays;
    let hits: () => number;
    if (ctx.sandbox) {
      // The re-login needs a TOTP code of a step not used yet: move both clocks to the next one.
      if (ctx.usesMfa) advancePastTotpStep(ctx.time, 0);
      const rule = ctx.sandbox.faults.set(
        ctx.state.clientId === undefined ? 'listClients' : 'getClient',
        { status: 401 },
        { times: 1 },
      );
      hits = () => rule.hits;
    } else {
      const injectedBefore = ctx.localFaults.injected;
      ctx.localFaults.unauthorizedOnce(
        (request) =>
          request.method === 'GET' && new URL(request.url).pathname.startsWith('/api/v1/client/'),
      );
      hits = () => ctx.localFaults.injected - injectedBefore;
    }
    await readClient(ctx);
    const spent = diffCounts(ctx.traffic.counts(), before);
    const replays = ctx.session.stats.replays - replaysBefore;
    if (hits() !== 1 || replays !== 1) {
      throw new DemoError(
        `expected one 401 and one replay, saw ${hits()} 401 and ${replays} replays.`,
      );
    }
    return ok(
      `401 once, then ${plural(authRoundTrips(spent), 'auth round-trip')} and 1 replay of the same request: 200`,
    );
  },
};
