// Copies the generated spec next to the compiled code: dist/generated/plextrac.yaml.
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(packageDir, 'src', 'generated', 'plextrac.yaml');
const target = join(packageDir, 'dist', 'generated', 'plextrac.yaml');

await mkdir(dirname(target), { recursive: true });
try {
  await copyFile(source, target);
} catch (error) {
  console.error(
    `[@plextrac-ts/contract] ${source} is missing (${error.code}); run \`pnpm --filter @plextrac-ts/contract generate\` first.`,
  );
  process.exit(1);
}
