import { describe, expect, it } from 'vitest';
import { DemoError } from './demo-error.js';
import { createTrafficRecorder } from './traffic-recorder.js';
import { createViolationsFetch } from './violations-fetch.js';

const base = 'http://127.0.0.1:4010';

function setup(answer: (request: Request) => Response | Promise<Response>, timeoutMs?: number) {
  const recorder = createTrafficRecorder();
  const seen: Request[] = [];
  const fetch = createViolationsFetch({
    recorder,
    timeoutMs,
    fetch: async (input) => {
      const request = input as Request;
      seen.push(request);
      return answer(request);
    },
  });
  return { recorder, seen, fetch };
}

describe('createViolationsFetch', () => {
  it('counts every request and tells logins, MFA steps and refreshes apart', async () => {
    const { recorder, fetch } = setup(() => Response.json({}));
    await fetch(`${base}/api/v1/authenticate`, { method: 'POST', body: '{}' });
    await fetch(`${base}/api/v1/authenticate/mfa`, { method: 'POST', body: '{}' });
    await fetch(`${base}/api/v1/token/refresh`, { method: 'PUT' });
    await fetch(`${base}/api/v1/client/list`);
    expect(recorder.counts()).toEqual({
      requests: 4,
      logins: 1,
      mfaSteps: 1,
      refreshes: 1,
      violations: 0,
      warnings: 0,
    });
  });

  it('records the sl-violations header with the operation it is about, errors and warnings apart', async () => {
    const header = JSON.stringify([
      {
        location: ['response', 'body', 'data', '0', 'name'],
        severity: 'Error',
        code: 'type',
        message: 'must be string',
      },
      {
        location: ['response'],
        severity: 'Warning',
        code: 'UNKNOWN',
        message: 'Unknown response 418',
      },
    ]);
    const { recorder, fetch } = setup(() =>
      Response.json({}, { headers: { 'sl-violations': header } }),
    );
    const response = await fetch(`${base}/api/v1/client/4155`);
    expect(response.status).toBe(200);
    expect(recorder.violations).toEqual([
      {
        operation: 'getClient (GET /api/v1/client/{clientId})',
        status: 200,
        severity: 'error',
        location: 'response.body.data.0.name',
        message: 'must be string',
      },
    ]);
    expect(recorder.warnings.map((warning) => warning.message)).toEqual(['Unknown response 418']);
  });

  it('records the violations of a Prism #VIOLATIONS 500 and leaves the body readable', async () => {
    const problem = {
      type: 'https://stoplight.io/prism/errors#VIOLATIONS',
      title: 'Request/Response not valid',
      status: 500,
      validation: [
        {
          location: ['response', 'body'],
          severity: 'Error',
          code: 'required',
          message: "must have required property 'status'",
        },
      ],
    };
    const { recorder, fetch } = setup(() =>
      Response.json(problem, {
        status: 500,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    const response = await fetch(`${base}/api/v2/clients`, { method: 'POST', body: '{}' });
    expect(await response.json()).toEqual(problem);
    expect(recorder.violations).toHaveLength(1);
    expect(recorder.violations[0]).toMatchObject({
      operation: 'listClientsPaged (POST /api/v2/clients)',
      status: 500,
      message: "must have required property 'status'",
    });
  });

  it('records a request Prism refused (422) as a violation of the request', async () => {
    const problem = {
      type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
      title: 'Invalid request',
      detail: 'Your request is not valid',
      validation: [
        {
          location: ['body'],
          severity: 'Error',
          code: 'required',
          message: "must have required property 'name'",
        },
      ],
    };
    const { recorder, fetch } = setup(() =>
      Response.json(problem, {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    await fetch(`${base}/api/v1/client/create`, { method: 'POST', body: '{}' });
    expect(recorder.violations[0]).toMatchObject({
      operation: 'createClient (POST /api/v1/client/create)',
      location: 'body',
      status: 422,
    });
  });

  it('ignores problem+json bodies that do not come from Prism', async () => {
    const { recorder, fetch } = setup(() =>
      Response.json(
        { type: 'about:blank', title: 'Nope' },
        { status: 400, headers: { 'content-type': 'application/problem+json' } },
      ),
    );
    await fetch(`${base}/api/v1/client/list`);
    expect(recorder.counts().violations).toBe(0);
  });

  it('fails a request that gets no answer in time with an error naming the operation', async () => {
    const { fetch } = setup(
      (request) =>
        new Promise<Response>((_, reject) => {
          request.signal.addEventListener('abort', () => reject(request.signal.reason));
        }),
      5,
    );
    const failure = fetch(`${base}/api/v2/reports`, { method: 'POST', body: '{}' });
    await expect(failure).rejects.toThrow(DemoError);
    await expect(failure).rejects.toThrow(
      /listReportsPaged \(POST \/api\/v2\/reports\) got no answer within 0\.005 s/,
    );
  });
});

describe('createViolationsFetch and invalid JSON', () => {
  it('records an answer Prism could not parse as JSON as a violation of the response body', async () => {
    const problem = {
      type: 'FetchError',
      title:
        'invalid json response body at http://upstream/api/v1/user/whoami reason: Unexpected end of JSON input',
      status: 500,
      detail: '',
    };
    const { recorder, fetch } = setup(() =>
      Response.json(problem, {
        status: 500,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    await fetch(`${base}/api/v1/user/whoami`);
    expect(recorder.violations).toEqual([
      {
        operation: 'getWhoami (GET /api/v1/user/whoami)',
        status: 500,
        severity: 'error',
        location: 'response.body',
        message: 'not valid JSON (Unexpected end of JSON input)',
      },
    ]);
  });
});
