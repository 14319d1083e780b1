export type { $defs, components, operations, paths, webhooks } from './generated/schema.js';

import type { components, operations } from './generated/schema.js';

type Schemas = components['schemas'];

/** A client (customer) document. */
export type Client = Schemas['Client'];
/** Body of `createClient`; only `name` is required. */
export type ClientCreate = Schemas['ClientCreate'];
/** A report document. */
export type Report = Schemas['Report'];
/** A finding ("flaw") document. */
export type Finding = Schemas['Finding'];
/** An asset document. */
export type Asset = Schemas['Asset'];
/** A user of the tenant. */
export type TenantUser = Schemas['TenantUser'];
/** A tenant tag. */
export type Tag = Schemas['Tag'];
/** Successful authentication: carries the JWT in `token`. */
export type TokenResponse = Schemas['TokenResponse'];
/** First step of an MFA login: send `code` with the 6-digit TOTP to `authenticateMfa`. */
export type MfaChallenge = Schemas['MfaChallenge'];
/** Response of `authenticate`: a token or an MFA challenge (`'mfa_enabled' in data`). */
export type AuthenticateResponse =
  operations['authenticate']['responses'][200]['content']['application/json'];
/** `meta` of a v2 list response (`meta.pagination.total` counts all matching items). */
export type PageMeta = Schemas['PageMeta'];
/** The permissive error body PlexTrac returns (fields optional, extra fields allowed). */
export type ApiError = Schemas['Error'];
