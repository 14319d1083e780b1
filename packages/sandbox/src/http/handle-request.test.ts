import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';
import { MAX_BODY_BYTES } from './read-body.js';

/** Sends raw bytes and resolves with the first chunk of the answer (bounded by 2 s). */
function rawRequest(baseUrl: string, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(baseUrl).port), '127.0.0.1', () => socket.write(text));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('no answer within 2 s'));
    }, 2000);
    socket.once('data', (data) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(String(data));
    });
    socket.once('error', reject);
  });
}

describe('handleRequest', () => {
  it('keeps answering a kept-alive client after a 413 for an oversized body', async () => {
    const { call, login } = await startTestSandbox();
    await login();
    const huge = await call('POST', '/api/v1/client/create', {
      body: 'x'.repeat(MAX_BODY_BYTES + 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expect(huge.headers.get('connection')).toBe('close');
    for (let i = 0; i < 4; i++) {
      const list = await call('GET', '/api/v1/client/list');
      expect(list.status).toBe(200);
    }
  });

  it('answers a request target that is not a valid URL with 400, not 500', async () => {
    const { sandbox } = await startTestSandbox();
    const answer = await rawRequest(sandbox.url, 'GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });
});
