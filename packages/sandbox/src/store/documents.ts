import { randomUUID } from 'node:crypto';
import type { AssetDoc, ClientDoc, Doc, FindingDoc, ReportDoc, Store } from './store.js';

/** Keys the server owns: a create/update body cannot overwrite them. */
export const clientReadOnly = ['client_id', 'cuid', 'doc_type', 'tenant_id', 'licenseKeys'];
export const reportReadOnly = ['id', 'doc_id', 'cuid', 'client_id', 'doc_type', 'created_at'];
export const findingReadOnly = ['flaw_id', 'doc_id', 'client_id', 'report_id', 'createdAt'];
export const assetReadOnly = ['id', 'client_id', 'doc_type'];

/** `body` minus `keys` and `__proto__` (Object.assign would make that the doc's prototype). */
export function without(body: Doc, keys: readonly string[]): Doc {
  return Object.fromEntries(
    Object.entries(body).filter(([key]) => key !== '__proto__' && !keys.includes(key)),
  );
}

export function createClientDoc(store: Store, body: Doc & { name: string }): ClientDoc {
  const id = store.nextId('client');
  const doc: ClientDoc = {
    poc: null,
    poc_email: null,
    description: null,
    tags: [],
    custom_field: [],
    logo: null,
    users: {},
    ...without(body, clientReadOnly),
    client_id: id,
    cuid: `cl0client${String(id).padStart(12, '0')}`,
    tenant_id: store.tenantId,
    doc_type: 'client',
    licenseKeys: [],
    name: body.name,
  };
  store.clients.set(id, doc);
  return doc;
}

export function createReportDoc(
  store: Store,
  clientId: number,
  body: Doc & { name: string },
): ReportDoc {
  const id = store.nextId('report');
  const doc: ReportDoc = {
    status: 'Draft',
    template: null,
    fields_template: null,
    template_name: 'Default Report Template',
    fields_template_name: 'Default Findings Layout',
    start_date: null,
    end_date: null,
    tags: [],
    operators: [],
    reviewers: [],
    exec_summary: { custom_fields: [] },
    custom_field: [],
    reportType: 'default',
    includeEvidence: false,
    isTrackChanges: false,
    ...without(body, reportReadOnly),
    id,
    doc_id: `report_${id}_client_${clientId}`,
    cuid: `cl0report${String(id).padStart(12, '0')}`,
    client_id: clientId,
    doc_type: 'report',
    created_at: store.clock.now(),
    name: body.name,
  };
  store.reports.set(id, doc);
  return doc;
}

export function findingIdentity(store: Store, report: ReportDoc, id = store.nextId('finding')) {
  return {
    flaw_id: id,
    doc_id: `flaw_${id}_report_${report.id}_client_${report.client_id}`,
    client_id: report.client_id,
    report_id: report.id,
  };
}

export function createFindingDoc(
  store: Store,
  report: ReportDoc,
  body: Doc & { title: string },
): FindingDoc {
  const now = store.clock.now();
  const identity = findingIdentity(store, report);
  const doc: FindingDoc = {
    severity: 'Informational',
    status: 'Open',
    sub_status: null,
    visibility: 'published',
    description: '',
    recommendations: '',
    references: '',
    tags: [],
    fields: {},
    affected_assets: {},
    common_identifiers: {},
    ...without(body, findingReadOnly),
    ...identity,
    title: body.title,
    createdAt: now,
    last_update: now,
  };
  store.findings.set(identity.flaw_id, doc);
  return doc;
}

export function createAssetDoc(
  store: Store,
  clientId: number,
  body: Doc & { asset: string },
): AssetDoc {
  const id = randomUUID();
  const doc: AssetDoc = {
    type: 'Server',
    tags: [],
    knownIps: [],
    ...without(body, assetReadOnly),
    id,
    client_id: clientId,
    asset: body.asset,
  };
  store.assets.set(id, doc);
  return doc;
}

export function findingsOf(store: Store, reportId: number): FindingDoc[] {
  return [...store.findings.values()].filter((finding) => finding.report_id === reportId);
}
