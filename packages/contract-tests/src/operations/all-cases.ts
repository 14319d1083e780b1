import { assetCases } from './asset-cases.js';
import { authCases } from './auth-cases.js';
import { clientCases } from './client-cases.js';
import { findingCases } from './finding-cases.js';
import type { AnyOperationCase } from './operation-case.js';
import { reportCases } from './report-cases.js';
import { tagAndFileCases } from './tag-and-file-cases.js';
import { tenantCases } from './tenant-cases.js';

/** Every contract case, grouped as the test files run them. */
export const caseGroups: Record<string, AnyOperationCase[]> = {
  auth: authCases,
  tenant: tenantCases,
  clients: clientCases,
  reports: reportCases,
  findings: findingCases,
  assets: assetCases,
  'tags and files': tagAndFileCases,
};

export const allCases: AnyOperationCase[] = Object.values(caseGroups).flat();
