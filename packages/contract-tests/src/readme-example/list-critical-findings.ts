import { createAuthMiddleware, createSession } from '@plextrac-ts/auth-middleware';
import { createPlexTracClient, paginateItems } from '@plextrac-ts/client';

export async function listCriticalFindings(baseUrl: string, clientId: number, reportId: number) {
  const session = createSession({
    baseUrl,
    username: process.env.PLEXTRAC_USERNAME ?? '',
    password: process.env.PLEXTRAC_PASSWORD ?? '',
    totpSecret: process.env.PLEXTRAC_TOTP_SECRET, // only for MFA users
  });
  const client = createPlexTracClient({ baseUrl });
  client.use(createAuthMiddleware(session));

  const path = '/api/v2/clients/{clientId}/reports/{reportId}/findings';
  const params = { path: { clientId, reportId } };
  const titles: string[] = [];
  for await (const finding of paginateItems(client, path, { params, pageSize: 50 })) {
    if (finding.severity === 'Critical') titles.push(finding.title);
  }
  return titles;
}
