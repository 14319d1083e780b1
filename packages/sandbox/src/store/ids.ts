import type { SandboxUser } from '../users.js';

/** cuid-looking identifiers (PlexTrac's secondary ids), derived so they stay stable per run. */
export function userCuid(user: SandboxUser): string {
  return `cl0user${String(user.userId).padStart(14, '0')}`;
}

export function tenantCuid(tenantId: number): string {
  return `cl0tenant${String(tenantId).padStart(12, '0')}`;
}
