import { createServer } from 'node:net';

/**
 * Fails when `port` on `host` is already taken. Without this, an HTTP server already on the port
 * would answer the readiness probe and the kit would hand out its URL as Prism's.
 */
export function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `[@plextrac-ts/contract] port ${port} on ${host} is not free (${error.code ?? error.message}); pass another \`port\` or omit it to get a free one.`,
          { cause: error },
        ),
      ),
    );
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve()));
  });
}
