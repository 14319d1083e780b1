import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Absolute path of the Prism CLI entry file (the `bin` of @stoplight/prism-cli), resolved from
 * this package so it works wherever pnpm or npm placed it. Run it with `process.execPath`:
 * starting Prism directly means its PID is the one we stop, with no npx wrapper to orphan it.
 */
export function resolvePrismBin(): string {
  const require = createRequire(import.meta.url);
  let manifestPath: string;
  try {
    manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  } catch (error) {
    throw new Error(
      '[@plextrac-ts/contract] cannot find @stoplight/prism-cli; install it next to @plextrac-ts/contract (it is a dependency of the kit).',
      { cause: error },
    );
  }
  const manifest = require(manifestPath) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.prism;
  if (!bin) {
    throw new Error(
      `[@plextrac-ts/contract] ${manifestPath} declares no \`prism\` bin; reinstall @stoplight/prism-cli.`,
    );
  }
  return join(dirname(manifestPath), bin);
}
