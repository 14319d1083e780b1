import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const specPath = fileURLToPath(new URL('../../../specs/plextrac.yaml', import.meta.url));
export const lintScript = fileURLToPath(new URL('../../../scripts/lint-spec.mjs', import.meta.url));
export const brokenVariantsPath = fileURLToPath(
  new URL('../../../specs/test-fixtures/broken-variants.json', import.meta.url),
);
