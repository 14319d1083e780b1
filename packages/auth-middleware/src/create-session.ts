import { raceSignal, withTimeout } from './abort.js';
import { type AuthContext, safeCause } from './auth-request.js';
import { isUsableToken } from './auth-response.js';
import {
  ConfigurationError,
  MfaError,
  MfaRequiredError,
  PlexTracAuthError,
  RateLimitError,
  TokenRefreshError,
} from './errors.js';
import { type AuthResult, login, refresh } from './login.js';
import { createScrubber } from './redact.js';
import { sessionInternals } from './session-internals.js';
import { isInstance } from './thrown-values.js';
import { DEFAULT_LIFETIME_MS, readExpiry } from './token-expiry.js';
import { createTotp } from './totp.js';
import type { AuthOperation, Session, SessionOptions, SessionStats, StoredToken } from './types.js';
import { validateOptions } from './validate-options.js';

interface Flight {
  promise: Promise<string>;
  controller: AbortController;
  waiters: number;
  startedAt: number;
}

type Current = Required<Omit<StoredToken, 'tenantId'>> & {
  /** Kept after a 401 because the re-login was rate limited: a second 401 on it is final. */
  kept?: true;
};

/** How long a still-valid token is used, after its early renewal failed, before trying again. */
const RENEWAL_RETRY_MS = 30_000;
/** How long 401s that a fresh token also got are not answered with another login. */
const UNEXPLAINED_401_MS = 60_000;
/** The operations the spec leaves unsecured (health and the login steps) never get a token. */
const PUBLIC_PATHS = new Set(['/api/v1/', '/api/v1/authenticate', '/api/v1/authenticate/mfa']);
/** A path (and query) the URL parser would not change: no dot segments, escapes or backslashes. */
const PLAIN_PATH = /^[^/]+\/\/[^/]+\/[\w\-/~!$&'()*+,;=:@]*([?#][^\\\s]*)?$/;

/**
 * Creates the session that owns the PlexTrac token. Options are validated synchronously
 * (ConfigurationError before any network call); the first getToken() logs in. Secrets live
 * only in this closure: inspect, JSON.stringify and toString show the URL and username.
 */
export function createSession(options: SessionOptions): Session {
  const o = validateOptions(options);
  const basePath = o.baseUrl.slice(o.origin.length);
  const prefix = `${o.baseUrl}/`;
  const { clock, tokenStore: store } = o;
  const key = `${o.origin} ${o.username}`;
  const stats: SessionStats = { authRoundTrips: 0, logins: 0, refreshes: 0, replays: 0 };
  const totp = o.totpSecret ? createTotp(o.totpSecret, clock, o.sleep, o.totpGuardMs) : undefined;
  const emit: AuthContext['emit'] = (event) => {
    try {
      const pending: unknown = o.onEvent?.({ ...event, origin: o.origin });
      // an async listener that rejects must not become an unhandled rejection either
      if (pending instanceof Promise) pending.catch(() => {});
    } catch {
      // a throwing listener must not break authentication
    }
  };
  const scrubber = createScrubber([o.password, options.totpSecret, o.totpSecret]);
  const ctx: AuthContext = { ...o, scrubber, stats, emit };
  let current: Current | undefined;
  let rejected: string | undefined;
  /** The last 16 tokens dropped after a 401 or an invalidate(): never adopted from the store. */
  const rejectedTokens = new Set<string>();
  /** The token a 401 just dropped, in case the login meant to replace it is rate limited. */
  let droppedAfter401: Current | undefined;
  let flight: Flight | undefined;
  /** A flight every caller left: its request may still be out, and its token is worth waiting for. */
  let abandoned: Promise<unknown> | undefined;
  let tenantId: number | undefined;
  let unexplained401s: { token: string; until: number } | undefined;
  /** The token a login gave right after a 401 invalidated the previous one, for a minute. */
  let relogin: { token: string; until: number } | undefined;

  const header = (token: string) => (o.authScheme === 'bearer' ? `Bearer ${token}` : token);
  const report = (operation: AuthOperation, error: PlexTracAuthError, started?: number) =>
    emit({
      type: 'error',
      operation,
      error,
      durationMs: started === undefined ? 0 : clock.now() - started,
    });

  /** After an early renewal failed, the still-valid token is used without retrying until then. */
  let renewalPausedUntil = 0;
  const needsRenewal = (c: Current) => {
    const now = clock.now();
    if (now < renewalPausedUntil && now < c.expiresAt) return false;
    return now >= c.expiresAt - Math.min(o.refreshMarginMs, (c.expiresAt - c.obtainedAt) / 2);
  };
  const fresh = (signal?: AbortSignal | null) =>
    !flight && current && !needsRenewal(current) && !signal?.aborted ? current.token : undefined;

  /** A ConfigurationError from the store (e.g. an unsafe token file) stops a read; others are reported. */
  function storeError(error: unknown, rethrowConfig: boolean, signal: AbortSignal): void {
    if (signal.aborted) throw signal.reason;
    const reported = isInstance(error, PlexTracAuthError)
      ? error
      : new PlexTracAuthError('The token store failed; continuing without it.', {
          cause: safeCause(error, scrubber),
        });
    report('store', reported);
    if (rethrowConfig && isInstance(error, ConfigurationError)) throw error;
  }

  /** A store call bounded by authTimeoutMs: a store that never answers cannot hang the session. */
  const storeCall = <T>(call: () => T | Promise<T>, signal: AbortSignal) =>
    withTimeout(call, o.authTimeoutMs, o.sleep, signal);

  /** Takes a valid token from the store (another run or process may have logged in). */
  async function adoptStored(signal: AbortSignal): Promise<void> {
    let stored: StoredToken | undefined;
    try {
      const value = await storeCall(() => store.get(key), signal);
      // Copied inside the try: a store value whose properties throw is a store failure too.
      stored = value && {
        token: value.token,
        expiresAt: value.expiresAt,
        obtainedAt: value.obtainedAt,
        tenantId: value.tenantId,
      };
    } catch (error) {
      storeError(error, true, signal);
    }
    if (!stored || !isUsableToken(stored.token)) return;
    const { token, expiresAt, obtainedAt } = stored;
    if (rejectedTokens.has(token) || !Number.isFinite(expiresAt) || !(expiresAt > clock.now())) {
      return;
    }
    if (current && expiresAt <= current.expiresAt) return;
    scrubber.add(token);
    current = {
      token,
      expiresAt,
      // a missing or nonsensical obtainedAt would make needsRenewal never true
      obtainedAt:
        Number.isFinite(obtainedAt) && (obtainedAt as number) < expiresAt
          ? (obtainedAt as number)
          : expiresAt - DEFAULT_LIFETIME_MS,
    };
    if (typeof stored.tenantId === 'number') tenantId = stored.tenantId;
  }

  async function accept(
    result: AuthResult,
    started: number,
    type: 'login' | 'refresh',
    options: { mfa?: boolean; answers401?: boolean } = {},
  ) {
    const now = clock.now();
    current = { token: result.token, expiresAt: readExpiry(result.token, now), obtainedAt: now };
    relogin = options.answers401
      ? { token: result.token, until: now + UNEXPLAINED_401_MS }
      : undefined;
    renewalPausedUntil = 0;
    tenantId = result.tenantId ?? tenantId;
    // The token is kept even when every caller has left meanwhile: the write is not cancelled.
    const keep = new AbortController().signal;
    try {
      const value = { ...current, ...(tenantId === undefined ? {} : { tenantId }) };
      await storeCall(() => store.set(key, value), keep);
    } catch (error) {
      storeError(error, false, keep);
    }
    emit(
      type === 'login'
        ? { type, durationMs: now - started, mfa: options.mfa ?? false }
        : { type, durationMs: now - started },
    );
    return result.token;
  }

  async function renew(signal: AbortSignal): Promise<string> {
    const started = clock.now();
    await adoptStored(signal);
    const token = current?.token;
    if (current && !needsRenewal(current)) return current.token;
    if (token && current && clock.now() < current.expiresAt) {
      try {
        const result = await refresh(ctx, header(token), signal);
        stats.refreshes++;
        return await accept(result, started, 'refresh');
      } catch (error) {
        if (!(error instanceof PlexTracAuthError)) throw error;
        const reported =
          error instanceof TokenRefreshError
            ? error
            : new TokenRefreshError('The token refresh failed; logging in again.', {
                cause: error,
              });
        report('refresh', reported, started);
      }
    }
    // No token at all, but one was rejected: this login answers a 401 (see invalidate).
    const answers401 = !current && rejected !== undefined;
    try {
      const result = await login(ctx, { ...o, totp }, signal);
      stats.logins++;
      return await accept(result, started, 'login', { mfa: result.mfa, answers401 });
    } catch (error) {
      if (!(error instanceof PlexTracAuthError)) throw error;
      const mfa = error instanceof MfaError || error instanceof MfaRequiredError;
      report(mfa ? 'mfa' : 'login', error, started);
      // An early renewal that failed leaves the token as good as it was: use it while it lasts,
      // and try again in a while (not on every call, which would spend the auth budget).
      const now = clock.now();
      if (current && current.token === token && now < current.expiresAt) {
        const pause = error instanceof RateLimitError ? error.retryAfter : 0;
        renewalPausedUntil = now + Math.max(RENEWAL_RETRY_MS, pause);
        return token;
      }
      // A login the rate limit refused never tested the token a 401 invalidated: until it
      // expires, it serves the requests it still can instead of none at all.
      const dropped = droppedAfter401;
      if (error instanceof RateLimitError && !current && dropped && now < dropped.expiresAt) {
        current = { ...dropped, kept: true };
      }
      throw error;
    }
  }

  function start(): Flight {
    const controller = new AbortController();
    const previous = abandoned;
    // A login or refresh already sent (by a flight every caller abandoned) is answered within
    // authTimeoutMs: wait for it rather than send another one next to it.
    const promise = previous
      ? raceSignal(previous, controller.signal).then(() => renew(controller.signal))
      : renew(controller.signal);
    const started: Flight = { controller, waiters: 0, startedAt: clock.now(), promise };
    started.promise
      .finally(() => {
        if (flight === started) flight = undefined;
      })
      .catch(() => {});
    return started;
  }

  /**
   * Waits for the shared flight; when every waiter still waiting has aborted, the flight is
   * cancelled: its waits (limiter, Retry-After, MFA code) end, but an auth request already sent
   * is answered (within authTimeoutMs) and a token it brings is kept for the next caller. With
   * `patienceMs` (an early renewal: the token is still valid), the wait ends then with the
   * current token if it is still valid; the renewal goes on in the background.
   */
  function join(shared: Flight, signal: AbortSignal | undefined, patienceMs?: number) {
    shared.waiters++;
    let waiting = true;
    const leave = () => {
      if (waiting) shared.waiters--;
      const was = waiting;
      waiting = false;
      return was;
    };
    const timer = new AbortController();
    const patience =
      patienceMs === undefined
        ? shared.promise
        : o.sleep(patienceMs, timer.signal).then(
            () => {
              if (!current || clock.now() >= current.expiresAt) return shared.promise;
              leave();
              return current.token;
            },
            () => shared.promise,
          );
    return raceSignal(Promise.race([shared.promise, patience]), signal, () => {
      if (!leave() || shared.waiters > 0) return;
      shared.controller.abort(signal?.reason);
      if (flight === shared) {
        flight = undefined;
        // settles (never rejects) once this flight and any it was itself waiting for are over
        const left = Promise.all([abandoned, shared.promise.catch(() => {})]);
        abandoned = left;
        void left.then(() => {
          if (abandoned === left) abandoned = undefined;
        });
      }
    }).finally(() => {
      timer.abort();
      leave();
    });
  }

  /**
   * Drops `token`. After a 401 it may serve again, once, if the re-login is rate limited: that
   * login never tested it. A second 401 on it, or the caller's own invalidate(), is final.
   */
  function forget(token: string, after401: boolean): void {
    rejected = token;
    rejectedTokens.delete(token);
    rejectedTokens.add(token);
    // bounded: a token older than the last 16 dropped ones has long expired
    if (rejectedTokens.size > 16)
      rejectedTokens.delete(rejectedTokens.values().next().value as string);
    const dropped = current?.token === token ? current : undefined;
    droppedAfter401 = after401 && !dropped?.kept ? dropped : undefined;
    if (dropped) current = undefined;
  }

  const session: Session = {
    baseUrl: o.baseUrl,
    origin: o.origin,
    authScheme: o.authScheme,
    get tenantId() {
      return tenantId;
    },
    get stats() {
      return { ...stats };
    },
    getToken(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const token = fresh();
      if (token) return Promise.resolve(token);
      flight ??= start();
      // An early renewal (the token is still valid) may wait on the limiter, a 429 or a slow
      // server: callers wait for it until it is authTimeoutMs old, then use the token they have.
      const now = clock.now();
      if (!current || now >= current.expiresAt) return join(flight, signal);
      const patience = Math.min(current.expiresAt, flight.startedAt + o.authTimeoutMs) - now;
      return patience > 0 ? join(flight, signal, patience) : Promise.resolve(current.token);
    },
    async authorizationHeader(signal) {
      return header(await session.getToken(signal));
    },
    invalidate(token) {
      // Asked for by the caller: forgotten for good, never handed out again.
      forget(token, false);
    },
    async reauthenticate(staleToken, signal) {
      if (flight) {
        const token = await join(flight, signal);
        if (token !== staleToken) return token;
      }
      if (current?.token !== staleToken && current) return session.getToken(signal);
      forget(staleToken, true);
      return session.getToken(signal);
    },
    appliesTo(url) {
      // Fast lane for a plain same-origin URL; anything unusual goes through the URL parser.
      const text = String(url);
      if (text.startsWith(prefix) && PLAIN_PATH.test(text)) {
        const end = text.search(/[?#]|$/);
        return !PUBLIC_PATHS.has(text.slice(prefix.length - 1, end));
      }
      try {
        const target = new URL(url);
        if (target.origin !== o.origin) return false;
        return !PUBLIC_PATHS.has(target.pathname.slice(basePath.length));
      } catch {
        return false;
      }
    },
    toJSON: () => ({ baseUrl: o.baseUrl, username: o.username, authScheme: o.authScheme }),
    toString: () => `PlexTracSession(${o.baseUrl}, ${o.username})`,
    [Symbol.for('nodejs.util.inspect.custom')]: () => session.toString(),
  };
  sessionInternals.set(session, {
    fetch: o.fetch,
    emit,
    stats,
    clock,
    header,
    fresh,
    distrust401s(token) {
      unexplained401s = { token, until: clock.now() + UNEXPLAINED_401_MS };
    },
    ignores401s: (token) => unexplained401s?.token === token && clock.now() < unexplained401s.until,
    isRelogin: (token) => relogin?.token === token && clock.now() < relogin.until,
    standardFetch: options.fetch ? undefined : (url, init) => globalThis.fetch(url, init),
  });
  return session;
}
