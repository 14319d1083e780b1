import { timingSafeEqual } from 'node:crypto';
import { objectBody, requiredString } from '../http/body.js';
import { errorReply, isReply, json } from '../http/reply.js';
import type { SandboxState } from '../route-context.js';
import type { RouteDefinition } from '../router.js';
import type { SandboxUser } from '../users.js';

/** Purposely non-descript, as PlexTrac's is: it never says which part was wrong. */
const AUTH_FAILED = 'Authentication failed.';

function samePassword(expected: string | undefined, given: string): boolean {
  if (expected === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function tokenResponse(state: SandboxState, user: SandboxUser) {
  const { token, cookie } = await state.tokens.issue(user);
  return json(200, { status: 'success', tenant_id: state.tenantId, token, cookie });
}

export const authRoutes: RouteDefinition[] = [
  {
    method: 'POST',
    path: '/api/v1/authenticate',
    operationId: 'authenticate',
    secured: false,
    rateLimited: true,
    body: 'json',
    async handler({ state, body }) {
      const input = objectBody(body);
      if (isReply(input)) return input;
      const username = requiredString(input, 'username');
      if (isReply(username)) return username;
      const password = requiredString(input, 'password');
      if (isReply(password)) return password;
      const wanted = username.trim().toLowerCase();
      const user = state.users.find((u) => u.username.toLowerCase() === wanted);
      if (user?.authProvider !== 'plextrac' || !samePassword(user.password, password)) {
        return errorReply(401, AUTH_FAILED);
      }
      if (!user.mfaEnabled) return tokenResponse(state, user);
      const code = state.mfa.challenge(user);
      return json(200, { status: 'success', mfa_enabled: true, code, tenant_id: state.tenantId });
    },
  },
  {
    method: 'POST',
    path: '/api/v1/authenticate/mfa',
    operationId: 'authenticateMfa',
    secured: false,
    rateLimited: true,
    body: 'json',
    async handler({ state, body }) {
      const input = objectBody(body);
      if (isReply(input)) return input;
      const code = requiredString(input, 'code');
      if (isReply(code)) return code;
      const totp = requiredString(input, 'token');
      if (isReply(totp)) return totp;
      const user = await state.mfa.complete(code, totp.trim());
      return user ? tokenResponse(state, user) : errorReply(401, AUTH_FAILED);
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/token/refresh',
    operationId: 'refreshToken',
    rateLimited: true,
    async handler({ state, user }) {
      return user ? tokenResponse(state, user) : errorReply(401, AUTH_FAILED);
    },
  },
];
