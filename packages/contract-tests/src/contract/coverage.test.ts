import { describe, expect, it } from 'vitest';
import { allCases } from '../operations/all-cases.js';
import { loadSpecOperations } from '../support/spec-operations.js';

describe('contract coverage', () => {
  const operations = loadSpecOperations();

  it('reads the agreed 44 operations from the bundled spec', () => {
    expect(operations.length).toBeGreaterThanOrEqual(44);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(
      operations.length,
    );
  });

  it('has a contract case for every operationId in the spec', () => {
    const covered = new Set(allCases.map((testCase) => testCase.operationId as string));
    const missing = operations
      .map((operation) => operation.operationId)
      .filter((operationId) => !covered.has(operationId));
    expect(missing, 'add a case in src/operations/ for each new operation').toEqual([]);
  });

  it('has no case for an operation the spec does not declare, and no duplicates', () => {
    const declared = new Set(operations.map((operation) => operation.operationId));
    const ids = allCases.map((testCase) => testCase.operationId as string);
    expect(ids.filter((operationId) => !declared.has(operationId))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
