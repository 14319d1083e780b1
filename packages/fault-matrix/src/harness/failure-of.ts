import { expect } from 'vitest';
import type { CallResult, ClientKind } from './matrix-api.js';
import { rejectionOf } from './with-env.js';

/** The error a caller sees: openapi-fetch rethrows what the middleware throws, hey-api returns it. */
export async function failureOf(kind: ClientKind, call: Promise<CallResult>): Promise<unknown> {
  if (kind === 'openapi-fetch') return rejectionOf(call);
  const result = await call;
  expect(result.response).toBeUndefined();
  return result.error;
}
