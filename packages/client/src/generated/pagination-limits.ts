// Generated from specs/plextrac.yaml by scripts/generate-pagination-limits.mjs. Do not edit by hand; run `pnpm generate`.

/**
 * Allowed `pagination.limit` values of every POST endpoint whose body has `pagination`,
 * ascending; `null` means the spec allows any positive integer.
 */
export const paginationLimits = {
  '/api/v2/client/{clientId}/findings': null,
  '/api/v2/clients': [5, 25, 50, 100],
  '/api/v2/clients/{clientId}/assets': [5, 10, 25, 50, 100],
  '/api/v2/clients/{clientId}/reports/{reportId}/findings': [1, 10, 50, 100, 99999],
  '/api/v2/reports': [5, 10, 25, 50, 100, 1000],
  '/api/v2/tenant/assets': [5, 10, 25, 50, 100, 1000],
} as const;
