import { createServer } from 'node:net';

/** Asks the OS for a free TCP port on `host` by binding port 0, then releases it. */
export function findFreePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error) =>
      reject(
        new Error(`[@plextrac-ts/contract] cannot find a free port on ${host}.`, { cause: error }),
      ),
    );
    server.listen({ host, port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
