import { describe, expect, it } from 'vitest';
import { prismProblemViolations } from './prism-problem-violations.js';

// Bodies as Prism 5.16 answers them (captured from `prism mock` and `prism proxy --errors`).
const prism = (kind: string) => `https://stoplight.io/prism/errors#${kind}`;

describe('prismProblemViolations', () => {
  it('reports a 415 Prism answered itself as a request that broke the contract', () => {
    expect(
      prismProblemViolations({
        type: prism('INVALID_CONTENT_TYPE'),
        title: 'Invalid content type',
        status: 415,
        detail: 'Supported content types: application/json',
      }),
    ).toEqual([
      {
        location: ['request'],
        severity: 'Error',
        code: 'INVALID_CONTENT_TYPE',
        message:
          'the request broke the contract; Prism answered 415 INVALID_CONTENT_TYPE itself: Invalid content type: Supported content types: application/json',
      },
    ]);
  });

  it.each([
    ['UNAUTHORIZED', 401, 'Invalid security scheme used'],
    ['NO_PATH_MATCHED_ERROR', 404, 'Route not resolved, no path matched'],
    ['NO_METHOD_MATCHED_ERROR', 405, 'Route resolved, but no method matched'],
  ])('reports a %s answer as a request rejection', (kind, status, title) => {
    const [violation] = prismProblemViolations({ type: prism(kind), title, status, detail: 'x' });
    expect(violation).toMatchObject({ location: ['request'], severity: 'Error', code: kind });
    expect(violation?.message).toContain(`broke the contract; Prism answered ${status} ${kind}`);
    expect(violation?.message).toContain(title);
  });

  it("quotes each validation entry of a proxy's 422, even one without a location", () => {
    const violations = prismProblemViolations({
      type: prism('UNPROCESSABLE_ENTITY'),
      title: 'Invalid request',
      status: 422,
      validation: [
        { severity: 'Error', code: 415, message: 'Supported content types: application/json' },
      ],
    });
    expect(violations).toEqual([
      {
        location: ['request'],
        severity: 'Error',
        code: 415,
        message:
          'the request broke the contract; Prism answered 422 itself: Supported content types: application/json',
      },
    ]);
  });

  it("reports Prism's FetchError 500 (an upstream answer it could not parse)", () => {
    const [violation] = prismProblemViolations({
      type: 'FetchError',
      title:
        'invalid json response body at http://127.0.0.1:1/x reason: Unexpected end of JSON input',
      status: 500,
      detail: '',
    });
    expect(violation).toMatchObject({ location: ['response'], severity: 'Error' });
    expect(violation?.message).toContain('Unexpected end of JSON input');
  });

  it('reports Prism answering for the upstream (501) and a #VIOLATIONS 500 without entries', () => {
    const codes = [
      ...prismProblemViolations({ type: prism('UPSTREAM_NOT_IMPLEMENTED'), status: 501 }),
      ...prismProblemViolations({ type: prism('VIOLATIONS'), status: 500, validation: [] }),
    ].map((violation) => [violation.location[0], violation.code]);
    expect(codes).toEqual([
      ['response', 'UPSTREAM_NOT_IMPLEMENTED'],
      ['response', 'VIOLATIONS'],
    ]);
  });

  it('yields nothing for a problem the server wrote itself, or for no object at all', () => {
    expect(prismProblemViolations({ type: 'https://api.example.com/problems/x' })).toEqual([]);
    expect(prismProblemViolations({ type: 'about:blank', title: 'Not Found' })).toEqual([]);
    expect(prismProblemViolations(undefined)).toEqual([]);
    expect(prismProblemViolations('text')).toEqual([]);
  });
});
