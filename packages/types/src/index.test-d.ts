import { describe, expectTypeOf, it } from 'vitest';
import type {
  ApiError,
  AuthenticateResponse,
  Client,
  ClientCreate,
  components,
  MfaChallenge,
  operations,
  PageMeta,
  paths,
  TokenResponse,
} from './index.js';

describe('@plextrac-ts/types aliases', () => {
  it('point at the spec schemas', () => {
    expectTypeOf<Client>().toEqualTypeOf<components['schemas']['Client']>();
    expectTypeOf<ApiError>().toEqualTypeOf<components['schemas']['Error']>();
    expectTypeOf<Client['name']>().toEqualTypeOf<string>();
    expectTypeOf<PageMeta['pagination']['total']>().toEqualTypeOf<number>();
  });

  it('makes the authenticate response a token or an MFA challenge', () => {
    expectTypeOf<AuthenticateResponse>().toEqualTypeOf<TokenResponse | MfaChallenge>();
    expectTypeOf<MfaChallenge['mfa_enabled']>().toEqualTypeOf<true>();
    expectTypeOf<TokenResponse['token']>().toEqualTypeOf<string>();
  });

  it('keeps the permissive error message: a string or a list of items', () => {
    const plain: ApiError = { status: 'error', message: 'nope' };
    const list: ApiError = { status: 'failed', message: [{ type: 'unknown', message: 'no' }] };
    expectTypeOf(plain).toExtend<ApiError>();
    expectTypeOf(list).toExtend<ApiError>();
  });

  it('requires a client name on create', () => {
    // @ts-expect-error -- name is required
    const missing: ClientCreate = { description: 'no name' };
    expectTypeOf(missing).toExtend<ClientCreate>();
  });

  it('types v1 positional rows as tuples', () => {
    type Row = components['schemas']['ClientRow']['data'];
    expectTypeOf<Row[1]>().toEqualTypeOf<string>();
    expectTypeOf<Row['length']>().toEqualTypeOf<3>();
  });

  it('types multipart file fields as Blob', () => {
    type Upload = components['schemas']['FileUploadForm'];
    expectTypeOf<Upload['file']>().toEqualTypeOf<Blob>();
    expectTypeOf<Upload['components']>().toEqualTypeOf<string | undefined>();
  });

  it('exposes paths and operations keyed by the spec', () => {
    expectTypeOf<paths['/api/v2/clients']['post']>().toEqualTypeOf<
      operations['listClientsPaged']
    >();
    // @ts-expect-error -- not a path of the spec
    expectTypeOf<paths['/api/v1/clients']>().toBeObject();
  });
});
