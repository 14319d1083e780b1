import { isRecord, objectBody, requiredString } from '../http/body.js';
import { isReply, json } from '../http/reply.js';
import { validationError } from '../http/validation-error.js';
import type { RouteDefinition } from '../router.js';
import { createFindingDoc, findingIdentity, findingReadOnly, without } from '../store/documents.js';
import { lookupFinding, lookupReport } from './lookup.js';

const BASE = '/api/v1/client/{clientId}/report/{reportId}';

export const findingRoutes: RouteDefinition[] = [
  {
    method: 'POST',
    path: `${BASE}/flaw/create`,
    operationId: 'createFinding',
    body: 'json',
    handler(context) {
      const report = lookupReport(context);
      if (isReply(report)) return report;
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      const title = requiredString(input, 'title');
      if (isReply(title)) return title;
      const finding = createFindingDoc(context.state.store, report, { ...input, title });
      return json(200, { message: 'success', flaw_id: finding.flaw_id });
    },
  },
  {
    method: 'GET',
    path: `${BASE}/flaw/{findingId}`,
    operationId: 'getFinding',
    handler(context) {
      const finding = lookupFinding(context);
      return isReply(finding) ? finding : json(200, finding);
    },
  },
  {
    method: 'PUT',
    path: `${BASE}/flaw/{findingId}`,
    operationId: 'updateFinding',
    body: 'json',
    handler(context) {
      const finding = lookupFinding(context);
      if (isReply(finding)) return finding;
      const input = objectBody(context.body);
      if (isReply(input)) return input;
      const title = requiredString(input, 'title');
      if (isReply(title)) return title;
      const report = lookupReport(context);
      if (isReply(report)) return report;
      // PlexTrac replaces the whole finding: keys not sent are gone. Only identity stays.
      const { store } = context.state;
      const replaced = {
        ...without(input, findingReadOnly),
        ...findingIdentity(store, report, finding.flaw_id),
        title,
        createdAt: finding.createdAt,
        last_update: store.clock.now(),
      };
      store.findings.set(finding.flaw_id, replaced);
      return json(200, { message: 'success' });
    },
  },
  {
    method: 'DELETE',
    path: `${BASE}/flaw/{findingId}`,
    operationId: 'deleteFinding',
    handler(context) {
      const finding = lookupFinding(context);
      if (isReply(finding)) return finding;
      context.state.store.findings.delete(finding.flaw_id);
      return json(200, { status: 'success', message: 'Finding deleted' });
    },
  },
  {
    method: 'POST',
    path: `${BASE}/flaws/delete`,
    operationId: 'deleteFindings',
    body: 'json',
    handler(context) {
      const report = lookupReport(context);
      if (isReply(report)) return report;
      const input = context.body;
      if (!isRecord(input)) return validationError('value', 'must be of type object');
      const ids = input.findingIds ?? [];
      if (!Array.isArray(ids)) return validationError('findingIds', 'must be an array');
      const { findings } = context.state.store;
      let deleted = 0;
      for (const raw of ids) {
        const finding = findings.get(Number(raw));
        if (finding && finding.report_id === report.id && findings.delete(finding.flaw_id))
          deleted += 1;
      }
      return json(200, { status: 'success', deleted });
    },
  },
];
