import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './exceeds-json-depth.js';

/** `[[[...]]]` nested `levels` deep, as JSON text (built without recursion). */
const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('exceedsJsonDepth', () => {
  it('accepts scalars and documents up to the limit, refuses one level more', () => {
    expect(exceedsJsonDepth('text')).toBe(false);
    expect(exceedsJsonDepth({ a: [{ b: 1 }] })).toBe(false);
    expect(exceedsJsonDepth(JSON.parse(nestedArrays(MAX_JSON_DEPTH)))).toBe(false);
    expect(exceedsJsonDepth(JSON.parse(nestedArrays(MAX_JSON_DEPTH + 1)))).toBe(true);
  });

  it('measures 100,000 levels without overflowing the stack', () => {
    expect(exceedsJsonDepth(JSON.parse(nestedArrays(100_000)))).toBe(true);
  });
});

describe('a deeply nested body on a live sandbox', () => {
  it('is refused with a 400 before it is stored, so later lists still answer', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const body = `{"name":"Deep","description":${nestedArrays(5_000)}}`;
    const created = await call('POST', '/api/v1/client/create', {
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(created.status).toBe(400);
    expect(created.json).toMatchObject({
      status: 'error',
      statusCode: 400,
      error: 'Bad Request',
      message: expect.stringContaining(`nested deeper than ${MAX_JSON_DEPTH} levels`),
    });
    const list = await call('GET', '/api/v1/client/list');
    expect(list.status).toBe(200);
    expect(list.json).toEqual([]);
  });

  it('still stores a document nested to the limit', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const description = nestedArrays(MAX_JSON_DEPTH - 1);
    const body = `{"name":"Nested","description":${description}}`;
    const created = await call('POST', '/api/v1/client/create', {
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(created.status).toBe(200);
    const fetched = await call('GET', `/api/v1/client/${created.json.client_id}`);
    expect(fetched.status).toBe(200);
    expect(JSON.stringify(fetched.json.description)).toBe(description);
  });
});
