import { describe, expect, it } from 'vitest';
import { expectData } from './expect-data.js';
import { registerSecret, scrubSecrets } from './scrub-secrets.js';

const jwt =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VybmFtZSI6ImEiLCJleHAiOjF9.c2lnbmF0dXJlLXBhcnQ';

describe('scrubSecrets', () => {
  it('hides JWTs, Authorization values and registered secrets', () => {
    registerSecret('Sup3rSecret!pw');
    const text = `token Bearer ${jwt} and ${jwt} for "Sup3rSecret!pw" / JWT abcdefgh12345678`;
    const out = scrubSecrets(text);
    expect(out).not.toContain('eyJ');
    expect(out).not.toContain('Sup3rSecret!pw');
    expect(out).not.toContain('abcdefgh12345678');
    expect(out).toContain('[REDACTED]');
  });

  it('keeps ordinary words after Basic, JWT or Bearer', () => {
    for (const text of [
      '"Basic Industries Corp" (id 12)',
      'Report "JWT hardening-review" (id 5)',
      'Found: Basic Authentication over HTTP',
    ]) {
      expect(scrubSecrets(text)).toBe(text);
    }
  });

  it('still hides credential-shaped values after the scheme', () => {
    for (const value of [
      'dXNlcjpwYXNz',
      'YWRtaW46czNjcmV0',
      'opaque.token_value',
      'abcDEFghiJKL',
    ]) {
      expect(scrubSecrets(`Basic ${value}`)).toBe('Basic [REDACTED]');
      expect(scrubSecrets(`bearer ${value}`)).toBe('bearer [REDACTED]');
    }
  });

  it('keeps ordinary text', () => {
    expect(scrubSecrets('listClients answered 500: Sandbox fault')).toBe(
      'listClients answered 500: Sandbox fault',
    );
  });
});

describe('expectData', () => {
  it('never puts a token echoed by the server into its message', () => {
    const response = new Response(null, { status: 400 });
    expect(() =>
      expectData(
        { error: { message: `token Bearer ${jwt} is not allowed` }, response },
        'listClients',
      ),
    ).toThrow(/listClients answered 400: token Bearer \[REDACTED\] is not allowed/);
  });
});

describe('expectData with a long echo', () => {
  it('scrubs before cutting the message to length', () => {
    const response = new Response(null, { status: 400 });
    const message = `${'x'.repeat(150)} ${jwt}${jwt}`;
    let thrown: unknown;
    try {
      expectData({ error: { message }, response }, 'getClient');
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).toContain('getClient answered 400');
    expect(String(thrown)).not.toContain('eyJ');
  });
});
