import { describe, expect, it } from 'vitest';
import { ContractViolationError } from './contract-violation-error.js';
import { expectNoViolations } from './expect-no-violations.js';

const warning = {
  location: ['response'],
  severity: 'Warning',
  message: 'Unable to match the returned status code',
};
const error = {
  location: ['request', 'body'],
  severity: 'Error',
  code: 'required',
  message: "must have required property 'username'",
};

const withHeader = (violations: unknown[]) =>
  new Response('{}', { headers: { 'sl-violations': JSON.stringify(violations) } });

describe('expectNoViolations', () => {
  it('resolves for a response without violations', async () => {
    await expect(expectNoViolations(new Response('{}'))).resolves.toBeUndefined();
  });

  it('throws a ContractViolationError that lists every violation', async () => {
    const caught = (await expectNoViolations(withHeader([error, warning])).catch(
      (thrown: unknown) => thrown,
    )) as ContractViolationError;
    expect(caught).toBeInstanceOf(ContractViolationError);
    expect(caught.violations).toEqual([error, warning]);
    expect(caught.message).toContain('2 contract violations');
    expect(caught.message).toContain(
      "Error request.body: must have required property 'username' (required)",
    );
    expect(caught.message).toContain('Warning response: Unable to match');
  });

  it('lets warnings through with allowWarnings but still fails on errors', async () => {
    await expect(
      expectNoViolations(withHeader([warning]), { allowWarnings: true }),
    ).resolves.toBeUndefined();
    await expect(
      expectNoViolations(withHeader([warning, error]), { allowWarnings: true }),
    ).rejects.toThrow(/1 contract violation in/);
  });

  it('fails on a #VIOLATIONS 500 problem+json', async () => {
    const response = new Response(
      JSON.stringify({
        type: 'https://stoplight.io/prism/errors#VIOLATIONS',
        status: 500,
        validation: [{ ...error, location: ['response', 'body', 'id'] }],
      }),
      { status: 500, headers: { 'content-type': 'application/problem+json' } },
    );
    await expect(expectNoViolations(response)).rejects.toThrow(/response\.body\.id/);
  });
});
