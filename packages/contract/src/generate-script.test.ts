import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/generate.mjs', import.meta.url));
const target = fileURLToPath(new URL('./generated/plextrac.yaml', import.meta.url));

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const generate = (spec: string) =>
  spawnSync(process.execPath, [script], {
    env: { ...process.env, PLEXTRAC_SPEC: spec },
    encoding: 'utf8',
    timeout: 30_000,
  });

// Only failing runs here: a passing one would rewrite the committed file other tests read.
describe('scripts/generate.mjs with PLEXTRAC_SPEC', () => {
  it('reads the spec PLEXTRAC_SPEC names and refuses it when it is not OpenAPI 3.1, writing nothing', () => {
    dir = mkdtempSync(join(tmpdir(), 'plextrac-contract-generate-'));
    const spec = join(dir, 'other.yaml');
    writeFileSync(spec, 'openapi: 3.0.3\ninfo: { title: t, version: "1" }\npaths: {}\n');
    const before = { text: readFileSync(target, 'utf8'), mtime: statSync(target).mtimeMs };
    const result = generate(spec);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${spec} is not an OpenAPI 3.1 document; nothing was written.`);
    expect(readFileSync(target, 'utf8')).toBe(before.text);
    expect(statSync(target).mtimeMs).toBe(before.mtime);
  });

  it('names a PLEXTRAC_SPEC file that does not exist', () => {
    dir = mkdtempSync(join(tmpdir(), 'plextrac-contract-generate-'));
    const result = generate(join(dir, 'missing.yaml'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`cannot read the spec at ${join(dir, 'missing.yaml')}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
