import { describe, expect, it } from 'vitest';
import { parseViolationHeader } from './parse-violation-header.js';
import { missingName, undeclaredStatus } from './test-support/sample-violations.js';
import type { Violation } from './violation.js';

const codes = (violations: Violation[]) => violations.map((violation) => violation.code);

describe('parseViolationHeader', () => {
  it('returns nothing for a missing header or an empty list', () => {
    expect(parseViolationHeader(null)).toEqual([]);
    expect(parseViolationHeader('[]')).toEqual([]);
  });

  it('keeps the complete entries of a truncated "Too many violations!" header', () => {
    const full = JSON.stringify([missingName, undeclaredStatus, missingName]);
    const cut = full.slice(0, full.lastIndexOf('{') + 10);
    const parsed = parseViolationHeader(`Too many violations! ${cut}`);
    expect(parsed.slice(0, 2)).toEqual([missingName, undeclaredStatus]);
    expect(parsed[2]?.code).toBe('TOO_MANY_VIOLATIONS');
    expect(parsed).toHaveLength(3);
  });

  it('keeps braces and brackets inside strings out of the cut', () => {
    const tricky = { ...missingName, message: 'a "}" then ] and \\" quote {' };
    const full = JSON.stringify([tricky, undeclaredStatus]);
    const parsed = parseViolationHeader(`Too many violations! ${full.slice(0, -20)}`);
    expect(parsed).toEqual([tricky, expect.objectContaining({ code: 'TOO_MANY_VIOLATIONS' })]);
  });

  it.each([
    ['not JSON', 'not json'],
    ['an empty value', ''],
    ['a single object instead of a list', JSON.stringify(missingName)],
    ['a JSON string', '"oops"'],
  ])('reports %s as an unreadable header instead of passing', (_name, value) => {
    const [violation, ...rest] = parseViolationHeader(value);
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({
      location: ['response', 'headers', 'sl-violations'],
      severity: 'Error',
      code: 'UNREADABLE_HEADER',
    });
    expect(violation?.message).toMatch(/^unreadable sl-violations header/);
  });

  it('reports entries that are null or numbers, keeping the readable ones', () => {
    const parsed = parseViolationHeader(JSON.stringify([null, 3, missingName]));
    expect(parsed[0]).toEqual(missingName);
    expect(parsed[1]?.code).toBe('UNREADABLE_HEADER');
    expect(parsed[1]?.message).toContain('2 entries are not a violation');
  });

  it('reports two headers joined by ", " and keeps the entries of both', () => {
    const joined = `${JSON.stringify([missingName])}, ${JSON.stringify([undeclaredStatus])}`;
    const parsed = parseViolationHeader(joined);
    expect(parsed.slice(0, 2)).toEqual([missingName, undeclaredStatus]);
    expect(codes(parsed.slice(2))).toEqual(['UNREADABLE_HEADER']);
    expect(parsed[2]?.message).toContain('joined');
  });

  it('reports a truncated header that is not a list at all', () => {
    expect(codes(parseViolationHeader('Too many violations! }}}}'))).toEqual([
      'UNREADABLE_HEADER',
      'TOO_MANY_VIOLATIONS',
    ]);
  });

  it('cuts a 200,000-character truncated header in one pass, not one parse per brace', () => {
    const braces = `[${'}'.repeat(200_000)}`;
    const entries = `[${`${JSON.stringify(missingName)},`.repeat(2_000)}`;
    const started = performance.now();
    expect(codes(parseViolationHeader(`Too many violations! ${braces}`))).toEqual([
      'UNREADABLE_HEADER',
      'TOO_MANY_VIOLATIONS',
    ]);
    expect(parseViolationHeader(`Too many violations! ${entries}`)).toHaveLength(2_001);
    // The quadratic cut took ~21 s for the braces alone; a linear one takes milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
