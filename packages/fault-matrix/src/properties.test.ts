import {
  createAuthFetch,
  createSession,
  PlexTracAuthError,
  RateLimitError,
  type Session,
} from '@plextrac-ts/auth-middleware';
import { createPlexTracClient, PaginationError, paginate } from '@plextrac-ts/client';
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import {
  headersInit,
  requestBody,
  retryAfterValue,
  serverPages,
  serverToken,
} from './harness/arbitraries.js';
import { createInstantTime } from './harness/instant-time.js';
import { matrixTest } from './harness/matrix-test.js';
import { ANALYST, PASSWORD } from './harness/matrix-users.js';
import { addArtifact, addSecret } from './harness/secret-collector.js';
import { createStubFetch, json, type StubCall, tokenResponse } from './harness/stub-fetch.js';

const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout's limit: beyond it Node fires after 1 ms
const RUNS = { numRuns: 60, interruptAfterTimeLimit: 8_000 };

let origins = 0;

/** A fresh origin per run (the auth limiter is per origin and process-wide) on instant time. */
function isolated() {
  return {
    baseUrl: `https://p${++origins}.matrix.example`,
    ...createInstantTime(Date.UTC(2040, 0, 1)),
  };
}

function expectTyped(error: unknown, where: string): void {
  addArtifact(`error:property:${where}`, error);
  if (!(error instanceof PlexTracAuthError)) {
    throw new Error(
      `${where} rejected with ${(error as Error)?.name ?? typeof error}, not a PlexTracAuthError: ${String((error as Error)?.message).slice(0, 160)}`,
    );
  }
}

describe('properties', () => {
  matrixTest('property-jwt-decoding', 'session', async () => {
    await fc.assert(
      fc.asyncProperty(serverToken, async (token) => {
        if (token.length >= 8) addSecret('property server token', token);
        const time = isolated();
        const stub = createStubFetch((request) =>
          request.url.endsWith('/authenticate')
            ? json(200, { status: 'success', tenant_id: 0, token, cookie: 'property-cookie-value' })
            : json(200, { ok: true }),
        );
        const session = createSession({
          ...time,
          username: ANALYST,
          password: PASSWORD,
          fetch: stub,
        });
        try {
          expect(await session.getToken()).toBe(token);
          await session.getToken();
          const response = await createAuthFetch(session)(`${time.baseUrl}/api/v1/user/whoami`);
          expect(response.status).toBe(200);
        } catch (error) {
          expectTyped(error, 'session with an arbitrary server token');
        }
        // Bounded: two getToken calls and a request never log in more than twice.
        expect(
          stub.calls.filter((r) => r.url.endsWith('/authenticate')).length,
        ).toBeLessThanOrEqual(2);
      }),
      RUNS,
    );
  });

  matrixTest('property-retry-after', 'session', async () => {
    await fc.assert(
      fc.asyncProperty(retryAfterValue, async (value) => {
        const time = isolated();
        let first = true;
        const stub = createStubFetch(() => {
          if (!first) return tokenResponse(time.clock.now());
          first = false;
          return json(429, { status: 'error', message: 'slow down' }, { 'retry-after': value });
        });
        const session = createSession({
          ...time,
          username: ANALYST,
          password: PASSWORD,
          fetch: stub,
        });
        try {
          await session.getToken();
        } catch (error) {
          expect(error).toBeInstanceOf(RateLimitError);
          addArtifact('error:property:retry-after', error);
        }
        expect(stub.calls.length).toBeLessThanOrEqual(2);
        for (const ms of time.sleeps) {
          expect(
            Number.isFinite(ms) && ms >= 0,
            `sleep(${ms}) for Retry-After ${JSON.stringify(value)}`,
          ).toBe(true);
          expect(ms, `sleep for Retry-After ${JSON.stringify(value)}`).toBeLessThanOrEqual(
            MAX_TIMER_MS,
          );
        }
      }),
      RUNS,
    );
  });

  matrixTest('property-header-merging', 'session', async () => {
    const time = isolated();
    const stub = createStubFetch((request) =>
      request.url.endsWith('/authenticate') ? tokenResponse(time.clock.now()) : json(200, {}),
    );
    const session: Session = createSession({
      ...time,
      username: ANALYST,
      password: PASSWORD,
      fetch: stub,
    });
    const authFetch = createAuthFetch(session);
    const expected = await session.authorizationHeader();
    await fc.assert(
      fc.asyncProperty(headersInit, requestBody, async (headers, payload) => {
        const before = stub.calls.length;
        const init: Record<string, unknown> = { method: 'POST' };
        if (headers !== undefined) init.headers = headers;
        if (payload !== undefined) init.body = payload;
        const response = await authFetch(`${time.baseUrl}/api/v2/clients`, init as never);
        expect(response.status).toBe(200);
        expect(stub.calls.length).toBe(before + 1);
        const sent = stub.calls.at(-1) as StubCall;
        expect(sent.headers.get('authorization')).toBe(expected);
        const given = new Headers(headers as HeadersInit | undefined);
        given.forEach((v, key) => {
          if (key === 'authorization' || key === 'content-type') return;
          expect(sent.headers.get(key)).toBe(v);
        });
        if (payload === undefined || payload === null) {
          expect(sent.headers.get('content-type')).toBeNull();
        } else if (typeof payload !== 'string') {
          expect(sent.headers.get('content-type')).toBe('application/json');
          expect(sent.body).toBe(JSON.stringify(payload));
        }
      }),
      RUNS,
    );
  });

  matrixTest('property-pagination', 'openapi-fetch', async () => {
    await fc.assert(
      fc.asyncProperty(serverPages, async (answers) => {
        const stub = createStubFetch((_request, index) => {
          const { status, text } = answers[
            Math.min(index, answers.length - 1)
          ] as (typeof answers)[0];
          return new Response(text, { status, headers: { 'content-type': 'application/json' } });
        });
        const client = createPlexTracClient({
          baseUrl: 'https://pages.matrix.example',
          fetch: stub,
        });
        let pages = 0;
        try {
          for await (const received of paginate(client, '/api/v2/clients', { maxPages: 20 })) {
            // paginate takes a page's items from `data`, or `assets` (tenant assets' shape)
            const { data, assets } = received as { data?: unknown[]; assets?: unknown[] };
            expect((data ?? assets ?? []).length).toBeGreaterThan(0);
            pages++;
          }
        } catch (error) {
          if (!(error instanceof PaginationError)) {
            throw new Error(
              `paginate threw ${(error as Error)?.name}: ${(error as Error)?.message}`,
            );
          }
        }
        expect(stub.calls.length).toBeLessThanOrEqual(20);
        expect(pages).toBeLessThanOrEqual(stub.calls.length);
      }),
      RUNS,
    );
  });
});
