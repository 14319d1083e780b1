/** The agreed operation list (specs/plextrac.yaml), used to name the operation a violation is about. */
const table: ReadonlyArray<readonly [operationId: string, method: string, path: string]> = [
  ['getHealth', 'GET', '/api/v1/'],
  ['authenticate', 'POST', '/api/v1/authenticate'],
  ['authenticateMfa', 'POST', '/api/v1/authenticate/mfa'],
  ['refreshToken', 'PUT', '/api/v1/token/refresh'],
  ['getWhoami', 'GET', '/api/v1/user/whoami'],
  ['getWhoamiV2', 'GET', '/api/v2/whoami'],
  ['getTenant', 'GET', '/api/v1/tenant/{tenantId}'],
  ['listTenantUsers', 'GET', '/api/v1/tenant/{tenantId}/user/list'],
  ['listTenantUsersPaged', 'GET', '/api/v2/tenants/{tenantId}/users'],
  ['listClients', 'GET', '/api/v1/client/list'],
  ['listClientsPaged', 'POST', '/api/v2/clients'],
  ['createClient', 'POST', '/api/v1/client/create'],
  ['getClient', 'GET', '/api/v1/client/{clientId}'],
  ['updateClient', 'PUT', '/api/v1/client/{clientId}'],
  ['deleteClient', 'DELETE', '/api/v1/client/{clientId}'],
  ['listClientReports', 'GET', '/api/v1/client/{clientId}/reports'],
  ['listReportsPaged', 'POST', '/api/v2/reports'],
  ['createReport', 'POST', '/api/v1/client/{clientId}/report/create'],
  ['getReport', 'GET', '/api/v1/client/{clientId}/report/{reportId}'],
  ['updateReport', 'PUT', '/api/v1/client/{clientId}/report/{reportId}'],
  ['deleteReport', 'DELETE', '/api/v1/client/{clientId}/report/{reportId}'],
  ['exportReport', 'GET', '/api/v1/client/{clientId}/report/{reportId}/export/{format}'],
  ['importReport', 'POST', '/api/v1/client/{clientId}/report/import'],
  ['listReportFindings', 'GET', '/api/v1/client/{clientId}/report/{reportId}/flaws'],
  ['listReportFindingsPaged', 'POST', '/api/v2/clients/{clientId}/reports/{reportId}/findings'],
  ['listClientFindingsPaged', 'POST', '/api/v2/client/{clientId}/findings'],
  ['createFinding', 'POST', '/api/v1/client/{clientId}/report/{reportId}/flaw/create'],
  ['getFinding', 'GET', '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}'],
  ['updateFinding', 'PUT', '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}'],
  ['deleteFinding', 'DELETE', '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}'],
  ['deleteFindings', 'POST', '/api/v1/client/{clientId}/report/{reportId}/flaws/delete'],
  ['listClientAssets', 'GET', '/api/v1/client/{clientId}/assets'],
  ['listClientAssetsPaged', 'POST', '/api/v2/clients/{clientId}/assets'],
  ['listTenantAssetsPaged', 'POST', '/api/v2/tenant/assets'],
  ['createAsset', 'PUT', '/api/v1/client/{clientId}/asset/0'],
  ['getAsset', 'GET', '/api/v1/client/{clientId}/asset/{assetId}'],
  ['updateAsset', 'PUT', '/api/v1/client/{clientId}/asset/{assetId}'],
  ['deleteAsset', 'DELETE', '/api/v1/client/{clientId}/asset/{assetId}'],
  ['listTags', 'GET', '/api/v1/tenant/{tenantId}/tag'],
  ['createTag', 'POST', '/api/v1/tenant/{tenantId}/tag'],
  ['deleteTag', 'DELETE', '/api/v1/tenant/{tenantId}/tag/{tagId}'],
  ['uploadFile', 'POST', '/api/v1/file-manager/upload'],
  ['listArtifacts', 'POST', '/api/v1/file-manager/artifacts'],
  ['deleteArtifact', 'DELETE', '/api/v1/file-manager/artifacts/{artifactId}'],
];

function segments(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

const compiled = table.map(([operationId, method, path]) => ({
  operationId,
  method,
  parts: segments(path),
  trailingSlash: path.endsWith('/'),
}));

/**
 * Names the operation of a request: `getClient (GET /api/v1/client/{clientId})`, or
 * `GET /some/path` for a path the spec does not have. Literal segments beat parameters.
 */
export function describeOperation(method: string, pathname: string): string {
  const upper = method.toUpperCase();
  const parts = segments(pathname);
  let best: { name: string; literals: number } | undefined;
  for (const op of compiled) {
    if (op.method !== upper || op.parts.length !== parts.length) continue;
    let literals = 0;
    const matches = op.parts.every((part, index) => {
      if (part.startsWith('{')) return parts[index] !== undefined;
      if (part !== parts[index]) return false;
      literals += 1;
      return true;
    });
    if (matches && (best === undefined || literals > best.literals)) {
      best = {
        name: `${op.operationId} (${upper} /${op.parts.join('/')}${op.trailingSlash ? '/' : ''})`,
        literals,
      };
    }
  }
  return best?.name ?? `${upper} ${pathname}`;
}

/** True for the requests that authenticate (login, MFA step, refresh). */
export function authKind(
  method: string,
  pathname: string,
): 'login' | 'mfa' | 'refresh' | undefined {
  const upper = method.toUpperCase();
  const path = pathname.replace(/\/+$/, '');
  if (upper === 'POST' && path.endsWith('/api/v1/authenticate')) return 'login';
  if (upper === 'POST' && path.endsWith('/api/v1/authenticate/mfa')) return 'mfa';
  if (upper === 'PUT' && path.endsWith('/api/v1/token/refresh')) return 'refresh';
  return undefined;
}
