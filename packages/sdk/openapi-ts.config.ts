import { relative, resolve, sep } from 'node:path';
import { defineConfig } from '@hey-api/openapi-ts';

// PLEXTRAC_SPEC (absolute, or relative to the repo root) points a run at another spec file.
const root = resolve(import.meta.dirname, '../..');
const spec = resolve(root, process.env.PLEXTRAC_SPEC || 'specs/plextrac.yaml');
const specLabel = relative(root, spec).split(sep).join('/');

export default defineConfig({
  input: spec,
  // Crash reports go to the console, not to openapi-ts-error-*.log files in the package.
  logs: { file: false },
  output: {
    // scripts/generate.mjs generates into a temporary directory, then swaps it in.
    path: process.env.PLEXTRAC_SDK_OUT ?? './src/generated',
    clean: true,
    header: `// Generated from ${specLabel} by @hey-api/openapi-ts. Do not edit by hand; run \`pnpm generate\`.`,
    module: { extension: '.js' },
    tsConfigPath: './tsconfig.json',
  },
  plugins: [
    '@hey-api/client-fetch',
    '@hey-api/typescript',
    { name: '@hey-api/sdk', operations: { strategy: 'flat' } },
  ],
});
