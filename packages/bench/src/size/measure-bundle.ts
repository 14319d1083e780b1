import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { BENCH_ROOT } from '../fixtures/paths.js';
import type { BundleEntry } from './bundle-entries.js';

export interface BundleSize {
  /** Minified bytes. */
  bytes: number;
  /** Minified, then gzipped at level 9. */
  gzipBytes: number;
  /** Imports left out of the bundle (the entry's `external` list, as esbuild saw them). */
  externals: string[];
  /** Minified bytes in the output per package (or `(entry)`), largest first. */
  byPackage: [name: string, bytes: number][];
}

function packageOf(inputPath: string): string {
  const path = resolve(BENCH_ROOT, inputPath).replaceAll('\\', '/');
  // The last node_modules segment names the package (pnpm nests them under .pnpm/).
  const installed = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];
  if (installed) return installed;
  const workspace = /packages\/([^/]+)\//.exec(path)?.[1];
  return workspace && workspace !== 'bench' ? `@plextrac-ts/${workspace}` : '(entry)';
}

function summarize(metafile: Metafile): Pick<BundleSize, 'externals' | 'byPackage'> {
  const output = Object.values(metafile.outputs)[0];
  const totals = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const name = packageOf(path);
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  const externals = (output?.imports ?? []).filter((i) => i.external).map((i) => i.path);
  return {
    externals: [...new Set(externals)].sort(),
    byPackage: [...totals].sort((a, b) => b[1] - a[1]),
  };
}

/**
 * What a user's bundler ships for `entry`: esbuild, browser platform, ESM, minified and
 * tree-shaken, resolved from packages/bench so workspace packages come from their dist/.
 */
export async function measureBundle(entry: BundleEntry): Promise<BundleSize> {
  const result = await build({
    stdin: {
      contents: entry.contents,
      resolveDir: BENCH_ROOT,
      sourcefile: `${entry.id}.js`,
      loader: 'js',
    },
    absWorkingDir: BENCH_ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    metafile: true,
    // Node built-ins stay external so a server-only module the entry never calls (a file token
    // store) is tree-shaken instead of failing the build; `externals` shows any that survive.
    external: [...entry.external, 'node:*'],
    logLevel: 'silent',
    legalComments: 'none',
  }).catch((error: unknown) => {
    throw new Error(
      `[@plextrac-ts/bench] bundling "${entry.title}" failed; are the workspace packages built ` +
        '(pnpm build)?',
      { cause: error },
    );
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    bytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    ...summarize(result.metafile),
  };
}
