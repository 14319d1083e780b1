import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertServersStopped } from './assert-servers-stopped.js';
import { findFreePort } from './find-free-port.js';

describe('assertServersStopped', () => {
  it('passes when the port refuses connections and no PID is given', async () => {
    const port = await findFreePort();
    await expect(
      assertServersStopped([{ kind: 'mock', url: `http://127.0.0.1:${port}`, port }]),
    ).resolves.toBeUndefined();
  });

  it('names a port that still accepts connections', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      await expect(
        assertServersStopped([{ kind: 'sandbox', url: `http://127.0.0.1:${port}`, port }]),
      ).rejects.toThrow(
        `sandbox port ${port} (http://127.0.0.1:${port}) still accepts connections`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('names a process that is still running', async () => {
    const port = await findFreePort();
    await expect(
      assertServersStopped([
        { kind: 'proxy', url: `http://127.0.0.1:${port}`, port, pid: process.pid },
      ]),
    ).rejects.toThrow(`proxy process ${process.pid}`);
  });
});
