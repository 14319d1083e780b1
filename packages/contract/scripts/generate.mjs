// Copies the hand-written spec into src/generated so the published kit ships it.
// Run with `pnpm --filter @plextrac-ts/contract generate`; the output is committed.
// PLEXTRAC_SPEC (absolute, or relative to the repo root) points a run at another spec file.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(packageDir, '..', '..');
const source = resolve(root, process.env.PLEXTRAC_SPEC || 'specs/plextrac.yaml');
const sourceLabel = relative(root, source).split(sep).join('/');
const target = join(packageDir, 'src', 'generated', 'plextrac.yaml');

const header = [
  `# Generated from ${sourceLabel} by packages/contract/scripts/generate.mjs.`,
  `# Do not edit: edit ${sourceLabel}, then run \`pnpm generate\`.`,
  '',
].join('\n');

let spec;
try {
  spec = await readFile(source, 'utf8');
} catch (error) {
  console.error(`[@plextrac-ts/contract] cannot read the spec at ${source}: ${error.message}`);
  process.exit(1);
}
/** Why the spec cannot be shipped as it is, or undefined: YAML errors, not 3.1, an external or broken $ref. */
function problemWith(text) {
  const document = parseDocument(text);
  if (document.errors.length > 0) return `is not valid YAML: ${document.errors[0].message}`;
  const doc = document.toJS();
  if (!/^3\.1\./.test(String(doc?.openapi))) return 'is not an OpenAPI 3.1 document';
  // Every `$ref` of the parsed document (a text search misses JSON-style `"$ref": ...` keys).
  const refs = [];
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.push(value);
        else walk(value);
      }
    }
  };
  walk(doc);
  const external = refs.find((ref) => !ref.startsWith('#'));
  if (external) return `has an external $ref (${external}); bundle it (redocly bundle) first`;
  const pointers = refs.filter((ref) => ref.startsWith('#/')).map((ref) => ref.slice(2));
  const missing = pointers.find(
    (pointer) =>
      pointer
        .split('/')
        .map((key) => decodeURIComponent(key).replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce((node, key) => (node && typeof node === 'object' ? node[key] : undefined), doc) ===
      undefined,
  );
  return missing ? `has a $ref to #/${missing}, which does not exist` : undefined;
}

const problem = problemWith(spec);
if (problem) {
  console.error(`[@plextrac-ts/contract] ${source} ${problem}; nothing was written.`);
  process.exit(1);
}
await mkdir(dirname(target), { recursive: true });
await writeFile(target, header + spec.replace(/^\uFEFF/, ''));
console.log(`[@plextrac-ts/contract] wrote ${target}`);
