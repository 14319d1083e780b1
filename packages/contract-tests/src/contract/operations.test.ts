import { expectNoViolations } from '@plextrac-ts/contract';
import { afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { caseGroups } from '../operations/all-cases.js';
import type { CallResult } from '../operations/operation-case.js';
import { type ClientStack, createClientStack } from '../support/create-client-stack.js';
import { expectWireRequest, isRequestFor } from '../support/expect-wire-request.js';
import { createVirtualTime } from '../support/fake-clock.js';
import { loadSpecOperations } from '../support/spec-operations.js';

const spec = new Map(loadSpecOperations().map((operation) => [operation.operationId, operation]));
const clients = { openapi: '@plextrac-ts/client', sdk: '@plextrac-ts/sdk' } as const;

describe.each(Object.entries(caseGroups))(
  '%s operations against prism mock --errors',
  (_, cases) => {
    const time = createVirtualTime();
    let stack: ClientStack;
    beforeAll(() => {
      stack = createClientStack(inject('plextracMockUrl'), { time });
    });
    afterEach(() => {
      // Every exchange of the test, the auth calls included, broke no contract.
      stack.violations.expectNone();
    });

    for (const testCase of cases) {
      for (const variant of ['required', 'all'] as const) {
        for (const via of ['openapi', 'sdk'] as const) {
          it(`${testCase.operationId} with ${variant} parameters through ${clients[via]}`, async () => {
            const operation = spec.get(testCase.operationId);
            if (!operation) throw new Error(`${testCase.operationId} is not in the spec`);
            const before = stack.wire.requests.length;
            const call = testCase[variant][via] as (client: unknown) => Promise<CallResult<never>>;

            const result = await call(via === 'openapi' ? stack.openapi : stack.sdk);

            const response = result.response;
            if (!response) throw new Error(`no response from ${testCase.operationId}`);
            expect(result.error).toBeUndefined();
            expect(response.status).toBe(200);
            expect(response.headers.get('content-type')).toMatch(
              testCase.contentType ?? /^application\/json/,
            );
            await expectNoViolations(response, { body: result.error });
            testCase.check(result.data as never);
            const sent = stack.wire.requests
              .slice(before)
              .filter((request) => isRequestFor(operation, request));
            expect(sent).toHaveLength(1);
            expectWireRequest(operation, sent[0] as (typeof sent)[number], variant);
          });
        }
      }
    }
  },
);
