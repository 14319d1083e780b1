/** The request an error came from, without Authorization, cookies or body. */
export interface RedactedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export interface AuthErrorOptions {
  cause: unknown;
  request?: RedactedRequest | undefined;
  status?: number | undefined;
}

/** Base class of every error this package throws. */
export class PlexTracAuthError extends Error {
  declare readonly request?: RedactedRequest;
  declare readonly status?: number;

  constructor(message: string, options: AuthErrorOptions) {
    super(`[@plextrac-ts/auth-middleware] ${message}`, { cause: options.cause });
    if (options.request) this.request = options.request;
    if (options.status !== undefined) this.status = options.status;
  }
}

/** Names each class's instances (`error.name`) after the class, surviving minification. */
function named(...classes: [{ prototype: Error }, string][]): void {
  for (const [type, name] of classes) type.prototype.name = name;
}

/** The options passed to `createSession` (or a token file) are unusable. */
export class ConfigurationError extends PlexTracAuthError {}

/** PlexTrac refused the username and password (or answered something unusable). */
export class AuthenticationError extends PlexTracAuthError {}

/** The account needs MFA but the session has neither `totpSecret` nor `otp`. */
export class MfaRequiredError extends PlexTracAuthError {}

/** PlexTrac rejected the MFA code, also on the retry. */
export class MfaError extends PlexTracAuthError {}

/** An auth call stayed rate limited after the allowed retries. */
export class RateLimitError extends PlexTracAuthError {
  /** Milliseconds the server asked to wait before the next attempt. */
  readonly retryAfter: number;

  constructor(message: string, options: AuthErrorOptions & { retryAfter: number }) {
    super(message, options);
    this.retryAfter = options.retryAfter;
  }
}

/** `PUT /api/v1/token/refresh` failed; reported in an `error` event before a full login. */
export class TokenRefreshError extends PlexTracAuthError {}

/** A 401 response could not be replayed because its body was a stream. */
export class ReplayError extends PlexTracAuthError {}

named(
  [PlexTracAuthError, 'PlexTracAuthError'],
  [ConfigurationError, 'ConfigurationError'],
  [AuthenticationError, 'AuthenticationError'],
  [MfaRequiredError, 'MfaRequiredError'],
  [MfaError, 'MfaError'],
  [RateLimitError, 'RateLimitError'],
  [TokenRefreshError, 'TokenRefreshError'],
  [ReplayError, 'ReplayError'],
);
