import {
  authenticate,
  authenticateMfa,
  getHealth,
  getWhoami,
  getWhoamiV2,
  refreshToken,
} from '@plextrac-ts/sdk';
import { expect } from 'vitest';
import { type ClientCalls, defineCase } from './operation-case.js';

const credentials = { username: 'jane.doe@example.com', password: 'correct-horse-battery-staple' };
const login = {
  openapi: (c) => c.POST('/api/v1/authenticate', { body: credentials }),
  sdk: (client) => authenticate({ client, body: credentials }),
} satisfies ClientCalls<unknown, unknown>;
const mfa = {
  openapi: (c) =>
    c.POST('/api/v1/authenticate/mfa', { body: { code: 'challenge-code', token: '123456' } }),
  sdk: (client) => authenticateMfa({ client, body: { code: 'challenge-code', token: '123456' } }),
} satisfies ClientCalls<unknown, unknown>;
const refresh = {
  openapi: (c) => c.PUT('/api/v1/token/refresh'),
  sdk: (client) => refreshToken({ client }),
} satisfies ClientCalls<unknown, unknown>;
const health = {
  openapi: (c) => c.GET('/api/v1/'),
  sdk: (client) => getHealth({ client }),
} satisfies ClientCalls<unknown, unknown>;
const whoami = {
  openapi: (c) => c.GET('/api/v1/user/whoami'),
  sdk: (client) => getWhoami({ client }),
} satisfies ClientCalls<unknown, unknown>;
const whoamiV2 = {
  openapi: (c) => c.GET('/api/v2/whoami'),
  sdk: (client) => getWhoamiV2({ client }),
} satisfies ClientCalls<unknown, unknown>;

const isJwt = (value: string) => expect(value.split('.')).toHaveLength(3);

export const authCases = [
  defineCase({
    operationId: 'getHealth',
    required: health,
    all: health,
    check: (data) => expect(data.text).toBe('Authenticate at /authenticate'),
  }),
  defineCase({
    operationId: 'authenticate',
    required: login,
    all: login,
    check: (data) => {
      expect(data.status).toBe('success');
      // Without a Prefer header Prism serves the first named example: the token branch.
      if ('mfa_enabled' in data) throw new Error('expected the token branch of authenticate');
      isJwt(data.token);
      expect(data.tenant_id).toBe(0);
    },
  }),
  defineCase({
    operationId: 'authenticateMfa',
    required: mfa,
    all: mfa,
    check: (data) => {
      expect(data.status).toBe('success');
      isJwt(data.token);
    },
  }),
  defineCase({
    operationId: 'refreshToken',
    required: refresh,
    all: refresh,
    check: (data) => {
      isJwt(data.token);
      expect(typeof data.cookie).toBe('string');
    },
  }),
  defineCase({
    operationId: 'getWhoami',
    required: whoami,
    all: whoami,
    check: (data) => expect(data).toMatchObject({ email: 'jane.doe@example.com' }),
  }),
  defineCase({
    operationId: 'getWhoamiV2',
    required: whoamiV2,
    all: whoamiV2,
    check: (data) => expect(data).toMatchObject({ status: 'success' }),
  }),
];
