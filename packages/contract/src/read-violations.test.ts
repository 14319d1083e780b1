import { describe, expect, it } from 'vitest';
import { readViolations } from './read-violations.js';
import { missingName, undeclaredStatus } from './test-support/sample-violations.js';

const violationsProblem = {
  type: 'https://stoplight.io/prism/errors#VIOLATIONS',
  title: 'Request/Response not valid',
  status: 500,
  detail: 'Your request/response is not valid and the --errors flag is set.',
  validation: [missingName],
};

function problemResponse(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 500,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

describe('readViolations', () => {
  it('returns nothing for a clean response', async () => {
    expect(await readViolations(new Response('{}', { status: 200 }))).toEqual([]);
  });

  it('parses the sl-violations header', async () => {
    const response = new Response('{}', {
      headers: { 'sl-violations': JSON.stringify([missingName, undeclaredStatus]) },
    });
    expect(await readViolations(response)).toEqual([missingName, undeclaredStatus]);
  });

  it('reads a #VIOLATIONS 500 from a clone and leaves the body readable', async () => {
    const response = problemResponse(violationsProblem);
    expect(await readViolations(response)).toEqual([missingName]);
    expect(await response.json()).toEqual(violationsProblem);
  });

  it('reports the same violation once when both header and body carry it', async () => {
    const response = problemResponse(violationsProblem, {
      'sl-violations': JSON.stringify([missingName]),
    });
    expect(await readViolations(response)).toEqual([missingName]);
  });

  it('uses a body passed in when the response body was already consumed', async () => {
    const response = problemResponse(violationsProblem);
    await response.text();
    expect(await readViolations(response, { body: violationsProblem })).toEqual([missingName]);
    const [unreadable] = await readViolations(response);
    expect(unreadable?.code).toBe('UNREADABLE');
  });

  it("ignores a server's own problem+json that Prism did not generate", async () => {
    const response = problemResponse({ type: 'https://api.example.com/errors/conflict' });
    expect(await readViolations(response)).toEqual([]);
  });

  it('reports a request Prism rejected itself (422) with the entries it quotes', async () => {
    const response = new Response(
      JSON.stringify({
        type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
        title: 'Invalid request',
        status: 422,
        detail: 'Your request is not valid and no HTTP validation response was found in the spec.',
        validation: [
          { location: ['body'], severity: 'Error', code: 'required', message: "must have 'name'" },
        ],
      }),
      { status: 422, headers: { 'content-type': 'application/problem+json' } },
    );
    expect(await readViolations(response)).toEqual([
      {
        location: ['request', 'body'],
        severity: 'Error',
        code: 'required',
        message: "the request broke the contract; Prism answered 422 itself: must have 'name'",
      },
    ]);
  });
});

describe('readViolations on a body someone is reading', () => {
  it('reports a locked #VIOLATIONS body as unreadable instead of passing silently', async () => {
    const response = problemResponse({ type: 'x#VIOLATIONS', validation: [] });
    const reader = response.body?.getReader();
    const violations = await readViolations(response);
    expect(violations.map((violation) => violation.code)).toEqual(['UNREADABLE']);
    await reader?.cancel();
  });
});
