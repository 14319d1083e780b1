import type { AuthContext } from './auth-request.js';
import { ConfigurationError } from './errors.js';
import type { FetchLike, Session, StandardFetch } from './types.js';

/** What the adapters need from a session without making it public API. */
export interface SessionInternals {
  fetch: FetchLike;
  emit: AuthContext['emit'];
  stats: AuthContext['stats'];
  clock: AuthContext['clock'];
  header(token: string): string;
  /** The current token when it needs no login or refresh (and `signal` has not aborted). */
  fresh(signal?: AbortSignal | null): string | undefined;
  /**
   * Marks a token that got a 401 on a replay right after a re-login: for a minute, 401s sent
   * with it are returned as they are (they are about the request, not the token).
   */
  distrust401s(token: string): void;
  /** True while a 401 with this token should not start another login. */
  ignores401s(token: string): boolean;
  /** True for the token a login gave right after a 401 invalidated the previous one. */
  isRelogin(token: string): boolean;
  /** The global fetch when the session was given none: it takes `(url, init)` as well. */
  standardFetch: StandardFetch | undefined;
}

export const sessionInternals = new WeakMap<Session, SessionInternals>();

export function internalsOf(session: Session): SessionInternals {
  const found = sessionInternals.get(session);
  if (found) return found;
  throw new ConfigurationError('Expected a session made by createSession().', {
    cause: new Error('unknown session object'),
  });
}
