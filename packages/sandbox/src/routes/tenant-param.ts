import type { RouteContext } from '../route-context.js';
import { tenantCuid } from '../store/ids.js';

/** Whether `{tenantId}` names this sandbox's tenant: the numeric id or the tenant cuid. */
export function isOwnTenant({ params, state }: RouteContext): boolean {
  const value = params.tenantId ?? '';
  return value === String(state.tenantId) || value === tenantCuid(state.tenantId);
}
