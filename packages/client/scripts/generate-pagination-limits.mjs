// Generates src/generated/pagination-limits.ts: for every POST operation whose JSON request body
// has `pagination.limit`, the allowed `limit` values (its enum/const) or null (any positive integer).
// PLEXTRAC_SPEC (absolute, or relative to the repo root) points a run at another spec file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';

const pkg = '@plextrac-ts/client';
const root = resolve(import.meta.dirname, '../../..');
const spec = resolve(root, process.env.PLEXTRAC_SPEC || 'specs/plextrac.yaml');
const specLabel = relative(root, spec).split(sep).join('/');
const outDir = resolve(import.meta.dirname, '../src/generated');

if (!existsSync(spec)) {
  console.error(
    `[${pkg}] spec not found: ${spec}. Create specs/plextrac.yaml or set PLEXTRAC_SPEC.`,
  );
  process.exit(1);
}
let doc;
try {
  doc = parse(readFileSync(spec, 'utf8'));
} catch (error) {
  const reason = String(error?.message ?? error).split('\n')[0];
  console.error(`[${pkg}] ${specLabel} is not valid YAML: ${reason}; nothing was written.`);
  process.exit(1);
}

function resolveRef(ref) {
  if (!ref.startsWith('#/')) throw new Error(`[${pkg}] only local $refs are supported, got ${ref}`);
  const keys = ref
    .slice(2)
    .split('/')
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  const target = keys.reduce((node, key) => node?.[key], doc);
  if (target === undefined) throw new Error(`[${pkg}] unresolved $ref ${ref} in ${specLabel}`);
  return target;
}

/** A schema and everything it is combined with through $ref and allOf (3.1 allows $ref siblings). */
function parts(schema, seen = new Set()) {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const ref = typeof schema.$ref === 'string' ? parts(resolveRef(schema.$ref), seen) : [];
  const all = (schema.allOf ?? []).flatMap((member) => parts(member, seen));
  return [schema, ...ref, ...all];
}

const property = (schemas, name) =>
  schemas
    .flatMap((s) => parts(s))
    .flatMap((p) => (p.properties?.[name] ? [p.properties[name]] : []));

/** Allowed values of a limit schema: the intersection of every enum/const found, or null. */
function allowedValues(limitSchemas) {
  const sets = limitSchemas
    .flatMap((s) => parts(s))
    .flatMap((p) => (Array.isArray(p.enum) ? [p.enum] : 'const' in p ? [[p.const]] : []));
  if (sets.length === 0) return null;
  const values = sets.reduce((acc, set) => acc.filter((v) => set.includes(v)));
  if (values.length === 0 || !values.every((v) => Number.isInteger(v) && v > 0)) {
    throw new Error(
      `[${pkg}] pagination.limit allows no positive integer: ${JSON.stringify(sets)}`,
    );
  }
  return [...new Set(values)].sort((a, b) => a - b);
}

const limits = {};
try {
  for (const [path, item] of Object.entries(doc?.paths ?? {})) {
    const post = parts(item)
      .map((p) => p.post)
      .find(Boolean);
    const body = parts(post?.requestBody).find((p) => p.content)?.content?.['application/json'];
    const limit = property(property([body?.schema], 'pagination'), 'limit');
    if (limit.length > 0) limits[path] = allowedValues(limit);
  }
} catch (error) {
  // An unresolved $ref or an impossible limit: say so in one line, write nothing.
  console.error(`${String(error?.message ?? error).split('\n')[0]}; nothing was written.`);
  process.exit(1);
}

const entries = Object.keys(limits)
  .sort()
  .map((path) => `  ${JSON.stringify(path)}: ${JSON.stringify(limits[path])},`);
const source = `// Generated from ${specLabel} by scripts/generate-pagination-limits.mjs. Do not edit by hand; run \`pnpm generate\`.

/**
 * Allowed \`pagination.limit\` values of every POST endpoint whose body has \`pagination\`,
 * ascending; \`null\` means the spec allows any positive integer.
 */
export const paginationLimits = {
${entries.join('\n')}
} as const;
`;

const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');
// biome.json ignores src/generated, so Biome formats stdin under a virtual, non-ignored path.
const formatted = spawnSync(
  process.execPath,
  [biome, 'format', '--stdin-file-path=__generated__.ts'],
  {
    cwd: root,
    input: source,
    encoding: 'utf8',
  },
);
if (formatted.status !== 0) throw new Error(`[${pkg}] biome format failed:\n${formatted.stderr}`);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'pagination-limits.ts'), formatted.stdout);
console.log(`[${pkg}] wrote pagination limits for ${entries.length} endpoints from ${specLabel}`);
