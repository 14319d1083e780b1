import type { SandboxUser } from '../users.js';
import { findingsOf } from './documents.js';
import { userCuid } from './ids.js';
import type { ClientDoc, FindingDoc, ReportDoc, Store } from './store.js';

/** v1 client-list row: `{id: "client_<id>", doc_id: [id], data: [id, name, null]}`. */
export function clientRow(client: ClientDoc) {
  return {
    id: `client_${client.client_id}`,
    doc_id: [client.client_id],
    data: [client.client_id, client.name, null],
  };
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) ? value.map(String) : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** v1 report row with PlexTrac's 13-item positional `data` (index 2 is a legacy null). */
export function reportRow(store: Store, report: ReportDoc) {
  return {
    id: report.id,
    doc_id: [report.id],
    data: [
      report.id,
      report.name,
      null,
      stringOrNull(report.status),
      findingsOf(store, report.id).length,
      strings(report.operators),
      strings(report.reviewers),
      typeof report.created_at === 'number' ? report.created_at : null,
      stringOrNull(report.start_date),
      stringOrNull(report.end_date),
      strings(report.tags),
      stringOrNull(report.template_name),
      stringOrNull(report.fields_template_name),
    ],
  };
}

/** v1 finding row: 0 id, 1 severity, 2 title, 3 status, 4/6/8 timestamps, 10 visibility. */
export function findingRow(finding: FindingDoc) {
  const created = finding.createdAt ?? null;
  const updated = finding.last_update ?? created;
  return {
    id: finding.flaw_id,
    doc_id: [finding.flaw_id],
    data: [
      finding.flaw_id,
      stringOrNull(finding.severity),
      finding.title,
      stringOrNull(finding.status),
      created,
      null,
      created,
      null,
      updated,
      null,
      stringOrNull(finding.visibility) ?? 'published',
    ],
  };
}

/** The tenant user document of the v1 user list and the v2 page. */
export function userDoc(user: SandboxUser, tenantId: number, createdAt: number) {
  return {
    user_id: user.userId,
    cuid: userCuid(user),
    email: user.username,
    name: { first: user.firstName, last: user.lastName },
    first: user.firstName,
    last: user.lastName,
    fullName: `${user.firstName} ${user.lastName}`,
    roles: [user.role],
    disabled: false,
    authentication_provider: user.authProvider,
    tenant_id: tenantId,
    lastLogin: null,
    createdAt,
    mfa: { enabled: user.mfaEnabled },
  };
}
