import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePrismBin } from './resolve-prism-bin.js';

describe('resolvePrismBin', () => {
  it('finds the Prism CLI entry through the package manifest', () => {
    const bin = resolvePrismBin();
    expect(bin).toMatch(/@stoplight[\\/]prism-cli[\\/]dist[\\/]index\.js$/);
    expect(existsSync(bin)).toBe(true);
  });
});
