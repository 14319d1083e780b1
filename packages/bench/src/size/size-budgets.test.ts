import { describe, expect, it } from 'vitest';
import { type BundleEntry, bundleEntry } from './bundle-entries.js';
import { type BundleSize, measureBundle } from './measure-bundle.js';
import { SIZE_BUDGETS } from './size-budgets.js';

const measured = new Map<BundleEntry['id'], Promise<BundleSize>>();
/** Each entry is bundled once per run, however many tests look at it. */
function sizeOf(id: BundleEntry['id']): Promise<BundleSize> {
  let size = measured.get(id);
  if (!size) {
    size = measureBundle(bundleEntry(id));
    measured.set(id, size);
  }
  return size;
}

describe('size budgets (min+gzip, esbuild browser ESM bundle)', () => {
  for (const [id, budget] of Object.entries(SIZE_BUDGETS)) {
    const entry = bundleEntry(id as keyof typeof SIZE_BUDGETS);

    it(`keeps "${entry.title}" within ${budget} B gzipped`, async () => {
      const size = await sizeOf(entry.id);
      expect(size.gzipBytes).toBeGreaterThan(0);
      expect(size.gzipBytes).toBeLessThanOrEqual(budget);
    });

    it(`leaves no Node built-in import in "${entry.title}", so browser bundlers take it`, async () => {
      const size = await sizeOf(entry.id);
      expect(size.externals.filter((path) => path.startsWith('node:'))).toEqual([]);
    });
  }

  it('leaves otplib out of the auth middleware bundle', async () => {
    const bundled = (await sizeOf('auth-middleware')).byPackage.map(([name]) => name);
    expect(bundled.filter((name) => name.includes('otplib'))).toEqual([]);
    expect(bundled).toContain('@plextrac-ts/auth-middleware');
  });

  it('bundles openapi-fetch as the reference, smaller gzipped than minified', async () => {
    const size = await sizeOf('openapi-fetch');
    expect(size.byPackage.map(([name]) => name)).toContain('openapi-fetch');
    expect(size.gzipBytes).toBeLessThan(size.bytes);
  });
});
