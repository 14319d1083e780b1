import { describe, expect, it } from 'vitest';
import { makeJwt } from './test-support/fake-plextrac.js';
import { DEFAULT_LIFETIME_MS, readExpiry } from './token-expiry.js';

const now = Date.UTC(2025, 0, 1, 12, 0, 0);
const nowS = now / 1000;

describe('readExpiry', () => {
  it('counts exp - iat from when the token arrived', () => {
    expect(readExpiry(makeJwt({ iat: nowS - 3600, exp: nowS - 2700 }), now)).toBe(now + 900_000);
  });

  it.each([
    ['an hour behind, 10-minute token', -3600, 600],
    ['an hour behind, 1-hour token', -3600, 3600],
    ['an hour ahead, 15-minute token', 3600, 900],
    ['5 minutes ahead, 10-minute token', 300, 600],
  ])('counts exp - iat from arrival with the server clock %s', (_name, skewS, lifetimeS) => {
    // lifetimes other than the 15-minute default, and exp both past and far ahead on our clock
    const iat = nowS + skewS;
    expect(readExpiry(makeJwt({ iat, exp: iat + lifetimeS }), now)).toBe(now + lifetimeS * 1000);
  });

  it('uses exp as is when there is no iat and exp is ahead', () => {
    expect(readExpiry(makeJwt({ exp: nowS + 600 }), now)).toBe(now + 600_000);
  });

  it.each([
    ['exp already past on our clock, no iat', { exp: nowS - 3600 }],
    ['exp equal to now, no iat', { exp: nowS }],
    ['exp not after iat, and past', { iat: nowS - 60, exp: nowS - 60 }],
    ['exp - iat too small to count (found by fast-check)', { iat: -5e-324, exp: 0 }],
    ['exp - iat under a second', { iat: nowS, exp: nowS + 0.5 }],
    ['exp half a second ahead, no iat', { exp: nowS + 0.5 }],
    ['no exp', { iat: nowS }],
    ['exp not a number', { exp: 'soon' }],
  ])('gives the default 15 minutes for %s', (_name, claims) => {
    expect(readExpiry(makeJwt(claims), now)).toBe(now + DEFAULT_LIFETIME_MS);
  });

  it('gives the default 15 minutes to a token that is not a JWT', () => {
    expect(readExpiry('opaque', now)).toBe(now + DEFAULT_LIFETIME_MS);
  });
});
