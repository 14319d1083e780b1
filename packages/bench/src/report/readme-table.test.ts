import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const latest = readFileSync(new URL('../../results/latest.md', import.meta.url), 'utf8');

describe("the root README's benchmark table", () => {
  it('is what the last `pnpm bench` wrote to results/latest.md, machine line included', () => {
    const lines = latest.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(readme, `README lacks: ${line}`).toContain(line);
  });
});
