import { describe, expect, it } from 'vitest';
import { expectedAuthCalls } from './expected-auth-calls.js';

describe('expectedAuthCalls', () => {
  it('needs one login and four refreshes for an hour of 900 s tokens with a 120 s margin', () => {
    expect(
      expectedAuthCalls({
        durationSeconds: 3600,
        tokenLifetimeSeconds: 900,
        refreshMarginSeconds: 120,
      }),
    ).toBe(5);
  });

  it('needs more tokens as the margin grows: 4 with no margin, 6 with five minutes', () => {
    expect(
      expectedAuthCalls({
        durationSeconds: 3600,
        tokenLifetimeSeconds: 900,
        refreshMarginSeconds: 0,
      }),
    ).toBe(4);
    expect(
      expectedAuthCalls({
        durationSeconds: 3600,
        tokenLifetimeSeconds: 900,
        refreshMarginSeconds: 300,
      }),
    ).toBe(6);
  });
});
