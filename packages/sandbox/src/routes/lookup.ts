import { errorReply, isReply, type Reply } from '../http/reply.js';
import { validationError } from '../http/validation-error.js';
import type { RouteContext } from '../route-context.js';
import type { AssetDoc, ClientDoc, FindingDoc, ReportDoc } from '../store/store.js';

const notFound = () => errorReply(404, 'Not Found');

/** A numeric path parameter, or a Joi-style 400 naming it. */
export function intParam(context: RouteContext, name: string): number | Reply {
  const raw = context.params[name] ?? '';
  const value = Number(raw);
  return /^[0-9]+$/.test(raw) && Number.isSafeInteger(value)
    ? value
    : validationError(name, 'must be a number', 'params');
}

export function lookupClient(context: RouteContext): ClientDoc | Reply {
  const id = intParam(context, 'clientId');
  if (isReply(id)) return id;
  return context.state.store.clients.get(id) ?? notFound();
}

export function lookupReport(context: RouteContext): ReportDoc | Reply {
  const client = lookupClient(context);
  if (isReply(client)) return client;
  const id = intParam(context, 'reportId');
  if (isReply(id)) return id;
  const report = context.state.store.reports.get(id);
  return report && report.client_id === client.client_id ? report : notFound();
}

export function lookupFinding(context: RouteContext): FindingDoc | Reply {
  const report = lookupReport(context);
  if (isReply(report)) return report;
  const id = intParam(context, 'findingId');
  if (isReply(id)) return id;
  const finding = context.state.store.findings.get(id);
  return finding && finding.report_id === report.id ? finding : notFound();
}

export function lookupAsset(context: RouteContext): AssetDoc | Reply {
  const client = lookupClient(context);
  if (isReply(client)) return client;
  const asset = context.state.store.assets.get(context.params.assetId ?? '');
  return asset && asset.client_id === client.client_id ? asset : notFound();
}
