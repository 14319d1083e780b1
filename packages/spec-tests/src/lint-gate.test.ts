import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonPatch, { type Operation } from 'fast-json-patch';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { runLint } from './run-lint.js';
import { brokenVariantsPath, specPath } from './spec-paths.js';

interface BrokenVariant {
  name: string;
  expect: string;
  patch: Operation[];
}

const { variants } = JSON.parse(readFileSync(brokenVariantsPath, 'utf8')) as {
  variants: BrokenVariant[];
};
const workDir = mkdtempSync(join(tmpdir(), 'plextrac-spec-lint-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function writeVariant(variant: BrokenVariant): string {
  const doc = YAML.parse(readFileSync(specPath, 'utf8'));
  // validateOperation makes a patch that no longer applies (a renamed path) fail loudly here.
  const patched = jsonPatch.applyPatch(doc, variant.patch, true).newDocument;
  const file = join(workDir, `${variant.name}.yaml`);
  writeFileSync(file, YAML.stringify(patched));
  return file;
}

describe('the spec lint gate', () => {
  it('passes the committed spec with zero errors', () => {
    const result = runLint(specPath);
    expect(result.output).toMatch(/redocly: 0 error\(s\)/);
    expect(result.output).toMatch(/own rules: 0 error\(s\)/);
    expect(result.status).toBe(0);
  });

  it('covers the four conventions the issue names', () => {
    expect(variants.map((v) => v.name)).toEqual(
      expect.arrayContaining([
        'protected-operation-without-security',
        'json-body-as-form-urlencoded',
        'success-response-without-example',
        'example-violates-schema',
      ]),
    );
  });

  it.each(variants.map((v) => [v.name, v] as const))('fails a spec with %s', (_name, variant) => {
    const result = runLint(writeVariant(variant));
    expect(result.status).toBe(1);
    expect(result.output).toContain(variant.expect);
    expect(result.output).toContain('FAILED');
  });

  it('fails a file that is not YAML with a clear message instead of hanging', () => {
    const file = join(workDir, 'garbage.yaml');
    writeFileSync(file, 'openapi: 3.1.0\npaths: [unclosed\n');
    const result = runLint(file);
    expect(result.status).not.toBe(0);
    expect(result.output.length).toBeGreaterThan(0);
  });
});
