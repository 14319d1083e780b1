import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ContractViolationError } from './contract-violation-error.js';
import { expectNoViolations } from './expect-no-violations.js';
import { listRunningServers } from './server-registry.js';
import { startMock } from './start-mock.js';
import type { PrismServer } from './start-prism.js';
import { connectOutcome, pidIsGone } from './test-support/is-gone.js';
import {
  fakePrismExits,
  fakePrismSilent,
  fakePrismStubborn,
  tinySpec,
} from './test-support/paths.js';

const started: PrismServer[] = [];
const track = (server: PrismServer) => {
  started.push(server);
  return server;
};
const get = (url: string, init?: RequestInit) =>
  fetch(url, { ...init, signal: AbortSignal.timeout(5000) });

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
});

describe('startMock', () => {
  it('serves the spec on a free loopback port and stops by PID, freeing the port', async () => {
    const mock = track(await startMock({ spec: tinySpec }));
    expect(mock.url).toBe(`http://127.0.0.1:${mock.port}`);
    const response = await get(`${mock.url}/ping`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(listRunningServers()).toContainEqual({
      kind: 'mock',
      url: mock.url,
      port: mock.port,
      pid: mock.pid,
    });

    await mock.stop();

    expect(pidIsGone(mock.pid)).toBe(true);
    expect(await connectOutcome(mock.port)).toBe('ECONNREFUSED');
    expect(listRunningServers().some((server) => server.pid === mock.pid)).toBe(false);
  });

  it('treats stop() as idempotent, even when called concurrently', async () => {
    const mock = track(await startMock({ spec: tinySpec }));
    const first = mock.stop();
    const second = mock.stop();
    expect(second).toBe(first);
    await Promise.all([first, second]);
    await expect(mock.stop()).resolves.toBeUndefined();
    expect(pidIsGone(mock.pid)).toBe(true);
  });

  it('serves violations as plain answers when errors is false', async () => {
    const mock = track(await startMock({ spec: tinySpec, errors: false }));
    const response = await get(`${mock.url}/broken-example`);
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toContain('response');
  });

  it('treats port 0 as "pick a free port" instead of waiting for a server on port 0', async () => {
    const mock = track(await startMock({ spec: tinySpec, port: 0, startTimeoutMs: 10_000 }));
    expect(mock.port).toBeGreaterThan(0);
    expect((await get(`${mock.url}/ping`)).status).toBe(200);
  });

  it.each([
    [{ port: -1 }, /port must be an integer 0-65535, got -1/],
    [{ port: 65_536 }, /port must be an integer 0-65535/],
    [{ port: 80.5 }, /port must be an integer 0-65535/],
    [{ port: 6000 }, /port 6000 is one that fetch refuses to connect to/],
    [{ port: 10_080 }, /port 10080 is one that fetch refuses/],
    [{ startTimeoutMs: Number.NaN }, /startTimeoutMs must be a number of .* got NaN/],
    [{ startTimeoutMs: 0 }, /startTimeoutMs must be a number of milliseconds above 0/],
    [{ startTimeoutMs: Number.POSITIVE_INFINITY }, /startTimeoutMs must be a number/],
    [{ startTimeoutMs: 2 ** 31 }, /at most 2147483647, got 2147483648/],
    [{ stopGraceMs: -5 }, /stopGraceMs must be a number of milliseconds from 0/],
    [{ stopGraceMs: 2 ** 31 }, /stopGraceMs .* to 2147483647, got 2147483648/],
  ])('refuses %o with a kit error before starting Prism', async (options, message) => {
    const before = listRunningServers().length;
    const error = await startMock({ spec: tinySpec, ...options }).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/^\[@plextrac-ts\/contract\] /);
    expect((error as Error).message).toMatch(message);
    expect(listRunningServers()).toHaveLength(before);
  });

  it('rejects a spec path that does not exist with an error naming it', async () => {
    const before = listRunningServers().length;
    await expect(startMock({ spec: '/nowhere/plextrac.yaml' })).rejects.toThrow(
      /\[@plextrac-ts\/contract\] spec file not found: \/nowhere\/plextrac\.yaml/,
    );
    expect(listRunningServers()).toHaveLength(before);
  });

  it('reports Prism dying at start with its exit code and stderr', async () => {
    const error = await startMock({ spec: tinySpec, prismBin: fakePrismExits }).catch(
      (caught: unknown) => caught as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/Prism mock exited with code 3 before answering/);
    expect((error as Error).message).toContain('fake prism: cannot parse the document');
  });

  it('gives up after startTimeoutMs when Prism never listens, and kills it', async () => {
    const before = new Set(listRunningServers().map((server) => server.pid));
    const error = await startMock({
      spec: tinySpec,
      prismBin: fakePrismSilent,
      startTimeoutMs: 300,
    }).catch((caught: unknown) => caught as Error);
    expect((error as Error).message).toMatch(/did not answer within 300 ms/);
    expect((error as Error).message).toContain('the process was stopped');
    const leftovers = listRunningServers().filter((server) => !before.has(server.pid));
    expect(leftovers).toEqual([]);
  });

  it('escalates to SIGKILL when Prism ignores SIGTERM', async () => {
    const stubborn = track(
      await startMock({ spec: tinySpec, prismBin: fakePrismStubborn, stopGraceMs: 200 }),
    );
    expect(await (await get(stubborn.url)).text()).toBe('stubborn');
    await stubborn.stop();
    expect(pidIsGone(stubborn.pid)).toBe(true);
    expect(await connectOutcome(stubborn.port)).toBe('ECONNREFUSED');
  });
});

describe('a running mock', () => {
  let mock: PrismServer;
  beforeAll(async () => {
    mock = await startMock({ spec: tinySpec });
  });
  afterAll(() => mock.stop());

  it('turns a spec example that breaks its own schema into a #VIOLATIONS 500 (--errors)', async () => {
    const response = await get(`${mock.url}/broken-example`);
    expect(response.status).toBe(500);
    const error = await expectNoViolations(response).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).violations[0]?.location).toEqual([
      'response',
      'body',
      'ok',
    ]);
  });

  it('reports a path the spec does not have, answered by Prism itself, as a violation', async () => {
    const response = await get(`${mock.url}/not-in-the-spec`);
    expect(response.status).toBe(404);
    await expect(expectNoViolations(response)).rejects.toThrow(
      /request: the request broke the contract; Prism answered 404 NO_PATH_MATCHED_ERROR itself/,
    );
  });

  it('answers 401 on a protected operation called without a token', async () => {
    expect((await get(`${mock.url}/secret`)).status).toBe(401);
    expect((await get(`${mock.url}/secret`, { headers: { Authorization: 'x' } })).status).toBe(200);
  });
});
