import { isReply, json } from '../http/reply.js';
import type { RouteDefinition } from '../router.js';
import { findingsOf } from '../store/documents.js';
import { paginate, parsePageRequest } from '../store/paginate.js';
import { findingRow } from '../store/rows.js';
import { lookupClient, lookupReport } from './lookup.js';

const FINDING_ALIASES = { findingTags: 'tags', subStatus: 'sub_status', reportId: 'report_id' };

export const findingListRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/client/{clientId}/report/{reportId}/flaws',
    operationId: 'listReportFindings',
    handler(context) {
      const report = lookupReport(context);
      if (isReply(report)) return json(200, []);
      return json(200, findingsOf(context.state.store, report.id).map(findingRow));
    },
  },
  {
    method: 'POST',
    path: '/api/v2/clients/{clientId}/reports/{reportId}/findings',
    operationId: 'listReportFindingsPaged',
    body: 'json',
    handler(context) {
      const page = parsePageRequest(context.body, [1, 10, 50, 100, 99999]);
      if (isReply(page)) return page;
      const report = lookupReport(context);
      const findings = isReply(report) ? [] : findingsOf(context.state.store, report.id);
      const { items, meta, matching } = paginate(findings, page, FINDING_ALIASES);
      const flawIds = matching.map((f) => f.flaw_id);
      return json(200, { status: 'success', data: items, meta: { ...meta, flawIds } });
    },
  },
  {
    method: 'POST',
    path: '/api/v2/client/{clientId}/findings',
    operationId: 'listClientFindingsPaged',
    body: 'json',
    handler(context) {
      const page = parsePageRequest(context.body);
      if (isReply(page)) return page;
      const client = lookupClient(context);
      const findings = isReply(client)
        ? []
        : [...context.state.store.findings.values()].filter(
            (f) => f.client_id === client.client_id,
          );
      const { items, meta } = paginate(findings, page, FINDING_ALIASES);
      return json(200, { status: 'success', data: items, meta });
    },
  },
];
