// Copies the hand-written spec into src/generated so the published kit ships it.
// Run with `pnpm --filter @plextrac-ts/contract generate`; the output is committed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(packageDir, '..', '..', 'specs', 'plextrac.yaml');
const target = join(packageDir, 'src', 'generated', 'plextrac.yaml');

const header = [
  '# Generated from specs/plextrac.yaml by packages/contract/scripts/generate.mjs.',
  '# Do not edit: edit specs/plextrac.yaml, then run `pnpm generate`.',
  '',
].join('\n');

let spec;
try {
  spec = await readFile(source, 'utf8');
} catch (error) {
  console.error(`[@plextrac-ts/contract] cannot read the spec at ${source}: ${error.message}`);
  process.exit(1);
}
if (/\$ref:\s*(?!['"]?#)\S/.test(spec)) {
  console.error(
    '[@plextrac-ts/contract] specs/plextrac.yaml has external $refs; bundle it (redocly bundle) in this script before copying.',
  );
  process.exit(1);
}
await mkdir(dirname(target), { recursive: true });
await writeFile(target, header + spec.replace(/^\uFEFF/, ''));
console.log(`[@plextrac-ts/contract] wrote ${target}`);
