import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createMfaService } from './auth/mfa-service.js';
import { createRateLimiter } from './auth/rate-limiter.js';
import { createTokenService } from './auth/token-service.js';
import { createSystemClock } from './clock.js';
import { createFaultSwitch } from './faults.js';
import { handleRequest, type Pipeline } from './http/handle-request.js';
import { errorReply } from './http/reply.js';
import { writeReply } from './http/write-reply.js';
import { createRouter } from './router.js';
import { allRoutes } from './routes/all-routes.js';
import { createStats } from './stats.js';
import { demoSeed, seedStore } from './store/seed.js';
import { createStore } from './store/store.js';
import type { Sandbox, SandboxOptions } from './types.js';
import { createUsers, demoUsers } from './users.js';
import { validateOptions } from './validate-options.js';

/** Starts a stateful, PlexTrac-compatible HTTP server on loopback. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const config = validateOptions(options);
  const clock = options.clock ?? createSystemClock();
  const users = createUsers(options.users ?? demoUsers);
  const router = createRouter();
  router.add(...allRoutes);
  const faultSwitch = createFaultSwitch(router.operationIds());
  const store = createStore(clock, config.tenantId);
  if (options.seed !== false) seedStore(store, options.seed ?? demoSeed);
  const mfa = createMfaService(clock);
  const tokens = createTokenService({
    clock,
    ttlSeconds: config.tokenTtlSeconds,
    tenantId: config.tenantId,
    skewMs: () => faultSwitch.faults.tokenSkewMs,
  });
  const stats = createStats();
  const pipeline: Pipeline = {
    state: { clock, tenantId: config.tenantId, users, store, tokens, mfa },
    router,
    faults: faultSwitch,
    limiter: createRateLimiter(clock, config.authLimitPerMinute),
    stats,
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handleRequest(pipeline, req, res).catch(() => {
      writeReply(res, errorReply(500, 'Internal Server Error'));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await listen(server, config.port, config.host);
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    return stopping;
  };

  return {
    url: `http://${host}:${port}`,
    clock,
    faults: faultSwitch.faults,
    users,
    stats: stats.stats,
    totp(username, atMs) {
      const user = users.find((u) => u.username === username);
      if (!user) {
        return Promise.reject(new TypeError(`[@plextrac-ts/sandbox] no user named ${username}.`));
      }
      return mfa.totp(user, atMs);
    },
    stop,
  };
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string) {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          `[@plextrac-ts/sandbox] could not listen on ${host}:${port}: ${error.message}; ${whatToDo(error, host)}`,
          {
            cause: error,
          },
        ),
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function whatToDo(error: NodeJS.ErrnoException, host: string): string {
  if (error.code === 'EADDRINUSE') return 'pick another port (0 picks a free one).';
  if (error.code === 'EACCES') return 'pick a port above 1023 (0 picks a free one).';
  return `check the host: ${host} must be an address of this machine, e.g. 127.0.0.1 or ::1.`;
}
