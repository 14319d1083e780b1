// Generates src/generated/schema.ts from the spec with openapi-typescript.
// PLEXTRAC_SPEC (absolute, or relative to the repo root) points a run at another spec file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

const pkg = '@plextrac-ts/types';
const root = resolve(import.meta.dirname, '../../..');
const spec = resolve(root, process.env.PLEXTRAC_SPEC || 'specs/plextrac.yaml');
const specLabel = relative(root, spec).split(sep).join('/');
const outDir = resolve(import.meta.dirname, '../src/generated');
const outFile = join(outDir, 'schema.ts');

if (!existsSync(spec)) {
  console.error(
    `[${pkg}] spec not found: ${spec}. Create specs/plextrac.yaml or set PLEXTRAC_SPEC.`,
  );
  process.exit(1);
}

// biome.json ignores src/generated, so Biome reads the source from stdin under a virtual,
// non-ignored path (with the real path Biome echoes an ignored file back unformatted).
function format(file, source) {
  const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');
  const result = spawnSync(
    process.execPath,
    [biome, 'format', '--stdin-file-path=__generated__.ts'],
    {
      cwd: root,
      input: source,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0) {
    throw new Error(`[${pkg}] biome format failed for ${file}:\n${result.stderr}`);
  }
  return result.stdout;
}

// Binary strings (uploads, exports) become `Blob`, so a multipart body can carry a real file;
// openapi-typescript's default would type them as `string`.
const BLOB = ts.factory.createTypeReferenceNode('Blob');
const TEXTUAL = /^(text\/|application\/([\w.-]+\+)?(json|xml|yaml))/;
const isBinary = (schema) =>
  schema.type === 'string' &&
  (schema.format === 'binary' ||
    (typeof schema.contentMediaType === 'string' &&
      !schema.contentEncoding &&
      !TEXTUAL.test(schema.contentMediaType)));

let ast;
try {
  ast = await openapiTS(pathToFileURL(spec), {
    transform: (schema) => (isBinary(schema) ? BLOB : undefined),
  });
} catch (error) {
  // A broken spec is the user's to fix: its reason, not openapi-typescript's stack.
  const reason = String(error?.message ?? error).split('\n')[0];
  console.error(
    `[${pkg}] cannot generate types from ${specLabel}: ${reason}; nothing was written.`,
  );
  process.exit(1);
}
const header = `// Generated from ${specLabel} by openapi-typescript. Do not edit by hand; run \`pnpm generate\`.\n\n`;
const source = format(outFile, header + astToString(ast));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, source);
console.log(`[${pkg}] wrote ${relative(root, outFile)} from ${specLabel}`);
