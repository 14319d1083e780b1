import { describe, expect, it } from 'vitest';
import { ContractViolationError } from './contract-violation-error.js';
import { createViolationCollector } from './create-violation-collector.js';

const violation = {
  location: ['response', 'body', 'id'],
  severity: 'Error',
  message: 'must be string',
};

describe('createViolationCollector', () => {
  it('records violations per request and returns each response untouched', async () => {
    const responses = [
      new Response('{"ok":true}', { status: 200 }),
      new Response('{"id":1}', {
        status: 200,
        headers: { 'sl-violations': JSON.stringify([violation]) },
      }),
    ];
    const sent: string[] = [];
    const collector = createViolationCollector({
      fetch: async (input, init) => {
        sent.push(`${init?.method ?? 'GET'} ${String(input)}`);
        const next = responses.shift();
        if (!next) throw new Error('no more responses');
        return next;
      },
    });

    const first = await collector.fetch('http://127.0.0.1:1/a');
    expect(await first.json()).toEqual({ ok: true });
    expect(() => collector.expectNone()).not.toThrow();

    const second = await collector.fetch('http://127.0.0.1:1/b', { method: 'post' });
    expect(await second.json()).toEqual({ id: 1 });
    expect(sent).toEqual(['GET http://127.0.0.1:1/a', 'post http://127.0.0.1:1/b']);
    expect(collector.requests).toBe(2);
    expect(collector.collected).toEqual([
      { method: 'POST', url: '', status: 200, violations: [violation] },
    ]);
    expect(() => collector.expectNone()).toThrow(ContractViolationError);
  });
});
