import { createFigure, type Figure } from '../report/figure.js';
import { BUNDLE_ENTRIES } from '../size/bundle-entries.js';
import { type BundleSize, measureBundle } from '../size/measure-bundle.js';
import { SIZE_GOALS } from '../size/size-budgets.js';

const LETTERS = ['a', 'b', 'c', 'd'];

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The three packages that weigh most in the minified output, for the "why" of a figure. */
function largest(size: BundleSize): string {
  return size.byPackage
    .filter(([name]) => name !== '(entry)')
    .slice(0, 3)
    .map(([name, bytes]) => `${name} ${kilobytes(bytes)}`)
    .join(', ');
}

/** Scenario 6: gzipped bundle sizes of (a)–(c) against their budgets, beside openapi-fetch. */
export async function measureBundleSizes(): Promise<Figure[]> {
  const sizes = new Map<string, BundleSize>();
  for (const entry of BUNDLE_ENTRIES) {
    sizes.set(entry.id, await measureBundle(entry));
  }
  const reference = sizes.get('openapi-fetch')?.gzipBytes ?? Number.NaN;
  return BUNDLE_ENTRIES.map((entry, index) => {
    const size = sizes.get(entry.id) as BundleSize;
    const budget = entry.id === 'openapi-fetch' ? null : SIZE_GOALS[entry.id];
    const ratio = (size.gzipBytes / reference).toFixed(2);
    return createFigure({
      id: `6${LETTERS[index]}`,
      title: `Size, min+gzip: ${entry.title}`,
      value: size.gzipBytes,
      unit: 'bytes',
      goal: budget === null ? null : { kind: 'at-most', target: budget },
      detail:
        `${ratio}× openapi-fetch; ${kilobytes(size.bytes)} minified, largest: ${largest(size)}` +
        (size.externals.length ? `; external: ${size.externals.join(', ')}` : ''),
    });
  });
}
