import type { PlexTracAuthError } from './errors.js';

/** How the token is sent: `Authorization: Bearer <jwt>` or `Authorization: <jwt>`. */
export type AuthScheme = 'bearer' | 'raw';

/** The fetch the session uses. It is always called with one `Request`. */
export type FetchLike = (input: Request) => Promise<Response>;

/** A fetch that also takes `(url, init)`, such as `globalThis.fetch`. */
export type StandardFetch = (input: Request | string, init?: RequestInit) => Promise<Response>;

/** Milliseconds since the epoch, like `Date.now()`. */
export interface Clock {
  now(): number;
}

/** Waits `ms`; rejects with `signal.reason` when the signal aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** What a token store keeps for one origin and username. */
export interface StoredToken {
  token: string;
  /** Expiry in epoch milliseconds. */
  expiresAt: number;
  /** When the token was issued to us, in epoch milliseconds. */
  obtainedAt?: number | undefined;
  tenantId?: number | undefined;
}

/** Where tokens live between calls (or runs). Methods may be sync or async. */
export interface TokenStore {
  get(key: string): Promise<StoredToken | undefined> | StoredToken | undefined;
  set(key: string, value: StoredToken): Promise<void> | void;
  delete(key: string): Promise<void> | void;
}

export interface SessionOptions {
  /** The instance root, e.g. `https://tenant.plextrac.com`. */
  baseUrl: string;
  username: string;
  password: string;
  /** Base32 TOTP secret for MFA accounts (codes are generated with otplib). */
  totpSecret?: string;
  /** Returns the current 6-digit code (an interactive prompt, for example). */
  otp?: () => string | Promise<string>;
  fetch?: FetchLike;
  clock?: Clock;
  sleep?: Sleep;
  tokenStore?: TokenStore;
  /** Default `'bearer'`. */
  authScheme?: AuthScheme;
  /** Refresh when less than this remains. Default 120 000. */
  refreshMarginMs?: number;
  /** Timeout of each authentication request. Default 15 000. */
  authTimeoutMs?: number;
  /** How often a 429 on an auth call is retried. Default 3. */
  maxRateLimitRetries?: number;
  /** Do not submit a TOTP code with less than this left in its step. Default 3 000. */
  totpGuardMs?: number;
  /** Allow `http://` to a host that is not loopback. Default false. */
  allowInsecureHttp?: boolean;
  onEvent?: (event: AuthEvent) => void;
}

export interface SessionStats {
  /** HTTP requests sent to authenticate, authenticate/mfa and token/refresh. */
  authRoundTrips: number;
  logins: number;
  refreshes: number;
  replays: number;
}

interface EventBase {
  origin: string;
  durationMs: number;
}

export type AuthEvent =
  | (EventBase & { type: 'login'; mfa: boolean })
  | (EventBase & { type: 'mfa'; attempt: number; accepted: boolean })
  | (EventBase & { type: 'refresh' })
  | (EventBase & { type: 'replay'; method: string; path: string; status: number })
  | (EventBase & { type: 'rate-limited'; waitMs: number; reason: 'limiter' | '429' })
  | (EventBase & { type: 'error'; operation: AuthOperation; error: PlexTracAuthError });

export type AuthOperation = 'login' | 'mfa' | 'refresh' | 'replay' | 'store';

export interface Session {
  readonly baseUrl: string;
  readonly origin: string;
  readonly authScheme: AuthScheme;
  /** The numeric tenant id from the last login or refresh, if any. */
  readonly tenantId: number | undefined;
  readonly stats: Readonly<SessionStats>;
  /** A valid token; concurrent callers share one login or refresh. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** The `Authorization` header value for the current token. */
  authorizationHeader(signal?: AbortSignal): Promise<string>;
  /** Forget `token` if it is the current one (the server rejected it). */
  invalidate(token: string): void;
  /** After a 401 with `staleToken`: the replacement token (logs in at most once). */
  reauthenticate(staleToken: string, signal?: AbortSignal): Promise<string>;
  /** True when `url` has the session's origin, so it may carry the token. */
  appliesTo(url: string | URL): boolean;
  /** URL, username and scheme only: never a secret. */
  toJSON(): { baseUrl: string; username: string; authScheme: AuthScheme };
  toString(): string;
}
