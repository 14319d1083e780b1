import type { MfaService } from './auth/mfa-service.js';
import type { TokenClaims, TokenService } from './auth/token-service.js';
import type { SandboxClock } from './clock.js';
import type { Store } from './store/store.js';
import type { SandboxUser } from './users.js';

/** Everything the routes of one sandbox share. */
export interface SandboxState {
  clock: SandboxClock;
  tenantId: number;
  users: readonly SandboxUser[];
  store: Store;
  tokens: TokenService;
  mfa: MfaService;
}

export interface RouteContext {
  state: SandboxState;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Parsed JSON body (`undefined` when none was sent). */
  body: unknown;
  /** Parsed multipart form, for upload routes. */
  form: FormData | undefined;
  /** The signed-in user on secured routes. */
  user: SandboxUser | undefined;
  claims: TokenClaims | undefined;
}
