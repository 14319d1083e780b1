import { type TestContext, test } from 'vitest';
import { findRow, type MatrixClient } from './matrix-rows.js';

declare module 'vitest' {
  interface TaskMeta {
    matrixRow?: string;
    matrixClient?: MatrixClient;
    secretLeaks?: number;
  }
}

type Body = (context: TestContext) => Promise<void> | void;

/**
 * A test that asserts one row of the matrix through one client. The row id and client go into
 * the test's meta (set at collection, so a test that times out still counts), where the matrix
 * reporter reads them; the name says the fault and the expected outcome.
 */
export function matrixTest(
  rowId: string,
  client: MatrixClient,
  body: Body,
  timeout?: number,
): void {
  const row = findRow(rowId);
  if (!row.clients.includes(client)) {
    throw new Error(`[@plextrac-ts/fault-matrix] row ${rowId} does not list client ${client}`);
  }
  test(
    `[${rowId}] (${client}) ${row.fault}: ${row.expected}`,
    { meta: { matrixRow: rowId, matrixClient: client }, ...(timeout ? { timeout } : {}) },
    body,
  );
}

/** Runs `body` once per generated client, as two tests of the same row. */
export function matrixBoth(
  rowId: string,
  body: (client: 'openapi-fetch' | 'sdk', context: TestContext) => Promise<void> | void,
  timeout?: number,
): void {
  for (const client of ['openapi-fetch', 'sdk'] as const) {
    matrixTest(rowId, client, (context) => body(client, context), timeout);
  }
}
