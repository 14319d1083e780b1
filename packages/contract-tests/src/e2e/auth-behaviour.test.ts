import { listClients } from '@plextrac-ts/sdk';
import { describe, expect, it } from 'vitest';
import type { ClientStack } from '../support/create-client-stack.js';
import { createVirtualTime } from '../support/fake-clock.js';
import { useSandbox } from './use-sandbox.js';

const MINUTE = 60_000;
const MFA_USER = 'mfa@example.com';
const context = useSandbox();
const stats = () => context.server.sandbox.stats;

describe.each(['openapi', 'sdk'] as const)(
  'auth-middleware end to end against the sandbox behind prism proxy --errors (%s)',
  (via) => {
    const call = async (stack: ClientStack) => {
      const result =
        via === 'openapi'
          ? await stack.openapi.GET('/api/v1/client/list')
          : await listClients({ client: stack.sdk });
      return { status: result.response?.status ?? String(result.error), data: result.data };
    };

    it('logs in once, then calls a protected operation', async () => {
      const stack = context.stack();
      const { status, data } = await call(stack);
      expect(status).toBe(200);
      expect(data?.map((row) => row.data[1])).toContain('Acme Corp');
      expect(stats().count('authenticate')).toBe(1);
      expect(stats().authRoundTrips).toBe(1);
      stack.violations.expectNone();
    });

    it('completes MFA with the TOTP the authenticator shows on the sandbox clock', async () => {
      const stack = context.stack(MFA_USER);
      expect((await call(stack)).status).toBe(200);
      expect(stats().count('authenticate')).toBe(1);
      expect(stats().count('authenticateMfa')).toBe(1);
      const [mfa] = stack.wire.to('/api/v1/authenticate/mfa');
      const sent = JSON.parse(mfa?.body ?? '{}') as { token?: string };
      expect(sent.token).toBe(await context.server.sandbox.totp(MFA_USER));
      stack.violations.expectNone();
    });

    it('refreshes a token that is about to expire instead of logging in again', async () => {
      const stack = context.stack();
      await call(stack);
      context.server.sandbox.clock.advance(14 * MINUTE);
      expect((await call(stack)).status).toBe(200);
      expect(stats().count('refreshToken')).toBe(1);
      expect(stats().count('authenticate')).toBe(1);
      stack.violations.expectNone();
    });

    it('logs in again once the token has expired', async () => {
      const stack = context.stack();
      await call(stack);
      context.server.sandbox.clock.advance(16 * MINUTE);
      expect((await call(stack)).status).toBe(200);
      expect(stats().count('refreshToken')).toBe(0);
      expect(stats().count('authenticate')).toBe(2);
      stack.violations.expectNone();
    });

    it('logs in again when the server refuses the refresh of a token it considers expired', async () => {
      const stack = context.stack();
      await call(stack);
      context.server.sandbox.faults.tokenSkewMs = 2 * MINUTE;
      context.server.sandbox.clock.advance(14 * MINUTE);
      expect((await call(stack)).status).toBe(200);
      expect(stack.wire.to('/api/v1/token/refresh').map((request) => request.status)).toEqual([
        401,
      ]);
      expect(stats().count('authenticate')).toBe(2);
      stack.violations.expectNone();
    });

    it('makes exactly one auth round trip for 1,000 concurrent calls on an expired token', async () => {
      // The 1,000 calls reach the session at once; on the wire they share a pool of sockets.
      const stack = context.stack(undefined, { requestTimeoutMs: 30_000 });
      await call(stack);
      context.server.sandbox.clock.advance(16 * MINUTE);
      stats().reset();
      const results = await Promise.all(Array.from({ length: 1000 }, () => call(stack)));
      const statuses: Record<string, number> = {};
      for (const { status } of results) statuses[status] = (statuses[status] ?? 0) + 1;
      expect(statuses).toEqual({ 200: 1000 });
      expect(stats().authRoundTrips).toBe(1);
      expect(stats().count('listClients')).toBe(1000);
      stack.violations.expectNone();
    });

    it('re-authenticates once and replays once after a 401', async () => {
      const stack = context.stack();
      await call(stack);
      context.server.sandbox.faults.set('listClients', { status: 401 }, { times: 1 });
      stats().reset();
      expect((await call(stack)).status).toBe(200);
      expect(stats().count('listClients')).toBe(2);
      expect(stats().authRoundTrips).toBe(1);
      expect(stack.session.stats.replays).toBe(1);
      stack.violations.expectNone();
    });

    it('returns a persistent 401 after one replay instead of looping', async () => {
      const stack = context.stack();
      await call(stack);
      context.server.sandbox.faults.set('listClients', { status: 401 });
      stats().reset();
      expect((await call(stack)).status).toBe(401);
      expect(stats().count('listClients')).toBe(2);
      expect(stats().authRoundTrips).toBe(1);
      stack.violations.expectNone();
    });

    it('keeps 12 logins in a minute under the limit by waiting: no 429 reaches anyone', async () => {
      const time = createVirtualTime(context.server.sandbox.clock);
      const started = context.server.sandbox.clock.now();
      const stacks = Array.from({ length: 12 }, () => context.stack(undefined, { time }));
      const results = await Promise.all(stacks.map((stack) => call(stack)));
      expect(results.map((result) => result.status)).toEqual(Array(12).fill(200));
      expect(stats().count('authenticate')).toBe(12);
      const authStatuses = stacks.flatMap((stack) =>
        stack.wire.to('/api/v1/authenticate').map((request) => request.status),
      );
      expect(authStatuses).toEqual(Array(12).fill(200));
      // Two logins waited for the window to slide: one minute passed, not more.
      expect(time.sleeps).toEqual([MINUTE, MINUTE]);
      expect(context.server.sandbox.clock.now() - started).toBe(MINUTE);
      for (const stack of stacks) stack.violations.expectNone();
    });

    it('honours Retry-After on a 429 and retries the login', async () => {
      const stack = context.stack();
      context.server.sandbox.faults.set(
        'authenticate',
        { status: 429, retryAfter: 30 },
        { times: 1 },
      );
      expect((await call(stack)).status).toBe(200);
      expect(stack.wire.to('/api/v1/authenticate').map((request) => request.status)).toEqual([
        429, 200,
      ]);
      stack.violations.expectNone();
    });
  },
);
