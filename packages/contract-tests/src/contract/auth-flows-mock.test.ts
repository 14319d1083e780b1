import { authenticate, getWhoami } from '@plextrac-ts/sdk';
import { describe, expect, inject, it } from 'vitest';
import { createClientStack } from '../support/create-client-stack.js';
import { createVirtualTime } from '../support/fake-clock.js';
import { preferInterceptor, preferMiddleware, preferOn } from '../support/prefer.js';

const EXAMPLE_CHALLENGE = '9f8c2e4a-1b7d-4c3e-8a5f-6d2b0e9c7a41';
const credentials = { username: 'jane.doe@example.com', password: 'correct-horse-battery-staple' };
// Any base32 secret: the mock does not check codes, the session must still compute one.
const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('the MFA branch against prism mock --errors', () => {
  const time = createVirtualTime();

  it('narrows authenticate to the MFA challenge through @plextrac-ts/client (Prefer via middleware)', async () => {
    const stack = createClientStack(inject('plextracMockUrl'), { time });
    stack.openapi.use(preferMiddleware('example=mfa'));
    const { data, response } = await stack.openapi.POST('/api/v1/authenticate', {
      body: credentials,
    });
    expect(response.status).toBe(200);
    if (!data || !('mfa_enabled' in data)) throw new Error('expected the MFA challenge branch');
    expect(data.mfa_enabled).toBe(true);
    expect(data.code).toBe(EXAMPLE_CHALLENGE);
    stack.violations.expectNone();
  });

  it('narrows authenticate to the MFA challenge through @plextrac-ts/sdk (Prefer via interceptor)', async () => {
    const stack = createClientStack(inject('plextracMockUrl'), { time });
    preferInterceptor(stack.sdk, 'example=mfa');
    const { data, response } = await authenticate({ client: stack.sdk, body: credentials });
    expect(response?.status).toBe(200);
    if (!data || !('mfa_enabled' in data)) throw new Error('expected the MFA challenge branch');
    expect(data.code).toBe(EXAMPLE_CHALLENGE);
    stack.violations.expectNone();
  });

  it.each(['openapi', 'sdk'] as const)(
    'logs in with challenge + TOTP when authenticate answers the MFA branch (%s)',
    async (via) => {
      const stack = createClientStack(inject('plextracMockUrl'), {
        time,
        totpSecret,
        wrap: preferOn('POST', '/api/v1/authenticate', 'example=mfa'),
      });

      const { response } =
        via === 'openapi'
          ? await stack.openapi.GET('/api/v1/user/whoami')
          : await getWhoami({ client: stack.sdk });

      expect(response?.status).toBe(200);
      const paths = stack.wire.requests.map((request) => `${request.method} ${request.path}`);
      expect(paths).toEqual([
        'POST /api/v1/authenticate',
        'POST /api/v1/authenticate/mfa',
        'GET /api/v1/user/whoami',
      ]);
      const [mfa] = stack.wire.to('/api/v1/authenticate/mfa');
      const body = JSON.parse(mfa?.body ?? '{}') as { code?: string; token?: string };
      expect(body.code).toBe(EXAMPLE_CHALLENGE);
      expect(body.token).toMatch(/^[0-9]{6}$/);
      expect(stack.session.stats.authRoundTrips).toBe(2);
      stack.violations.expectNone();
    },
  );
});
