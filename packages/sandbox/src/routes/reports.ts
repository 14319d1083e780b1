import { objectBody, requiredString } from '../http/body.js';
import { isReply, json } from '../http/reply.js';
import type { RouteDefinition } from '../router.js';
import { deleteReportCascade } from '../store/cascade.js';
import { createReportDoc, findingsOf, reportReadOnly, without } from '../store/documents.js';
import { paginate, parsePageRequest } from '../store/paginate.js';
import { reportRow } from '../store/rows.js';
import type { ReportDoc, Store } from '../store/store.js';
import { lookupClient, lookupReport } from './lookup.js';

/** The v2 list shape: the report plus its findings count. */
function listed(store: Store, report: ReportDoc) {
  return { ...report, findings: findingsOf(store, report.id).length };
}

export const reportRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/client/{clientId}/reports',
    operationId: 'listClientReports',
    handler(context) {
      const client = lookupClient(context);
      if (isReply(client)) return json(200, []);
      const { store } = context.state;
      const reports = [...store.reports.values()].filter((r) => r.client_id === client.client_id);
      return json(
        200,
        reports.map((report) => reportRow(store, report)),
      );
    },
  },
  {
    method: 'POST',
    path: '/api/v2/reports',
    operationId: 'listReportsPaged',
    body: 'json',
    handler({ state, body }) {
      const page = parsePageRequest(body, [5, 10, 25, 50, 100, 1000]);
      if (isReply(page)) return page;
      const reports = [...state.store.reports.values()].map((r) => listed(state.store, r));
      const { items, meta } = paginate(reports, page, { clients: 'client_id' });
      return json(200, { status: 'success', data: items, meta });
    },
  },
  {
    method: 'POST',
    path: '/api/v1/client/{clientId}/report/create',
    operationId: 'createReport',
    body: 'json',
    handler(context) {
      const client = lookupClient(context);
      if (isReply(client)) return client;
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      const name = requiredString(input, 'name');
      if (isReply(name)) return name;
      const report = createReportDoc(context.state.store, client.client_id, { ...input, name });
      return json(200, {
        message: 'success',
        doc_id: report.doc_id,
        report_id: report.id,
        cuid: report.cuid,
      });
    },
  },
  {
    method: 'GET',
    path: '/api/v1/client/{clientId}/report/{reportId}',
    operationId: 'getReport',
    handler(context) {
      const report = lookupReport(context);
      return isReply(report) ? report : json(200, report);
    },
  },
  {
    method: 'PUT',
    path: '/api/v1/client/{clientId}/report/{reportId}',
    operationId: 'updateReport',
    body: 'json',
    handler(context) {
      const report = lookupReport(context);
      if (isReply(report)) return report;
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      if ('name' in input) {
        const name = requiredString(input, 'name');
        if (isReply(name)) return name;
      }
      // PlexTrac merges: keys not sent are kept.
      Object.assign(report, without(input, reportReadOnly));
      return json(200, { status: 'success', message: 'Report Updated Successfully', data: report });
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/client/{clientId}/report/{reportId}',
    operationId: 'deleteReport',
    handler(context) {
      const report = lookupReport(context);
      if (isReply(report)) return report;
      deleteReportCascade(context.state.store, report.id);
      return json(200, { status: 'success', data: true });
    },
  },
];
