import { type PlexTracClient, paginateItems } from '@plextrac-ts/client';

/** Counts the findings of a report whose status is Open, walking every page of the v2 list. */
export async function countOpenFindings(
  client: PlexTracClient,
  clientId: number,
  reportId: number,
): Promise<number> {
  let open = 0;
  const findings = paginateItems(client, '/api/v2/clients/{clientId}/reports/{reportId}/findings', {
    params: { path: { clientId, reportId } },
    pageSize: 10,
  });
  for await (const finding of findings) {
    if (finding.status === 'Open') open += 1;
  }
  return open;
}
