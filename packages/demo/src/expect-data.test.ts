import { describe, expect, it } from 'vitest';
import { DemoError } from './demo-error.js';
import { expectData } from './expect-data.js';

const response = (status: number) => new Response(null, { status });

describe('expectData', () => {
  it('returns the data of a successful call', () => {
    expect(expectData({ data: { id: 1 }, response: response(200) }, 'getClient')).toEqual({
      id: 1,
    });
  });

  it.each([
    [
      { error: { status: 'error', message: 'Client not found' } },
      404,
      'getClient answered 404: Client not found',
    ],
    [
      {
        error: {
          status: 'failed',
          message: [{ type: 'unknown', message: 'User is not authorized' }],
        },
      },
      400,
      'getClient answered 400: User is not authorized',
    ],
    [
      { error: { type: 'FetchError', title: 'socket hang up', detail: '' } },
      500,
      'getClient answered 500: socket hang up',
    ],
    [
      { error: '<html><head><title>502 Bad Gateway</title></head></html>' },
      502,
      'getClient answered 502: an HTML page ("502 Bad Gateway") instead of JSON',
    ],
  ])('turns %j into one line naming the call and status', (result, status, message) => {
    const run = () => expectData({ ...result, response: response(status) }, 'getClient');
    expect(run).toThrow(DemoError);
    expect(run).toThrow(`[@plextrac-ts/demo] ${message}`);
  });
});
