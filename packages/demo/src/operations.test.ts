import { describe, expect, it } from 'vitest';
import { authKind, describeOperation } from './operations.js';

describe('describeOperation', () => {
  it('prefers literal segments over path parameters', () => {
    expect(describeOperation('GET', '/api/v1/client/list')).toBe(
      'listClients (GET /api/v1/client/list)',
    );
    expect(describeOperation('GET', '/api/v1/client/42')).toBe(
      'getClient (GET /api/v1/client/{clientId})',
    );
    expect(describeOperation('put', '/api/v1/client/7/asset/0')).toBe(
      'createAsset (PUT /api/v1/client/{clientId}/asset/0)',
    );
    expect(describeOperation('PUT', '/api/v1/client/7/asset/9')).toBe(
      'updateAsset (PUT /api/v1/client/{clientId}/asset/{assetId})',
    );
  });

  it('keeps the trailing slash of the health route and falls back to method and path', () => {
    expect(describeOperation('GET', '/api/v1/')).toBe('getHealth (GET /api/v1/)');
    expect(describeOperation('GET', '/api/v9/nothing')).toBe('GET /api/v9/nothing');
    expect(describeOperation('PATCH', '/api/v1/client/7')).toBe('PATCH /api/v1/client/7');
  });
});

describe('authKind', () => {
  it('recognises the three auth calls and nothing else', () => {
    expect(authKind('POST', '/api/v1/authenticate')).toBe('login');
    expect(authKind('POST', '/api/v1/authenticate/mfa')).toBe('mfa');
    expect(authKind('PUT', '/api/v1/token/refresh')).toBe('refresh');
    expect(authKind('GET', '/api/v1/authenticate')).toBeUndefined();
    expect(authKind('GET', '/api/v1/client/list')).toBeUndefined();
  });
});
