import { errorReply, json } from '../http/reply.js';
import type { RouteDefinition } from '../router.js';
import { tenantCuid, userCuid } from '../store/ids.js';

export const metaRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/',
    operationId: 'getHealth',
    secured: false,
    handler: () => json(200, { text: 'Authenticate at /authenticate' }),
  },
  {
    method: 'GET',
    path: '/api/v1/user/whoami',
    operationId: 'getWhoami',
    handler({ state, user }) {
      if (!user) return errorReply(401, 'Unauthorized');
      return json(200, {
        name: `${user.firstName} ${user.lastName}`,
        email: user.username,
        isAdmin: user.role === 'ADMIN',
        role: user.role,
        tenant_id: state.tenantId,
        user_id: user.userId,
        cuid: userCuid(user),
        mfa_enabled: user.mfaEnabled,
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v2/whoami',
    operationId: 'getWhoamiV2',
    handler({ state, user }) {
      if (!user) return errorReply(401, 'Unauthorized');
      return json(200, {
        status: 'success',
        data: {
          cuid: userCuid(user),
          userId: user.userId,
          email: user.username,
          firstName: user.firstName,
          lastName: user.lastName,
          role: user.role,
          tenantId: state.tenantId,
          tenantCuid: tenantCuid(state.tenantId),
        },
      });
    },
  },
];
