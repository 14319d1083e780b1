import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createPlexTracClient } from './create-plextrac-client.js';
import { createRecordingFetch } from './test-support/recording-fetch.js';

const baseUrl = 'https://tenant.plextrac.com';

describe('createPlexTracClient', () => {
  it('strips trailing slashes from baseUrl and keeps a path prefix', async () => {
    const { fetch, requests } = createRecordingFetch();
    await createPlexTracClient({ baseUrl: 'https://tenant.plextrac.com//', fetch }).GET('/api/v1/');
    await createPlexTracClient({ baseUrl: new URL('https://proxy.example/plextrac/'), fetch }).GET(
      '/api/v1/',
    );
    expect(requests.map((r) => r.url.href)).toEqual([
      'https://tenant.plextrac.com/api/v1/',
      'https://proxy.example/plextrac/api/v1/',
    ]);
  });

  it.each([
    ['tenant.plextrac.com', 'must be an absolute http(s) URL', '"tenant.plextrac.com"'],
    ['/api', 'must be an absolute http(s) URL', '"/api"'],
    ['ftp://tenant.plextrac.com', 'must use http: or https:', '"ftp://tenant.plextrac.com"'],
    ['https://t.plextrac.com/api/v1', 'must not end in /api', '"https://t.plextrac.com/api/v1"'],
    [
      'https://t.plextrac.com?x=1',
      'must not contain a query string',
      '"https://t.plextrac.com?x=1"',
    ],
  ])('rejects baseUrl %j with an error naming the value', (bad, why, shown) => {
    const attempt = () => createPlexTracClient({ baseUrl: bad });
    expect(attempt).toThrow(TypeError);
    expect(attempt).toThrow(`[@plextrac-ts/client] baseUrl ${why}`);
    expect(attempt).toThrow(`got ${shown}.`);
  });

  it('rejects credentials in baseUrl without echoing the password', () => {
    let message = '';
    try {
      createPlexTracClient({ baseUrl: 'https://admin:hunter2@tenant.plextrac.com' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('must not contain credentials');
    expect(message).toContain('got "https://tenant.plextrac.com/"');
    expect(message).not.toContain('hunter2');
  });

  it.each([
    'https://admin:hunter2@tenant.plextrac.com:99999',
    'https://admin:hunter2@ten ant.plextrac.com',
    '//admin:hunter2@tenant.plextrac.com',
    'https:/admin:hunter2@tenant.plextrac.com:99999',
    'https:admin:hunter2@tenant.plextrac.com:99999',
    'admin:hunter2@tenant.plextrac.com',
    'ht\ttps://admin:hunter2@tenant.plextrac.com:99999',
    'https://admin:hunter2\uFF20tenant.plextrac.com', // a fullwidth @ does not parse either
  ])('rejects %j, credentials in a value that is no http(s) URL, without the password', (bad) => {
    const attempt = () => createPlexTracClient({ baseUrl: bad });
    expect(attempt).toThrow(/baseUrl must (be an absolute http\(s\) URL|use http: or https:)/);
    let error: unknown;
    try {
      attempt();
    } catch (caught) {
      error = caught;
    }
    expect(inspect(error, { depth: Infinity })).not.toContain('hunter2');
  });

  it('rejects a missing baseUrl and a non-function fetch', () => {
    expect(() => createPlexTracClient({} as never)).toThrow(/baseUrl must be a string or URL/);
    expect(() => createPlexTracClient({ baseUrl, fetch: 'nope' as never })).toThrow(
      /fetch must be a function/,
    );
  });

  it('sends JSON bodies with Content-Type application/json, falsy ones included', async () => {
    const { fetch, requests } = createRecordingFetch();
    const client = createPlexTracClient({ baseUrl, fetch });
    await client.POST('/api/v1/client/create', { body: { name: 'Acme' } });
    for (const body of [false, 0, null, '']) {
      await client.POST('/api/v1/client/create', { body: body as never });
    }
    expect(requests.map((r) => r.headers.get('content-type'))).toEqual(
      Array(5).fill('application/json'),
    );
    expect(requests.map((r) => r.body)).toEqual(['{"name":"Acme"}', 'false', '0', 'null', '""']);
  });

  it('sends no Content-Type when there is no body', async () => {
    const { fetch, requests } = createRecordingFetch();
    await createPlexTracClient({ baseUrl, fetch }).GET('/api/v1/');
    expect(requests[0]?.headers.has('content-type')).toBe(false);
  });

  it('keeps the runtime multipart boundary for a FormData body', async () => {
    const { fetch, requests } = createRecordingFetch();
    const form = new FormData();
    form.append('file', new Blob(['report'], { type: 'text/plain' }), 'r.txt');
    await createPlexTracClient({ baseUrl, fetch }).POST('/api/v1/file-manager/upload', {
      body: form as never,
    });
    const contentType = requests[0]?.headers.get('content-type') ?? '';
    expect(contentType).toMatch(/^multipart\/form-data; boundary=\S+$/);
    const boundary = contentType.split('boundary=')[1];
    expect(requests[0]?.body).toContain(`--${boundary}`);
    expect(requests[0]?.body).toContain('filename="r.txt"');
  });

  it('turns a typed object holding a Blob into multipart form fields', async () => {
    const { fetch, requests } = createRecordingFetch();
    await createPlexTracClient({ baseUrl, fetch }).POST('/api/v1/file-manager/upload', {
      body: { file: new Blob(['evidence']), description: 'screenshot' },
    });
    const received = await requests[0]?.request.formData();
    expect(requests[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(received?.get('description')).toBe('screenshot');
    const file = received?.get('file');
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe('evidence');
  });

  it('merges default headers into every request', async () => {
    const { fetch, requests } = createRecordingFetch();
    const client = createPlexTracClient({ baseUrl, fetch, headers: { 'x-trace': 'abc' } });
    await client.GET('/api/v1/client/{clientId}', { params: { path: { clientId: 7 } } });
    expect(requests[0]?.headers.get('x-trace')).toBe('abc');
    expect(requests[0]?.url.pathname).toBe('/api/v1/client/7');
  });
});
