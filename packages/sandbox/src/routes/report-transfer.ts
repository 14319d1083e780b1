import { renderDocx } from '../export/render-docx.js';
import { renderPdf } from '../export/render-pdf.js';
import { binary, errorReply, isReply, json } from '../http/reply.js';
import { validationError } from '../http/validation-error.js';
import type { RouteDefinition } from '../router.js';
import { findingsOf } from '../store/documents.js';
import { importPtrac } from '../store/import-ptrac.js';
import { lookupClient, lookupReport } from './lookup.js';

const EXPORT_QUERY = new Set(['includeEvidence', 'templateID']);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const reportTransferRoutes: RouteDefinition[] = [
  {
    method: 'GET',
    path: '/api/v1/client/{clientId}/report/{reportId}/export/{format}',
    operationId: 'exportReport',
    handler(context) {
      const report = lookupReport(context);
      if (isReply(report)) return report;
      for (const key of context.query.keys()) {
        // PlexTrac rejects unknown query keys (observed: `"type" is not allowed`).
        if (!EXPORT_QUERY.has(key)) return validationError(key, 'is not allowed', 'query');
      }
      const evidence = context.query.get('includeEvidence');
      if (evidence !== null && evidence !== 'true' && evidence !== 'false') {
        return validationError('includeEvidence', 'must be a boolean', 'query');
      }
      const findings = findingsOf(context.state.store, report.id);
      const format = context.params.format;
      if (format === 'ptrac') return json(200, { report_info: report, flaws_array: findings });
      const lines = [
        `Report: ${report.name}`,
        `Status: ${String(report.status ?? '')}`,
        `Findings: ${findings.length}`,
        ...findings.map((f) => `- [${String(f.severity ?? '')}] ${f.title}`),
      ];
      if (format === 'pdf') return binary(200, renderPdf(lines), 'application/pdf');
      if (format === 'doc') return binary(200, renderDocx(lines), DOCX);
      return errorReply(404, 'Not Found');
    },
  },
  {
    method: 'POST',
    path: '/api/v1/client/{clientId}/report/import',
    operationId: 'importReport',
    body: 'multipart',
    async handler(context) {
      const client = lookupClient(context);
      if (isReply(client)) return client;
      const file = context.form?.get('file');
      if (!file || typeof file === 'string') return validationError('file', 'is required');
      const imported = importPtrac(context.state.store, client.client_id, await file.text());
      if (isReply(imported)) return imported;
      // PlexTrac answers without the new report's id.
      return json(200, { status: 'success' });
    },
  },
];
