import { describe, expect, it } from 'vitest';
import { pickPageLimit } from './pick-page-limit.js';

describe('pickPageLimit', () => {
  const clients = [5, 25, 50, 100];

  it('defaults to the largest allowed limit not above 100', () => {
    expect(pickPageLimit(clients)).toBe(100);
    expect(pickPageLimit([5, 10, 25, 50, 100, 1000])).toBe(100);
    expect(pickPageLimit([1, 10, 50, 100, 99999])).toBe(100);
  });

  it('snaps a requested page size down to an allowed limit', () => {
    expect(pickPageLimit(clients, 30)).toBe(25);
    expect(pickPageLimit(clients, 50)).toBe(50);
    expect(pickPageLimit([5, 10, 25, 50, 100, 1000], 5000)).toBe(1000);
  });

  it('uses the smallest allowed limit when every allowed limit is above the request', () => {
    expect(pickPageLimit(clients, 2)).toBe(5);
    expect(pickPageLimit([500, 200], undefined)).toBe(200);
  });

  it('passes any positive page size through when the endpoint has no enum', () => {
    expect(pickPageLimit(null)).toBe(100);
    expect(pickPageLimit(null, 7)).toBe(7);
  });

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects page size %s', (size) => {
    expect(() => pickPageLimit(clients, size)).toThrow(
      /^\[@plextrac-ts\/client\] pageSize must be a positive integer/,
    );
  });
});
