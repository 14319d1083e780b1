import type { RouteDefinition } from '../router.js';
import { assetRoutes } from './assets.js';
import { authRoutes } from './auth.js';
import { clientRoutes } from './clients.js';
import { fileRoutes } from './files.js';
import { findingListRoutes } from './finding-lists.js';
import { findingRoutes } from './findings.js';
import { metaRoutes } from './meta.js';
import { reportTransferRoutes } from './report-transfer.js';
import { reportRoutes } from './reports.js';
import { tagRoutes } from './tags.js';
import { tenantRoutes } from './tenant.js';

/** Every operation of the spec; order matters only for `asset/0` before `asset/{assetId}`. */
export const allRoutes: readonly RouteDefinition[] = [
  ...metaRoutes,
  ...authRoutes,
  ...tenantRoutes,
  ...tagRoutes,
  ...clientRoutes,
  ...reportRoutes,
  ...reportTransferRoutes,
  ...findingRoutes,
  ...findingListRoutes,
  ...assetRoutes,
  ...fileRoutes,
];
