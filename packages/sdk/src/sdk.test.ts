import { describe, expect, it } from 'vitest';
import {
  authenticate,
  client,
  createSdkClient,
  exportReport,
  getClient,
  getHealth,
  listClientsPaged,
  uploadFile,
} from './index.js';
import { createRecordingFetch, type Responder } from './test-support/recording-fetch.js';

const baseUrl = 'https://tenant.plextrac.com';

function setup(respond?: Responder, auth?: () => string) {
  const recording = createRecordingFetch(respond);
  return { sdk: createSdkClient({ baseUrl, fetch: recording.fetch, auth }), ...recording };
}

describe('generated SDK', () => {
  it('posts a JSON body with Content-Type application/json', async () => {
    const { sdk, requests } = setup();
    await listClientsPaged({
      client: sdk,
      body: { pagination: { offset: 0, limit: 25 }, sort: [{ by: 'name', order: 'ASC' }] },
    });
    expect(requests[0]).toMatchObject({ method: 'POST' });
    expect(requests[0]?.url.href).toBe(`${baseUrl}/api/v2/clients`);
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({
      pagination: { offset: 0, limit: 25 },
      sort: [{ by: 'name', order: 'ASC' }],
    });
  });

  it('sends no Content-Type on a request without a body', async () => {
    const { sdk, requests } = setup();
    await getHealth({ client: sdk });
    expect(requests[0]?.headers.has('content-type')).toBe(false);
  });

  it('fills path and query parameters', async () => {
    const { sdk, requests } = setup(() => new Response(new Blob(['%PDF'])));
    await exportReport({
      client: sdk,
      path: { clientId: 4155, reportId: 500006, format: 'pdf' },
      query: { includeEvidence: false },
      parseAs: 'blob',
    });
    expect(requests[0]?.url.pathname).toBe('/api/v1/client/4155/report/500006/export/pdf');
    expect(requests[0]?.url.searchParams.get('includeEvidence')).toBe('false');
  });

  it('sends the auth token raw in Authorization on secured operations only', async () => {
    const { sdk, requests } = setup(undefined, () => 'jwt-123');
    await getClient({ client: sdk, path: { clientId: 1 } });
    await authenticate({ client: sdk, body: { username: 'jane@example.com', password: 'pw' } });
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['jwt-123', null]);
  });

  it('keeps an Authorization header set by the caller', async () => {
    const { sdk, requests } = setup(undefined, () => 'from-auth');
    await getClient({ client: sdk, path: { clientId: 1 }, headers: { Authorization: 'Bearer x' } });
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer x');
  });

  it('uploads multipart form data with the runtime boundary', async () => {
    const { sdk, requests } = setup();
    await uploadFile({
      client: sdk,
      body: { file: new Blob(['evidence']), description: 'screenshot' },
    });
    const form = await requests[0]?.request.formData();
    expect(requests[0]?.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(form?.get('description')).toBe('screenshot');
    const file = form?.get('file');
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe('evidence');
  });

  it('returns HTTP errors as values with the parsed body and response', async () => {
    const { sdk } = setup(() =>
      Response.json({ status: 'error', message: 'nope' }, { status: 401 }),
    );
    const result = await getClient({ client: sdk, path: { clientId: 1 } });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ status: 'error', message: 'nope' });
    expect(result.response?.status).toBe(401);
  });

  it('lets the shared client be configured once with setConfig', async () => {
    const { fetch, requests } = createRecordingFetch(() => Response.json({ text: 'ok' }));
    client.setConfig({ baseUrl, fetch });
    const { data } = await getHealth();
    expect(data).toEqual({ text: 'ok' });
    expect(requests[0]?.url.href).toBe(`${baseUrl}/api/v1/`);
  });
});
