import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { specPath } from './spec-paths.js';

type Operation = { operationId?: string; security?: unknown[]; requestBody?: unknown };
const spec = YAML.parse(readFileSync(specPath, 'utf8')) as {
  openapi: string;
  jsonSchemaDialect?: string;
  security?: Record<string, unknown>[];
  paths: Record<string, Record<string, Operation>>;
};
const methods = ['get', 'put', 'post', 'delete', 'patch'];
const operations = Object.entries(spec.paths).flatMap(([path, item]) =>
  methods.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m] as Operation })),
);
const unprotected = ['getHealth', 'authenticate', 'authenticateMfa'];

describe('the spec inventory', () => {
  it('is OpenAPI 3.1 with the 2020-12 dialect so Prism validates 3.1 keywords', () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(spec.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('models at least 30 core operations, each with a unique operationId', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(ids.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length - unprotected.length - 1).toBeGreaterThanOrEqual(30);
  });

  it('protects every operation but the auth family and health', () => {
    expect(spec.security).toEqual([{ plextracJwt: [] }]);
    const open = operations.filter((o) => o.op.security?.length === 0).map((o) => o.op.operationId);
    expect(open.sort()).toEqual([...unprotected].sort());
  });
});
