import { describe, expect, it } from 'vitest';
import { waitForHttp } from './wait-for-http.js';

function fakeTime() {
  let now = 0;
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
  };
}

describe('waitForHttp', () => {
  it('resolves on the first probe that gets an answer', async () => {
    const time = fakeTime();
    const answers = [false, false, true];
    const probed: string[] = [];
    await waitForHttp('http://127.0.0.1:1', {
      timeoutMs: 1000,
      intervalMs: 25,
      probe: async (url) => {
        probed.push(url);
        return answers.shift() ?? false;
      },
      ...time,
    });
    expect(probed).toHaveLength(3);
    expect(time.sleeps).toEqual([25, 25]);
  });

  it('fails with the URL and the timeout once the deadline passes', async () => {
    const time = fakeTime();
    await expect(
      waitForHttp('http://127.0.0.1:9/', {
        timeoutMs: 200,
        intervalMs: 50,
        probe: async () => false,
        ...time,
      }),
    ).rejects.toThrow('[@plextrac-ts/contract] http://127.0.0.1:9/ did not answer within 200 ms.');
    expect(time.now()).toBe(200);
  });

  it('refuses a NaN timeout, which would never expire, before probing', async () => {
    const time = fakeTime();
    let probes = 0;
    const probe = async () => {
      probes += 1;
      return probes > 1000;
    };
    await expect(
      waitForHttp('http://127.0.0.1:9/', { timeoutMs: Number.NaN, probe, ...time }),
    ).rejects.toThrow(/^\[@plextrac-ts\/contract\] the start timeout must be a finite number/);
    expect(probes).toBe(0);
  });

  it('stops waiting as soon as the abandon promise settles', async () => {
    const time = fakeTime();
    let probes = 0;
    const reason = new Error('process exited');
    await expect(
      waitForHttp('http://127.0.0.1:9/', {
        timeoutMs: 60_000,
        probe: async () => {
          probes += 1;
          return false;
        },
        abandon: Promise.resolve(reason),
        ...time,
      }),
    ).rejects.toBe(reason);
    expect(probes).toBeLessThanOrEqual(1);
  });

  it('counts any HTTP status as up with the default probe', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((_request, response) => {
      response.statusCode = 404;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 2000 }),
      ).resolves.toBeUndefined();
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
