import { createPlexTracClient } from '@plextrac-ts/client';
import { createViolationCollector, readViolations } from '@plextrac-ts/contract';
import { createClient, createConfig, createSdkClient, getClient } from '@plextrac-ts/sdk';
import { describe, expect, inject, it } from 'vitest';
import { type ClientStack, createClientStack } from '../support/create-client-stack.js';
import { createVirtualTime } from '../support/fake-clock.js';
import { preferOn } from '../support/prefer.js';
import { asFetch, withTimeout } from '../support/with-timeout.js';

const clientPath = { clientId: 4155 };
const newClient = { name: 'Acme Corp', tags: ['web'], custom_field: [] };
const time = createVirtualTime();
const mockUrl = () => inject('plextracMockUrl');
const send = (path: string, init: RequestInit = {}) =>
  fetch(`${mockUrl()}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
const authPaths = ['/api/v1/authenticate', '/api/v1/authenticate/mfa', '/api/v1/token/refresh'];
const authRequests = (stack: ClientStack) =>
  stack.wire.requests.filter((request) => authPaths.includes(request.path)).length;

describe('negative contracts against prism mock --errors', () => {
  it('answers 401 to a protected operation called without a token', async () => {
    const raw = await send('/api/v1/client/4155');
    expect(raw.status).toBe(401);
    // Prism answers the spec's 401 example and lists the request's violation in sl-violations.
    expect(await readViolations(raw)).toEqual([
      {
        location: ['request'],
        severity: 'Error',
        code: 401,
        message: 'Invalid security scheme used',
      },
    ]);

    const contract = createViolationCollector();
    const fetch = withTimeout(contract.fetch);
    const openapi = createPlexTracClient({ baseUrl: mockUrl(), fetch });
    const viaOpenapi = await openapi.GET('/api/v1/client/{clientId}', {
      params: { path: clientPath },
    });
    expect(viaOpenapi.response.status).toBe(401);
    expect(viaOpenapi.error).toMatchObject({ statusCode: 401 });

    const sdk = createSdkClient(createConfig({ baseUrl: mockUrl(), fetch: asFetch(fetch) }));
    const viaSdk = await getClient({ client: sdk, path: clientPath });
    expect(viaSdk.response?.status).toBe(401);
    expect(viaSdk.error).toMatchObject({ statusCode: 401 });
    expect(
      contract.collected.map(({ status, violations }) => [status, violations[0]?.code]),
    ).toEqual([
      [401, 401],
      [401, 401],
    ]);
    expect(() => contract.expectNone()).toThrow(/Invalid security scheme used/);
  });

  it('rejects a form-encoded body on a JSON operation with 415', async () => {
    const response = await send('/api/v1/client/create', {
      method: 'POST',
      headers: { Authorization: 'Bearer x', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Acme Corp' }),
    });
    expect(response.status).toBe(415);
    expect(await readViolations(response)).toEqual([
      expect.objectContaining({
        location: ['request'],
        severity: 'Error',
        code: 'INVALID_CONTENT_TYPE',
        message: expect.stringMatching(
          /^the request broke the contract; Prism answered 415 INVALID_CONTENT_TYPE itself: .*application\/json/,
        ),
      }),
    ]);
    const problem = (await response.json()) as { type: string; detail: string };
    expect(problem.type).toMatch(/#INVALID_CONTENT_TYPE$/);
    expect(problem.detail).toContain('application/json');
  });

  it.each(['openapi', 'sdk'] as const)(
    'puts JSON on the wire as application/json, so the mock accepts it (%s)',
    async (via) => {
      const stack = createClientStack(mockUrl(), { time });
      const { response } =
        via === 'openapi'
          ? await stack.openapi.POST('/api/v1/client/create', { body: newClient })
          : await createClient({ client: stack.sdk, body: newClient });
      expect(response?.status).toBe(200);
      const [sent] = stack.wire.to('/api/v1/client/create');
      expect(sent?.contentType).toMatch(/^application\/json(;|$)/);
      expect(JSON.parse(sent?.body ?? 'null')).toEqual(newClient);
      const [login] = stack.wire.to('/api/v1/authenticate');
      expect(login?.contentType).toMatch(/^application\/json(;|$)/);
      const [bodiless] = stack.wire.requests.filter((request) => request.method === 'GET');
      expect(bodiless).toBeUndefined();
      stack.violations.expectNone();
    },
  );

  it('answers 422 naming a missing required field', async () => {
    const response = await send('/api/v1/client/create', {
      method: 'POST',
      headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
      body: JSON.stringify({ description: 'no name' }),
    });
    expect(response.status).toBe(422);
    expect(await readViolations(response)).toEqual([
      {
        location: ['request', 'body'],
        severity: 'Error',
        code: 'required',
        message:
          "the request broke the contract; Prism answered 422 itself: Request body must have required property 'name'",
      },
    ]);
    const problem = (await response.json()) as { validation: unknown[] };
    expect(problem.validation).toEqual([
      expect.objectContaining({
        location: ['body'],
        severity: 'Error',
        message: "Request body must have required property 'name'",
      }),
    ]);
  });

  it.each(['openapi', 'sdk'] as const)(
    'refuses a body without a required field at compile time; the mock answers 422 (%s)',
    async (via) => {
      const stack = createClientStack(mockUrl(), { time });
      const noName = { description: 'no name' };
      const { response, error } =
        via === 'openapi'
          ? // @ts-expect-error `name` is required by ClientCreate
            await stack.openapi.POST('/api/v1/client/create', { body: noName })
          : // @ts-expect-error `name` is required by ClientCreate
            await createClient({ client: stack.sdk, body: noName });
      expect(response?.status).toBe(422);
      expect(JSON.stringify(error)).toContain("must have required property 'name'");
      // The collector under both clients reports the rejection; it is not blind to it.
      const rejected = stack.violations.collected.filter((entry) => entry.status === 422);
      expect(rejected.flatMap((entry) => entry.violations.map((v) => v.location))).toEqual([
        ['request', 'body'],
      ]);
      expect(() => stack.violations.expectNone()).toThrow(/the request broke the contract/);
    },
  );

  it.each(['openapi', 'sdk'] as const)(
    'answers a 401 with one re-authentication and one replay (%s)',
    async (via) => {
      const stack = createClientStack(mockUrl(), {
        time,
        wrap: preferOn('GET', '/api/v1/client/4155', 'code=401', 1),
      });
      const { response, data } =
        via === 'openapi'
          ? await stack.openapi.GET('/api/v1/client/{clientId}', { params: { path: clientPath } })
          : await getClient({ client: stack.sdk, path: clientPath });
      expect(response?.status).toBe(200);
      expect(data?.name).toBe('Acme Corp');
      const calls = stack.wire.to('/api/v1/client/4155');
      expect(calls.map((call) => call.headers.prefer ?? null)).toEqual(['code=401', null]);
      expect(calls[1]?.headers.authorization).toMatch(/^Bearer /);
      expect(authRequests(stack)).toBe(2);
      expect(stack.session.stats.replays).toBe(1);
    },
  );

  it.each(['openapi', 'sdk'] as const)(
    'returns a persistent 401 after exactly one replay instead of looping (%s)',
    async (via) => {
      const stack = createClientStack(mockUrl(), { time });
      const headers = { Prefer: 'code=401' };
      const { response, error } =
        via === 'openapi'
          ? await stack.openapi.GET('/api/v1/client/{clientId}', {
              params: { path: clientPath },
              headers,
            })
          : await getClient({ client: stack.sdk, path: clientPath, headers });
      expect(response?.status).toBe(401);
      expect(error).toMatchObject({ statusCode: 401 });
      expect(stack.wire.to('/api/v1/client/4155')).toHaveLength(2);
      expect(authRequests(stack)).toBe(2);
      stack.violations.expectNone();
    },
  );
});
