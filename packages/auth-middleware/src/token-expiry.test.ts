import { describe, expect, it } from 'vitest';
import { makeJwt } from './test-support/fake-plextrac.js';
import { DEFAULT_LIFETIME_MS, readExpiry } from './token-expiry.js';

const now = Date.UTC(2025, 0, 1, 12, 0, 0);
const nowS = now / 1000;

describe('readExpiry', () => {
  it('counts exp - iat from when the token arrived', () => {
    expect(readExpiry(makeJwt({ iat: nowS - 3600, exp: nowS - 2700 }), now)).toBe(now + 900_000);
  });

  it('uses exp as is when there is no iat and exp is ahead', () => {
    expect(readExpiry(makeJwt({ exp: nowS + 600 }), now)).toBe(now + 600_000);
  });

  it.each([
    ['exp already past on our clock, no iat', { exp: nowS - 3600 }],
    ['exp equal to now, no iat', { exp: nowS }],
    ['exp not after iat, and past', { iat: nowS - 60, exp: nowS - 60 }],
    ['no exp', { iat: nowS }],
    ['exp not a number', { exp: 'soon' }],
  ])('gives the default 15 minutes for %s', (_name, claims) => {
    expect(readExpiry(makeJwt(claims), now)).toBe(now + DEFAULT_LIFETIME_MS);
  });

  it('gives the default 15 minutes to a token that is not a JWT', () => {
    expect(readExpiry('opaque', now)).toBe(now + DEFAULT_LIFETIME_MS);
  });
});
