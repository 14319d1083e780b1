import { totpAt } from '../totp.js';
import type { FetchLike } from '../types.js';
import type { FakeTime } from './fake-time.js';

export interface Recorded {
  method: string;
  url: string;
  path: string;
  headers: Headers;
  body: string;
  request: Request;
}

export const USERNAME = 'analyst@example.com';
export const PASSWORD = 'correct-horse-battery-staple';
/** RFC 6238's SHA1 secret "12345678901234567890" in base32. */
export const TOTP_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
export const BASE_URL = 'https://tenant.plextrac.example';

const AUTH_PATHS = ['/api/v1/authenticate', '/api/v1/authenticate/mfa', '/api/v1/token/refresh'];

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function makeJwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${part(Math.random())}`;
}

export type Responder = (request: Recorded) => Response | undefined | Promise<Response | undefined>;

export interface FakePlexTracOptions {
  password?: string;
  /** When set, logins need MFA with this base32 secret. */
  totpSecret?: string;
  lifetimeS?: number;
  /** Answers first when it returns a Response (fault injection). */
  respond?: Responder;
}

/**
 * An injected fetch that behaves like PlexTrac's auth family (login, MFA with strict TOTP
 * checks that reject replayed steps, refresh) and protects every other path with the token.
 * It records every request.
 */
export function createFakePlexTrac(time: FakeTime, options: FakePlexTracOptions = {}) {
  const password = options.password ?? PASSWORD;
  const lifetimeS = options.lifetimeS ?? 900;
  const requests: Recorded[] = [];
  const valid = new Map<string, number>();
  const challenges = new Set<string>();
  const usedSteps = new Set<number>();
  const tokens: string[] = [];
  const cookies: string[] = [];
  let issued = 0;

  function issue(): Response {
    issued++;
    const iat = Math.floor(time.clock.now() / 1000);
    const token = makeJwt({
      username: USERNAME,
      tenantId: 7,
      iat,
      exp: iat + lifetimeS,
      n: issued,
    });
    const cookie = `ck.${issued}.${Math.random().toString(36).slice(2)}`;
    valid.set(token, (iat + lifetimeS) * 1000);
    tokens.push(token);
    cookies.push(cookie);
    return json(200, { status: 'success', tenant_id: 7, token, cookie });
  }

  function tokenOf(request: Recorded): string | undefined {
    const header = request.headers.get('authorization') ?? '';
    const token = header.replace(/^Bearer /, '');
    const expiresAt = valid.get(token);
    return expiresAt !== undefined && time.clock.now() < expiresAt ? token : undefined;
  }

  const fetch: FetchLike = async (request) => {
    const url = new URL(request.url);
    const recorded: Recorded = {
      method: request.method,
      url: request.url,
      path: url.pathname,
      headers: new Headers(request.headers),
      body: request.body ? await request.clone().text() : '',
      request,
    };
    requests.push(recorded);
    const override = await options.respond?.(recorded);
    if (override) return override;
    const body =
      AUTH_PATHS.includes(url.pathname) && recorded.body ? JSON.parse(recorded.body) : undefined;
    if (url.pathname === '/api/v1/authenticate') {
      if (body?.username !== USERNAME || body?.password !== password) {
        return json(401, { status: 'error', message: 'Invalid credentials' });
      }
      if (!options.totpSecret) return issue();
      const code = `challenge-${Math.random().toString(36).slice(2)}`;
      challenges.add(code);
      return json(200, { status: 'success', mfa_enabled: true, code, tenant_id: 7 });
    }
    if (url.pathname === '/api/v1/authenticate/mfa') {
      const step = Math.floor(time.clock.now() / 30_000);
      const secret = options.totpSecret ?? '';
      const ok = challenges.delete(body?.code) && body?.token === totpAt(secret, step);
      if (!ok || usedSteps.has(step))
        return json(401, { status: 'error', message: 'Invalid MFA code' });
      usedSteps.add(step);
      return issue();
    }
    if (url.pathname === '/api/v1/token/refresh') {
      const token = tokenOf(recorded);
      if (!token) return json(401, { status: 'error', message: 'Unauthorized' });
      return issue();
    }
    if (!tokenOf(recorded)) return json(401, { statusCode: 401, error: 'Unauthorized' });
    return json(200, { ok: true, path: url.pathname });
  };

  return {
    fetch,
    requests,
    /** Requests to the auth family only. */
    authRequests: () => requests.filter((r) => AUTH_PATHS.includes(r.path)),
    tokens,
    cookies,
    /** Makes the server reject a token from now on. */
    revoke(token: string) {
      valid.delete(token);
    },
  };
}
