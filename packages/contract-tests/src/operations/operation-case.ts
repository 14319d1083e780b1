import type { PlexTracClient } from '@plextrac-ts/client';
import type { SdkClient } from '@plextrac-ts/sdk';
import type { operations } from '@plextrac-ts/types';

export type OperationId = keyof operations;

/** What both clients return: the parsed body (or error) and the raw response. */
export interface CallResult<Data> {
  data?: Data;
  error?: unknown;
  /** Always set by openapi-fetch; typed optional by hey-api (set unless the fetch threw). */
  response?: Response;
}

/** One call through each generated client. `headers` is for test-only headers (e.g. Accept). */
export interface ClientCalls<A, B> {
  openapi: (client: PlexTracClient) => Promise<CallResult<A>>;
  sdk: (client: SdkClient) => Promise<CallResult<B>>;
}

/**
 * A contract case: the operation called through both clients, once with the required
 * parameters only and once with all of them. `check` receives the data as each client types
 * it, so a field both generators must agree on is checked by the compiler too.
 */
export interface OperationCase<Op extends OperationId = OperationId, A = unknown, B = unknown> {
  operationId: Op;
  required: ClientCalls<A, B>;
  all: ClientCalls<A, B>;
  check: (data: A | B) => void;
  /** Expected `Content-Type` of the 200 (default: JSON). */
  contentType?: RegExp;
}

export type AnyOperationCase = OperationCase<OperationId, never, never>;

/** Declares a case with its types inferred from the two calls. */
export function defineCase<Op extends OperationId, A, B>(
  definition: OperationCase<Op, A, B>,
): AnyOperationCase {
  return definition as unknown as AnyOperationCase;
}
