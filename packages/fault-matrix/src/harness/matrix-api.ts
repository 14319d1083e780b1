import { createAuthMiddleware, createSdkAuth, type Session } from '@plextrac-ts/auth-middleware';
import { createPlexTracClient, type PlexTracClient } from '@plextrac-ts/client';
import {
  createConfig,
  createSdkClient,
  getWhoami,
  listClients,
  listClientsPaged,
  type SdkClient,
} from '@plextrac-ts/sdk';
import type { RecordingFetch } from './recording-fetch.js';
import { addArtifact } from './secret-collector.js';

export type ClientKind = 'openapi-fetch' | 'sdk';

/** The parts of a call result both generated clients return, for one assertion per row. */
export interface CallResult {
  data: unknown;
  error: unknown;
  response: Response | undefined;
  status: number | undefined;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Per-request base URL (another origin, for the transport rows). */
  baseUrl?: string;
}

/** The same few operations through either generated client, wired with the auth middleware. */
export interface MatrixApi {
  kind: ClientKind;
  whoami(options?: CallOptions): Promise<CallResult>;
  listClients(options?: CallOptions): Promise<CallResult>;
  listClientsPaged(options?: CallOptions): Promise<CallResult>;
  /** The raw openapi-fetch client or hey-api client, for rows that need more. */
  raw: PlexTracClient | SdkClient;
}

const pagedBody = { pagination: { offset: 0, limit: 5 as const } };

function result(value: { data?: unknown; error?: unknown; response?: Response }): CallResult {
  return {
    data: value.data,
    error: value.error,
    response: value.response,
    status: value.response?.status,
  };
}

/** openapi-fetch client + `createAuthMiddleware(session)`, fetching through `fetch`. */
export function openapiFetchApi(session: Session, fetch: RecordingFetch): MatrixApi {
  const client = createPlexTracClient({ baseUrl: session.baseUrl, fetch });
  client.use(createAuthMiddleware(session));
  const extra = (o: CallOptions) => ({
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
  });
  return {
    kind: 'openapi-fetch',
    raw: client,
    whoami: async (o = {}) => result(await client.GET('/api/v1/user/whoami', extra(o))),
    listClients: async (o = {}) => result(await client.GET('/api/v1/client/list', extra(o))),
    listClientsPaged: async (o = {}) =>
      result(await client.POST('/api/v2/clients', { body: pagedBody, ...extra(o) })),
  };
}

/** hey-api SDK client + `createSdkAuth(session)`; the auth fetch sends through `fetch`. */
export function sdkApi(session: Session, fetch: RecordingFetch): MatrixApi {
  const client = createSdkClient(createConfig({ baseUrl: session.baseUrl, fetch }));
  client.setConfig(createSdkAuth(session));
  const extra = (o: CallOptions) => ({
    client,
    ...(o.signal ? { signal: o.signal } : {}),
    ...(o.baseUrl ? { baseUrl: o.baseUrl } : {}),
  });
  return {
    kind: 'sdk',
    raw: client,
    whoami: async (o = {}) => result(await getWhoami(extra(o))),
    listClients: async (o = {}) => result(await listClients(extra(o))),
    listClientsPaged: async (o = {}) =>
      result(await listClientsPaged({ body: pagedBody, ...extra(o) })),
  };
}

type Call = (options?: CallOptions) => Promise<CallResult>;

/** Every error a caller sees, thrown or returned, goes to the secret scan. */
function recorded(kind: ClientKind, name: string, call: Call): Call {
  return async (options) => {
    try {
      const value = await call(options);
      if (value.error !== undefined) addArtifact(`returned-error:${kind}:${name}`, value.error);
      return value;
    } catch (error) {
      addArtifact(`thrown-error:${kind}:${name}`, error);
      throw error;
    }
  };
}

export function makeApi(kind: ClientKind, session: Session, fetch: RecordingFetch): MatrixApi {
  const api = kind === 'openapi-fetch' ? openapiFetchApi(session, fetch) : sdkApi(session, fetch);
  return {
    ...api,
    whoami: recorded(kind, 'whoami', api.whoami),
    listClients: recorded(kind, 'listClients', api.listClients),
    listClientsPaged: recorded(kind, 'listClientsPaged', api.listClientsPaged),
  };
}
