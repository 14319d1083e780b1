import {
  createAuthMiddleware,
  createSdkAuth,
  createSession,
  type Session,
  type SessionOptions,
} from '@plextrac-ts/auth-middleware';
import { createPlexTracClient, type PlexTracClient } from '@plextrac-ts/client';
import { createViolationCollector, type ViolationCollector } from '@plextrac-ts/contract';
import { createConfig, createSdkClient, type SdkClient } from '@plextrac-ts/sdk';
import { AUTH_TIMEOUT_MS, type VirtualTime } from './fake-clock.js';
import { limitConcurrency } from './limit-concurrency.js';
import { createWireLog, type WireLog } from './wire-log.js';
import { type RequestFetch, withTimeout } from './with-timeout.js';

export interface ClientStackOptions {
  username?: string;
  password?: string;
  totpSecret?: string;
  /** Virtual time (see fake-clock.ts); the auth timeout is set to match it. */
  time: VirtualTime;
  /** Deadline of each request, from when it goes on the wire (default 5000 ms). */
  requestTimeoutMs?: number;
  /** Requests on the wire at once (default 64); more wait their turn. */
  maxInFlight?: number;
  /** Test-only wrapper around what goes on the wire (e.g. a `Prefer` header). */
  wrap?: (fetch: RequestFetch) => RequestFetch;
  sessionOptions?: Partial<SessionOptions>;
}

/** Both generated clients on one auth session, with every request recorded and checked. */
export interface ClientStack {
  openapi: PlexTracClient;
  sdk: SdkClient;
  session: Session;
  /** Every request as it left for the server (auth calls included). */
  wire: WireLog;
  /** Prism's verdict on every response (auth calls included). */
  violations: ViolationCollector;
}

export function createClientStack(baseUrl: string, options: ClientStackOptions): ClientStack {
  const violations = createViolationCollector();
  // On the way out: wrap (test-only headers) → wire log → pool → deadline → violation check.
  const checked: RequestFetch = (request) => violations.fetch(request);
  const deadline = withTimeout(checked, options.requestTimeoutMs);
  const wire = createWireLog(limitConcurrency(deadline, options.maxInFlight ?? 64));
  const wrapped = options.wrap ? options.wrap(wire.fetch) : wire.fetch;
  const fetch: RequestFetch = (request) => options.time.track(wrapped(request));
  const session = createSession({
    baseUrl,
    username: options.username ?? 'jane.doe@example.com',
    password: options.password ?? 'correct-horse-battery-staple',
    totpSecret: options.totpSecret,
    fetch,
    clock: options.time.clock,
    sleep: options.time.sleep,
    authTimeoutMs: AUTH_TIMEOUT_MS,
    ...options.sessionOptions,
  });
  const openapi = createPlexTracClient({ baseUrl, fetch });
  openapi.use(createAuthMiddleware(session));
  const sdk = createSdkClient(createConfig({ baseUrl }));
  sdk.setConfig(createSdkAuth(session));
  return { openapi, sdk, session, wire, violations };
}
