import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';
import { parseRequestBody } from './parse-request-body.js';

const body = (text: string) => Buffer.from(text);

describe('parseRequestBody', () => {
  it('parses JSON with or without a charset parameter', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON',
    ]) {
      expect(await parseRequestBody('json', body('{"a":1}'), { 'content-type': type })).toEqual({
        kind: 'json',
        value: { a: 1 },
      });
    }
  });

  it('answers 415 for a JSON operation sent as a form, as text or without a content type', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'text/plain', undefined]) {
      const result = await parseRequestBody(
        'json',
        body('a=1'),
        type ? { 'content-type': type } : {},
      );
      expect(result).toMatchObject({ status: 415 });
    }
  });

  it('answers 400 for malformed JSON and treats an empty body as absent', async () => {
    expect(
      await parseRequestBody('json', body('{"a":'), { 'content-type': 'application/json' }),
    ).toMatchObject({ status: 400 });
    expect(await parseRequestBody('json', body(''), {})).toEqual({
      kind: 'json',
      value: undefined,
    });
  });

  it('answers 415 for an upload that is not multipart', async () => {
    const result = await parseRequestBody('multipart', body('{}'), {
      'content-type': 'application/json',
    });
    expect(result).toMatchObject({ status: 415 });
  });
});

describe('content type rules on a live sandbox', () => {
  it('answers 415 to a form-encoded login and to a form-encoded create', async () => {
    const { call, login } = await startTestSandbox();
    const form = 'username=analyst%40example.com&password=sandbox-analyst-password';
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const loginResult = await call('POST', '/api/v1/authenticate', { body: form, headers });
    expect(loginResult.status).toBe(415);
    expect(loginResult.text).not.toContain('sandbox-analyst-password');
    await login();
    expect((await call('POST', '/api/v1/client/create', { body: 'name=x', headers })).status).toBe(
      415,
    );
  });

  it('accepts application/json with a charset', async () => {
    const { call } = await startTestSandbox();
    const result = await call('POST', '/api/v1/authenticate', {
      body: JSON.stringify({
        username: 'analyst@example.com',
        password: 'sandbox-analyst-password',
      }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(result.status).toBe(200);
  });
});
