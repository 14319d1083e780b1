import {
  createAuthMiddleware,
  createSdkAuth,
  createSession,
  type Session,
} from '@plextrac-ts/auth-middleware';
import { createPlexTracClient, type PlexTracClient } from '@plextrac-ts/client';
import { createSdkClient, type SdkClient } from '@plextrac-ts/sdk';
import type { NowClock } from './time-control.js';

export type { SdkClient };

export interface DemoClientsOptions {
  /** The Prism proxy both clients talk to. */
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
  readonly totpSecret: string | undefined;
  /** Counts requests and records violations; the session's own auth calls go through it too. */
  readonly fetch: typeof fetch;
  readonly clock: NowClock;
}

export interface DemoClients {
  readonly session: Session;
  readonly api: PlexTracClient;
  readonly sdk: SdkClient;
}

/** One session, two clients: the openapi-fetch client and the hey-api SDK client share it. */
export function createDemoClients(options: DemoClientsOptions): DemoClients {
  const { baseUrl, fetch, clock } = options;
  const session = createSession({
    baseUrl,
    username: options.username,
    password: options.password,
    ...(options.totpSecret ? { totpSecret: options.totpSecret } : {}),
    fetch: (request) => fetch(request),
    clock,
  });
  const api = createPlexTracClient({ baseUrl, fetch });
  api.use(createAuthMiddleware(session));
  const sdk = createSdkClient({ baseUrl, fetch });
  sdk.setConfig(createSdkAuth(session));
  return { session, api, sdk };
}
