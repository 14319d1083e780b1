import { fileURLToPath } from 'node:url';

/**
 * Path of the PlexTrac OpenAPI spec shipped with the kit. The same relative location holds in
 * src/ (tests) and dist/ (published): `generated/plextrac.yaml` next to this module.
 */
export function bundledSpecPath(): string {
  return fileURLToPath(new URL('./generated/plextrac.yaml', import.meta.url));
}
