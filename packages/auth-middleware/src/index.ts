export type { MfaChallenge, TokenResponse } from './auth-response.js';
export {
  type AuthFetch,
  type AuthFetchInit,
  type AuthFetchOptions,
  createAuthFetch,
  type JsonBody,
} from './create-auth-fetch.js';
export { type AuthMiddleware, createAuthMiddleware } from './create-auth-middleware.js';
export { createFileTokenStore } from './create-file-token-store.js';
export { createMemoryTokenStore } from './create-memory-token-store.js';
export { createSdkAuth, type SdkAuthConfig } from './create-sdk-auth.js';
export { createSession } from './create-session.js';
export {
  type AuthErrorOptions,
  AuthenticationError,
  ConfigurationError,
  MfaError,
  MfaRequiredError,
  PlexTracAuthError,
  RateLimitError,
  type RedactedRequest,
  ReplayError,
  TokenRefreshError,
} from './errors.js';
export { createScrubber, type Scrubber } from './redact.js';
export { resetAuthState } from './reset-auth-state.js';
export type {
  AuthEvent,
  AuthOperation,
  AuthScheme,
  Clock,
  FetchLike,
  Session,
  SessionOptions,
  SessionStats,
  Sleep,
  StandardFetch,
  StoredToken,
  TokenStore,
} from './types.js';
