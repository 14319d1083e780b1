#!/usr/bin/env node
// Committed entry for the `plextrac-sandbox` bin, so pnpm can link it before the first build.
import { access } from 'node:fs/promises';

const cli = new URL('../dist/cli.js', import.meta.url);
try {
  await access(cli);
} catch {
  console.error(
    '[@plextrac-ts/sandbox] dist/cli.js is missing: build the package first (pnpm --filter @plextrac-ts/sandbox build), or run `pnpm sandbox` from the repository root.',
  );
  process.exit(1);
}
await import(cli.href);
