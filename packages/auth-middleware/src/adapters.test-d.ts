import createClient, { type Middleware } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { type AuthFetch, createAuthFetch } from './create-auth-fetch.js';
import { createAuthMiddleware } from './create-auth-middleware.js';
import { createSdkAuth } from './create-sdk-auth.js';
import { createSession } from './create-session.js';
import type { Session } from './types.js';

declare const session: Session;

describe('adapter types', () => {
  it('createAuthMiddleware is an openapi-fetch Middleware', () => {
    expectTypeOf(createAuthMiddleware(session)).toExtend<Middleware>();
    createClient<Record<string, never>>({ baseUrl: 'https://x' }).use(
      createAuthMiddleware(session),
    );
  });

  it('createAuthFetch can stand in for fetch, also as an openapi-fetch client fetch', () => {
    expectTypeOf<AuthFetch>().toExtend<typeof fetch>();
    createClient<Record<string, never>>({ fetch: createAuthFetch(session) });
  });

  it('createSdkAuth fits a hey-api fetch client config', () => {
    expectTypeOf(createSdkAuth(session)).toExtend<{ baseUrl?: string; fetch?: typeof fetch }>();
  });

  it('createSession requires baseUrl, username and password', () => {
    // @ts-expect-error password is missing
    createSession({ baseUrl: 'https://x', username: 'u' });
    // @ts-expect-error authScheme is 'bearer' or 'raw'
    createSession({ baseUrl: 'https://x', username: 'u', password: 'p', authScheme: 'basic' });
  });
});
