import { exceedsJsonDepth } from '../http/exceeds-json-depth.js';
import { errorReply, type Reply } from '../http/reply.js';
import { tooDeepReply } from '../http/too-deep-reply.js';
import { createFindingDoc, createReportDoc } from './documents.js';
import type { Doc, ReportDoc, Store } from './store.js';

function isDoc(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const INVALID = 'Invalid .ptrac file: expected JSON with report_info and flaws_array.';

/** Creates a report (and its findings) from a `.ptrac` export's `report_info` and `flaws_array`. */
export function importPtrac(store: Store, clientId: number, text: string): ReportDoc | Reply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return errorReply(400, INVALID);
  }
  if (exceedsJsonDepth(parsed)) return tooDeepReply();
  if (!isDoc(parsed) || !isDoc(parsed.report_info)) return errorReply(400, INVALID);
  const flaws = parsed.flaws_array ?? [];
  if (!Array.isArray(flaws) || !flaws.every(isDoc)) return errorReply(400, INVALID);
  const info = parsed.report_info;
  const name = typeof info.name === 'string' && info.name.trim() ? info.name : 'Imported report';
  const report = createReportDoc(store, clientId, { ...info, name });
  for (const flaw of flaws) {
    const title =
      typeof flaw.title === 'string' && flaw.title.trim() ? flaw.title : 'Untitled finding';
    createFindingDoc(store, report, { ...flaw, title });
  }
  return report;
}
