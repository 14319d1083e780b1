import { describe, expect, it } from 'vitest';
import { loadSpecOperations } from './spec-operations.js';

describe('loadSpecOperations', () => {
  const operations = new Map(
    loadSpecOperations().map((operation) => [operation.operationId, operation]),
  );

  it('reads the method, path and security of each operation from the bundled spec', () => {
    expect(operations.get('getClient')).toMatchObject({
      method: 'get',
      path: '/api/v1/client/{clientId}',
      secured: true,
    });
    expect(operations.get('authenticate')?.secured).toBe(false);
    expect(operations.get('getHealth')?.secured).toBe(false);
    expect(operations.get('refreshToken')?.secured).toBe(true);
  });

  it('resolves query parameters and the top-level fields of JSON bodies', () => {
    expect(operations.get('listTags')?.query).toEqual([
      { name: 'limit', required: false },
      { name: 'offset', required: false },
    ]);
    expect(operations.get('createClient')?.jsonBody?.required).toEqual(['name']);
    expect(operations.get('uploadFile')?.requestContentTypes).toEqual(['multipart/form-data']);
    expect(operations.get('uploadFile')?.jsonBody).toBeUndefined();
  });

  it('fails clearly on a spec file that does not exist', () => {
    expect(() => loadSpecOperations('/nowhere/spec.yaml')).toThrow(/ENOENT/);
  });
});
