/** Ids that appear in the spec's examples (any valid value works against the mock). */
export const ids = {
  tenantId: 0,
  clientId: 4155,
  reportId: 500006,
  findingId: 872341,
  assetId: 'd8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10',
  tagId: 'tag_tenant_0_web',
  artifactId: 'art_9c1e5b7f2d',
} as const;

export const clientPath = { clientId: ids.clientId };
export const reportPath = { clientId: ids.clientId, reportId: ids.reportId };
export const findingPath = { ...reportPath, findingId: ids.findingId };
export const assetPath = { clientId: ids.clientId, assetId: ids.assetId };

/** A small `.ptrac`-like file for the multipart operations. */
export function ptracFile(): Blob {
  return new Blob([JSON.stringify({ report_info: { name: 'Imported' }, flaws_array: [] })], {
    type: 'application/octet-stream',
  });
}
