import { randomBytes, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { SandboxClock } from '../clock.js';
import { tenantCuid, userCuid } from '../store/ids.js';
import type { SandboxUser } from '../users.js';

/** The claims PlexTrac's JWT carries (decoded by third-party clients). */
export interface TokenClaims {
  username: string;
  tenantId: number;
  iat: number;
  exp: number;
}

export interface IssuedTokens {
  token: string;
  cookie: string;
}

export interface TokenService {
  issue(user: SandboxUser): Promise<IssuedTokens>;
  /** Resolves the claims of a valid, unexpired token, or `undefined` for anything else. */
  verify(token: string): Promise<TokenClaims | undefined>;
}

export interface TokenServiceOptions {
  clock: SandboxClock;
  ttlSeconds: number;
  tenantId: number;
  /** Milliseconds the server pretends to be ahead when checking `exp` (the clock-skew fault). */
  skewMs: () => number;
}

/** HS256 JWTs signed with a key that only this sandbox holds. */
export function createTokenService(options: TokenServiceOptions): TokenService {
  const key = new Uint8Array(randomBytes(32));
  const { clock, ttlSeconds, tenantId } = options;

  async function sign(claims: Record<string, unknown>): Promise<string> {
    const iat = Math.floor(clock.now() / 1000);
    return new SignJWT({ ...claims, tenantId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuedAt(iat)
      .setExpirationTime(iat + ttlSeconds)
      .setJti(randomUUID())
      .sign(key);
  }

  return {
    async issue(user) {
      const token = await sign({ username: user.username });
      const cookie = await sign({
        username: user.username,
        userId: user.userId,
        userCuid: userCuid(user),
        tenantCuid: tenantCuid(tenantId),
      });
      return { token, cookie };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, {
          algorithms: ['HS256'],
          currentDate: new Date(clock.now() + options.skewMs()),
          requiredClaims: ['exp', 'iat'],
        });
        const { username, tenantId: claimTenant, iat, exp } = payload;
        if (typeof username !== 'string' || typeof claimTenant !== 'number') return undefined;
        if (typeof iat !== 'number' || typeof exp !== 'number') return undefined;
        return { username, tenantId: claimTenant, iat, exp };
      } catch {
        return undefined;
      }
    },
  };
}
