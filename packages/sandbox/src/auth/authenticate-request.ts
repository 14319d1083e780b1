import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxUser } from '../users.js';
import type { TokenClaims, TokenService } from './token-service.js';

export interface Authenticated {
  user: SandboxUser;
  claims: TokenClaims;
}

/** Reads `Authorization: <jwt>` or `Authorization: Bearer <jwt>` and checks the token. */
export async function authenticateRequest(
  headers: IncomingHttpHeaders,
  tokens: TokenService,
  users: readonly SandboxUser[],
): Promise<Authenticated | undefined> {
  const header = headers.authorization?.trim();
  if (!header) return undefined;
  const token = /^bearer\s+/i.test(header) ? header.replace(/^bearer\s+/i, '') : header;
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) return undefined;
  const claims = await tokens.verify(token);
  if (!claims) return undefined;
  const user = users.find((u) => u.username === claims.username);
  return user ? { user, claims } : undefined;
}
