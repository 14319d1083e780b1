import { type DemoStep, ok } from '../demo-context.js';
import { DemoError } from '../demo-error.js';
import { tokenExpiry } from '../time-control.js';
import { advancePastTotpStep } from '../totp-time.js';
import { authRoundTrips, diffCounts } from '../traffic-recorder.js';
import { readClient } from './read-client.js';

const minute = 60_000;

/**
 * Moves time so the token is expired (sandbox: server and session clocks) or inside the refresh
 * margin (real instance: only the session's clock can move), then fires concurrent reads through
 * the openapi-fetch client. Exactly one auth round-trip must serve all of them.
 */
export const concurrentReadsStep: DemoStep = {
  title: (ctx) =>
    ctx.time.movesServer
      ? `${ctx.concurrency} concurrent reads across an expired token`
      : `${ctx.concurrency} concurrent reads across an expiring token`,
  async run(ctx, line) {
    const token = await ctx.session.getToken(ctx.signal);
    const expiresAt = tokenExpiry(token) ?? ctx.time.clock.now() + 15 * minute;
    // Sandbox: past expiry, at the start of a TOTP step so the re-login never waits. Real
    // instance: 1 minute before expiry, inside the session's 2-minute refresh margin (a refresh
    // needs a token the server still accepts, and only the session's clock can move).
    let jump = Math.max(0, expiresAt - ctx.time.clock.now() - minute);
    if (ctx.time.movesServer) {
      jump = advancePastTotpStep(ctx.time, expiresAt - ctx.time.clock.now() + minute);
    } else {
      ctx.time.advance(jump);
    }
    const moved = `${ctx.time.movesServer ? 'sandbox and session clocks' : 'session clock'} moved ${Math.round(jump / minute)} min on`;
    const before = ctx.traffic.counts();
    const total = ctx.concurrency;
    let done = 0;
    line.progress(0, total);
    try {
      await Promise.all(
        Array.from({ length: total }, async () => {
          await readClient(ctx);
          done += 1;
          line.progress(done, total);
        }),
      );
    } finally {
      ctx.time.reset();
    }
    const spent = diffCounts(ctx.traffic.counts(), before);
    const trips = authRoundTrips(spent);
    ctx.state.concurrent = { reads: total, authRoundTrips: trips, traffic: spent };
    const kind =
      spent.refreshes > 0
        ? 'token refresh'
        : `login${spent.mfaSteps > 0 ? ' with its MFA step' : ''}`;
    if (trips !== 1) {
      throw new DemoError(
        `${total} concurrent reads needed ${trips} auth round-trips; the session must share exactly one.`,
      );
    }
    return ok(
      `${moved}; all ${total} reads answered, served by 1 auth round-trip (${kind}); ${spent.requests} HTTP requests`,
    );
  },
};
