import { type AuthFetch, createAuthFetch } from './create-auth-fetch.js';
import type { Session } from './types.js';

/** The part of a hey-api fetch client config that createSdkAuth fills in. */
export interface SdkAuthConfig {
  baseUrl: string;
  fetch: AuthFetch;
}

/**
 * Config for the hey-api client of `@plextrac-ts/sdk`: `client.setConfig(createSdkAuth(session))`.
 * The client calls `config.fetch(request)` for every operation, so the auth fetch adds the
 * header, replays a 401 and shares the session's single-flight login.
 */
export function createSdkAuth(session: Session): SdkAuthConfig {
  return { baseUrl: session.baseUrl, fetch: createAuthFetch(session) };
}
