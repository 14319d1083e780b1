import { type DemoStep, ok } from '../demo-context.js';
import { expectData } from '../expect-data.js';
import { tokenExpiry } from '../time-control.js';
import { advancePastTotpStep } from '../totp-time.js';
import { diffCounts } from '../traffic-recorder.js';

/** The session logs in (password, then a TOTP code from the secret); whoami proves the token works. */
export const logInStep: DemoStep = {
  essential: true,
  title: (ctx) =>
    `Log in as ${ctx.username}${ctx.usesMfa ? ' (MFA: 6-digit code generated from the TOTP secret)' : ''}`,
  async run(ctx) {
    // The sandbox clock is ours: start at the beginning of a TOTP step, so the session never
    // waits for a fresh code (it refuses to submit one in the last seconds of its step).
    if (ctx.time.movesServer && ctx.usesMfa) advancePastTotpStep(ctx.time, 0);
    const before = ctx.traffic.counts();
    const token = await ctx.session.getToken(ctx.signal);
    const mfaSteps = diffCounts(ctx.traffic.counts(), before).mfaSteps;
    const whoami = expectData(
      await ctx.api.GET('/api/v1/user/whoami', { signal: ctx.signal }),
      'getWhoami',
    ) as Record<string, unknown>;
    const expiresAt = tokenExpiry(token);
    const minutes =
      expiresAt === undefined
        ? 'unknown expiry'
        : `token valid for ${Math.round((expiresAt - ctx.time.clock.now()) / 60_000)} min`;
    const who = typeof whoami.email === 'string' ? whoami.email : ctx.username;
    const tenant = ctx.session.tenantId === undefined ? '' : `, tenant ${ctx.session.tenantId}`;
    const mfa = mfaSteps > 0 ? ', MFA code accepted' : '';
    return ok(`whoami says ${who}${tenant}${mfa}, ${minutes}`);
  },
};
