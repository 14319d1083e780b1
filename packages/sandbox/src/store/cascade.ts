import type { Store } from './store.js';

/** Deletes a report and its findings. */
export function deleteReportCascade(store: Store, reportId: number): void {
  store.reports.delete(reportId);
  for (const [id, finding] of store.findings) {
    if (finding.report_id === reportId) store.findings.delete(id);
  }
}

/** Deletes a client with its reports, findings and assets. */
export function deleteClientCascade(store: Store, clientId: number): void {
  store.clients.delete(clientId);
  for (const [id, report] of store.reports) {
    if (report.client_id === clientId) deleteReportCascade(store, id);
  }
  for (const [id, asset] of store.assets) {
    if (asset.client_id === clientId) store.assets.delete(id);
  }
}
