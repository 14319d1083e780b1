import { MfaRequiredError } from '@plextrac-ts/auth-middleware';
import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error.js';

describe('describeError', () => {
  it('tells an MFA account without a secret to set PLEXTRAC_TOTP_SECRET, not a createSession option', () => {
    const error = new MfaRequiredError(
      'The account "a@b.c" needs MFA: pass totpSecret to createSession.',
      { cause: new Error('HTTP 200 from POST /api/v1/authenticate') },
    );
    expect(describeError(error)).toMatch(/set PLEXTRAC_TOTP_SECRET/);
    expect(describeError(error)).not.toMatch(/createSession/);
  });

  it('names the network code of a failed fetch', () => {
    const error = new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    expect(describeError(error)).toBe('request failed (ECONNREFUSED)');
  });

  it('keeps the first line of any other message', () => {
    expect(describeError(new Error('first line\nsecond line'))).toBe('first line');
  });
});
