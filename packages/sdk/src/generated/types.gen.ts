// Generated from specs/plextrac.yaml by @hey-api/openapi-ts. Do not edit by hand; run `pnpm generate`.

export type ClientOptions = {
  baseUrl: 'https://{tenant}.plextrac.com' | (string & {});
};

/**
 * Permissive error body. PlexTrac has no error catalogue; observed forms include
 * `{status: "error", message}`, `{status: "failed", message: [{type, message}]}` and
 * Hapi/Boom `{statusCode, error, message}`. Every field is optional.
 *
 */
export type Error = {
  status?: string;
  message?: string | Array<ErrorMessageItem>;
  statusCode?: number;
  error?: string;
  validation?: {
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

export type ErrorMessageItem = {
  type?: string;
  message?: string;
  [key: string]: unknown;
};

export type HealthResponse = {
  text: string;
};

export type AuthenticateRequest = {
  /**
   * The user's email address.
   */
  username: string;
  password: string;
  [key: string]: unknown;
};

export type MfaRequest = {
  /**
   * The opaque `code` from the `authenticate` MFA challenge.
   */
  code: string;
  /**
   * The current 6-digit authenticator (TOTP) code.
   */
  token: string;
};

export type TokenResponse = {
  status: 'success';
  /**
   * Numeric tenant id (often 0).
   */
  tenant_id: number;
  /**
   * The JWT for the `Authorization` header (claims: username, tenantId, iat, exp; 15 minutes).
   */
  token: string;
  /**
   * A JWT-looking value for browser sessions (carries `tenantCuid`).
   */
  cookie: string;
};

export type MfaChallenge = {
  status: 'success';
  mfa_enabled: true;
  /**
   * Opaque challenge to send back as `code` to `authenticateMfa`.
   */
  code: string;
  /**
   * Probably present (inferred).
   */
  tenant_id?: number;
};

/**
 * Shape unknown; open object.
 */
export type Whoami = {
  [key: string]: unknown;
};

/**
 * Shape unknown; open object.
 */
export type Tenant = {
  [key: string]: unknown;
};

/**
 * Sort keys, applied in order.
 */
export type ListSort = Array<{
  by: string;
  order: 'ASC' | 'DESC';
}>;

/**
 * Filters. `value` is a string, or a string array for tags-like fields.
 */
export type ListFilter = Array<{
  by: string;
  value: string | Array<string>;
}>;

export type PageMeta = {
  pagination: {
    offset: number;
    limit: number;
    /**
     * Total number of matching records; iterate by increasing `offset` until reached.
     */
    total: number;
  };
  sort?: ListSort;
  filters?: ListFilter;
  [key: string]: unknown;
};

export type FindingPageMeta = PageMeta & {
  /**
   * Ids of every matching finding.
   */
  flawIds?: Array<number | string>;
};

/**
 * The page a v2 list request asks for. `offset` counts records to skip, not pages. Each list endpoint accepts only some `limit` values; its request schema narrows `limit` to them.
 */
export type ListPagination = {
  /**
   * Records to skip (not pages).
   */
  offset: number;
  /**
   * Records per page.
   */
  limit: number;
};

/**
 * The body shared by the v2 list endpoints; each narrows `pagination.limit`.
 */
export type ListRequest = {
  pagination: ListPagination;
  sort?: ListSort;
  filters?: ListFilter;
};

export type ClientListRequest = ListRequest & {
  pagination?: ListPagination & {
    limit?: 5 | 25 | 50 | 100;
  };
};

export type ReportListRequest = ListRequest & {
  pagination?: ListPagination & {
    limit?: 5 | 10 | 25 | 50 | 100 | 1000;
  };
};

export type TenantAssetListRequest = ListRequest & {
  pagination?: ListPagination & {
    limit?: 5 | 10 | 25 | 50 | 100 | 1000;
  };
};

export type ClientAssetListRequest = ListRequest & {
  pagination?: ListPagination & {
    limit?: 5 | 10 | 25 | 50 | 100;
  };
};

export type ReportFindingListRequest = ListRequest & {
  pagination?: ListPagination & {
    limit?: 1 | 10 | 50 | 100 | 99999;
  };
};

/**
 * The allowed `limit` values of this endpoint are unknown; any positive integer is accepted here.
 */
export type ClientFindingListRequest = ListRequest;

export type ClientListResponse = {
  status: string;
  data: Array<Client>;
  meta: PageMeta;
  [key: string]: unknown;
};

export type ReportListResponse = {
  status: string;
  data: Array<Report>;
  meta: PageMeta;
  [key: string]: unknown;
};

export type FindingListResponse = {
  status: string;
  data: Array<Finding>;
  meta: FindingPageMeta;
  [key: string]: unknown;
};

/**
 * The items key of this endpoint is undocumented: probably `data` like the other v2
 * lists, possibly `assets` like the tenant-wide list. Both are declared, neither required.
 *
 */
export type ClientAssetListResponse = {
  status: string;
  data?: Array<Asset>;
  assets?: Array<Asset>;
  meta: PageMeta;
  [key: string]: unknown;
};

export type TenantAssetListResponse = {
  status: string;
  assets: Array<Asset>;
  meta: PageMeta;
  [key: string]: unknown;
};

export type StatusOnly = {
  status: string;
  [key: string]: unknown;
};

export type StatusMessage = {
  status: string;
  message?: string;
  [key: string]: unknown;
};

export type MessageOnly = {
  message: string;
  [key: string]: unknown;
};

/**
 * Response shape undocumented and unverified; open object.
 */
export type UnverifiedResult = {
  [key: string]: unknown;
};

export type BinaryFile = Blob | File;

/**
 * A tenant user (raw document; more keys may appear).
 */
export type TenantUser = {
  user_id?: number;
  cuid?: string;
  email: string;
  name?: {
    first?: string;
    last?: string;
  };
  first?: string;
  last?: string;
  fullName?: string;
  roles?: Array<string>;
  disabled?: boolean;
  authentication_provider?: string;
  tenant_id?: number;
  lastLogin?: number | string | null;
  createdAt?: number | string | null;
  mfa?: {
    enabled?: boolean;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/**
 * v1 user-list item. Unlike the other v1 rows, its `data` is the user object, not a
 * positional array.
 *
 */
export type TenantUserRow = {
  id: string;
  doc_id: Array<number>;
  data: TenantUser;
  [key: string]: unknown;
};

/**
 * v2 users page. Only `data` is known; other envelope keys are unverified.
 */
export type TenantUserPage = {
  status?: string;
  data: Array<TenantUser>;
  meta?: {
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

export type CustomField = {
  label?: string;
  value?: unknown;
  [key: string]: unknown;
};

export type ClientUserAccess = {
  role?: string;
  classificationId?: string | null;
  [key: string]: unknown;
};

/**
 * A client document (raw database document; additional properties expected).
 */
export type Client = {
  client_id: number;
  cuid?: string;
  tenant_id?: number;
  name: string;
  poc?: string | null;
  poc_email?: string | null;
  description?: string | null;
  tags?: Array<string>;
  custom_field?: Array<CustomField>;
  logo?: unknown;
  doc_type?: string;
  licenseKeys?: Array<unknown>;
  /**
   * Map of user email to access settings.
   */
  users?: {
    [key: string]: ClientUserAccess;
  };
  [key: string]: unknown;
};

export type ClientCreate = {
  name: string;
  poc?: string;
  poc_email?: string;
  description?: string;
  tags?: Array<string>;
  custom_field?: Array<CustomField>;
  [key: string]: unknown;
};

/**
 * Partial client; merged into the stored document.
 */
export type ClientUpdate = {
  name?: string;
  poc?: string;
  poc_email?: string;
  description?: string;
  tags?: Array<string>;
  custom_field?: Array<CustomField>;
  [key: string]: unknown;
};

export type ClientCreateResponse = {
  status: string;
  client_id: number;
  assign_message?: {
    status?: string;
    users_assigned?: Array<string>;
    users_rejected?: Array<string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/**
 * v1 client-list item: `data` is `[client_id, name, <unknown, usually null>]`.
 */
export type ClientRow = {
  id: string;
  doc_id: Array<number>;
  data: [number, string, unknown];
  [key: string]: unknown;
};

export type ExecSummary = {
  custom_fields?: Array<{
    id?: string;
    label?: string;
    text?: string;
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
};

/**
 * A report document (raw database document; additional properties expected).
 */
export type Report = {
  id?: number | string;
  doc_id?: string | Array<number | string>;
  cuid?: string;
  client_id?: number;
  name: string;
  status?: string;
  created_at?: number | string;
  template?: string | null;
  fields_template?: string | null;
  template_name?: string | null;
  fields_template_name?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  tags?: Array<string>;
  operators?: Array<string>;
  reviewers?: Array<string>;
  exec_summary?: ExecSummary;
  custom_field?: Array<CustomField>;
  /**
   * The number of findings in the v2 list; its shape in the full document is unverified.
   */
  findings?: number | Array<unknown>;
  reportType?: string;
  includeEvidence?: boolean;
  isTrackChanges?: boolean;
  [key: string]: unknown;
};

export type ReportCreate = {
  name: string;
  status?: string;
  template?: string;
  fields_template?: string;
  start_date?: string;
  end_date?: string;
  tags?: Array<string>;
  operators?: Array<string>;
  reviewers?: Array<string>;
  exec_summary?: ExecSummary;
  custom_field?: Array<CustomField>;
  [key: string]: unknown;
};

/**
 * Partial report; merged into the stored document.
 */
export type ReportUpdate = {
  name?: string;
  status?: string;
  template?: string;
  fields_template?: string;
  start_date?: string;
  end_date?: string;
  tags?: Array<string>;
  operators?: Array<string>;
  reviewers?: Array<string>;
  exec_summary?: ExecSummary;
  custom_field?: Array<CustomField>;
  [key: string]: unknown;
};

export type ReportCreateResponse = {
  message: string;
  report_id: number | string;
  doc_id: string;
  cuid?: string;
  [key: string]: unknown;
};

export type ReportUpdateResponse = {
  status: string;
  message?: string;
  data?: Report;
  [key: string]: unknown;
};

export type ReportDeleteResponse = {
  status: string;
  data?: boolean;
  [key: string]: unknown;
};

/**
 * v1 report-list item with a 13-item positional `data`: 0 id, 1 name, 2 legacy null
 * placeholder, 3 status, 4 findings count, 5 operators, 6 reviewers, 7 createdAt (epoch
 * ms), 8 start date (ISO), 9 end date (ISO), 10 tags, 11 report template name,
 * 12 findings layout name.
 *
 */
export type ReportRow = {
  id: number | string;
  doc_id: Array<number | string>;
  data: [
    number | string,
    string,
    unknown,
    string | null,
    number | null,
    Array<string> | null,
    Array<string> | null,
    number | string | null,
    string | null,
    string | null,
    Array<string> | null,
    string | null,
    string | null,
  ];
  [key: string]: unknown;
};

/**
 * A finding ("flaw") document. The single GET and the v2 list return slightly different
 * shapes; additional properties are expected.
 *
 */
export type Finding = {
  flaw_id?: number | string;
  doc_id?: string | Array<number | string>;
  client_id?: number;
  report_id?: number | string;
  title: string;
  severity?: string;
  status?: string;
  sub_status?: string | null;
  visibility?: string;
  description?: string;
  recommendations?: string;
  references?: string;
  tags?: Array<string>;
  /**
   * Custom fields keyed by field key.
   */
  fields?: {
    [key: string]: unknown;
  };
  /**
   * Affected assets keyed by asset id.
   */
  affected_assets?: {
    [key: string]: {
      [key: string]: unknown;
    };
  };
  common_identifiers?: {
    [key: string]: unknown;
  };
  createdAt?: number | string;
  last_update?: number | string;
  [key: string]: unknown;
};

export type FindingCreate = {
  title: string;
  severity?: string;
  status?: string;
  description?: string;
  recommendations?: string;
  references?: string;
  /**
   * Finding tags (not registered as tenant tags; see `createTag`).
   */
  tags?: Array<string>;
  fields?: {
    [key: string]: unknown;
  };
  /**
   * Affected assets keyed by asset id.
   */
  affected_assets?: {
    [key: string]: {
      [key: string]: unknown;
    };
  };
  [key: string]: unknown;
};

export type FindingCreateResponse = {
  message: string;
  flaw_id: number | string;
  [key: string]: unknown;
};

/**
 * Undocumented body; `findingIds` is what one third-party client sends (unverified).
 */
export type FindingBulkDelete = {
  findingIds?: Array<number | string>;
  [key: string]: unknown;
};

/**
 * v1 finding-list item with a positional `data`: 0 id, 1 severity, 2 title, 3 status,
 * 4/6/8 epoch-ms timestamps, 10 visibility. Sources disagree on some timestamp
 * positions and the total count is uncertain, so later items are permissive.
 *
 */
export type FindingRow = {
  id: number | string;
  doc_id: Array<number | string>;
  data: [
    number | string,
    string | null,
    string | null,
    string | null,
    unknown,
    unknown,
    unknown,
    unknown,
    unknown,
    unknown,
    unknown,
  ];
  [key: string]: unknown;
};

/**
 * An asset document (additional properties expected). Only `asset` (the name) is required.
 */
export type Asset = {
  id?: string;
  client_id?: number;
  /**
   * The asset name.
   */
  asset: string;
  type?: string;
  assetCriticality?: string;
  system_owner?: string;
  data_owner?: string;
  hostname?: string;
  dns_name?: string;
  host_fqdn?: string;
  host_rdns?: string;
  mac_address?: string;
  netbios_name?: string;
  physical_location?: string;
  pci_status?: string;
  description?: string;
  notes?: string;
  knownIps?: Array<string>;
  operating_system?: Array<string>;
  /**
   * Ports keyed by port number.
   */
  ports?: {
    [key: string]: {
      [key: string]: unknown;
    };
  };
  tags?: Array<string>;
  [key: string]: unknown;
};

export type AssetCreate = {
  /**
   * The asset name.
   */
  asset: string;
  type?: string;
  assetCriticality?: string;
  system_owner?: string;
  data_owner?: string;
  hostname?: string;
  host_fqdn?: string;
  description?: string;
  knownIps?: Array<string>;
  operating_system?: Array<string>;
  ports?: {
    [key: string]: {
      [key: string]: unknown;
    };
  };
  tags?: Array<string>;
  [key: string]: unknown;
};

export type AssetWriteResponse = {
  message: string;
  /**
   * The new asset id (on create).
   */
  id?: string;
  [key: string]: unknown;
};

/**
 * Undocumented shape; an array of assets or a map keyed by asset id.
 */
export type AssetCollection =
  | Array<Asset>
  | {
      [key: string]: Asset;
    };

export type Tag = {
  id: string;
  name: string;
  [key: string]: unknown;
};

export type TagCreate = {
  name: string;
  scope?: string;
  /**
   * The tenant id.
   */
  ownerId?: number | string;
  [key: string]: unknown;
};

export type TagList = {
  count?: {
    totalDocs?: number;
    [key: string]: unknown;
  };
  tags: Array<Tag>;
  [key: string]: unknown;
};

export type TagDeleteResponse = {
  deleted: boolean;
  [key: string]: unknown;
};

export type ReportImportForm = {
  /**
   * The `.ptrac` file.
   */
  file: Blob | File;
};

export type FileUploadForm = {
  /**
   * The file to store.
   */
  file: Blob | File;
  description?: string;
  /**
   * JSON-encoded array of components, e.g. `["report_artifacts"]`.
   */
  components?: string;
  /**
   * JSON-encoded array of relations, e.g. `[{"model":"report","id":"500006"}]`.
   */
  relations?: string;
};

export type FileUploadResponse = {
  data: {
    id: string;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

export type ArtifactRelation = {
  model: string;
  id: string;
  [key: string]: unknown;
};

export type ArtifactQuery = {
  components?: Array<string>;
  relations?: Array<ArtifactRelation>;
  [key: string]: unknown;
};

export type Artifact = {
  id: string;
  filename?: string;
  description?: string | null;
  content_type?: string;
  size?: number;
  createdAt?: string | number;
  relations?: Array<ArtifactRelation>;
  [key: string]: unknown;
};

export type ArtifactList = {
  data: Array<Artifact>;
  [key: string]: unknown;
};

/**
 * The `.ptrac` export (JSON). Only `report_info` and `flaws_array` are known.
 */
export type PtracExport = {
  report_info?: {
    [key: string]: unknown;
  };
  flaws_array?: Array<{
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
};

/**
 * Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
 * numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
 *
 */
export type TenantId = number | string;

/**
 * Numeric client id, e.g. `4155`.
 */
export type ClientId = number;

/**
 * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
 */
export type ReportId = number;

/**
 * Numeric finding (flaw) id.
 */
export type FindingId = number;

/**
 * Asset id as returned by `createAsset` (format unverified; treated as a string).
 */
export type AssetId = string;

export type GetHealthData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/api/v1/';
};

export type GetHealthErrors = {
  /**
   * Not a PlexTrac instance, or the base URL has an extra path (wrong URL).
   */
  404: Error;
};

export type GetHealthError = GetHealthErrors[keyof GetHealthErrors];

export type GetHealthResponses = {
  /**
   * The instance answers.
   */
  200: HealthResponse;
};

export type GetHealthResponse = GetHealthResponses[keyof GetHealthResponses];

export type AuthenticateData = {
  body: AuthenticateRequest;
  path?: never;
  query?: never;
  url: '/api/v1/authenticate';
};

export type AuthenticateErrors = {
  /**
   * Malformed or rejected authentication request (status code unverified).
   */
  400: Error;
  /**
   * Authentication failed (bad credentials, bad MFA code, ...). PlexTrac's body is
   * purposely non-descript; the exact status code is unknown (400 or 401).
   *
   */
  401: Error;
  /**
   * More than 10 authentication requests in a minute on this instance. The status code and
   * body are **unverified** (429 is an assumption; PlexTrac only says "an error").
   *
   */
  429: Error;
};

export type AuthenticateError = AuthenticateErrors[keyof AuthenticateErrors];

export type AuthenticateResponses = {
  /**
   * A token, or an MFA challenge for users with MFA enabled.
   */
  200: TokenResponse | MfaChallenge;
};

export type AuthenticateResponse = AuthenticateResponses[keyof AuthenticateResponses];

export type AuthenticateMfaData = {
  body: MfaRequest;
  path?: never;
  query?: never;
  url: '/api/v1/authenticate/mfa';
};

export type AuthenticateMfaErrors = {
  /**
   * Malformed or rejected authentication request (status code unverified).
   */
  400: Error;
  /**
   * Authentication failed (bad credentials, bad MFA code, ...). PlexTrac's body is
   * purposely non-descript; the exact status code is unknown (400 or 401).
   *
   */
  401: Error;
  /**
   * More than 10 authentication requests in a minute on this instance. The status code and
   * body are **unverified** (429 is an assumption; PlexTrac only says "an error").
   *
   */
  429: Error;
};

export type AuthenticateMfaError = AuthenticateMfaErrors[keyof AuthenticateMfaErrors];

export type AuthenticateMfaResponses = {
  /**
   * The MFA code was accepted.
   */
  200: TokenResponse;
};

export type AuthenticateMfaResponse = AuthenticateMfaResponses[keyof AuthenticateMfaResponses];

export type RefreshTokenData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/api/v1/token/refresh';
};

export type RefreshTokenErrors = {
  /**
   * Malformed or rejected authentication request (status code unverified).
   */
  400: Error;
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * More than 10 authentication requests in a minute on this instance. The status code and
   * body are **unverified** (429 is an assumption; PlexTrac only says "an error").
   *
   */
  429: Error;
};

export type RefreshTokenError = RefreshTokenErrors[keyof RefreshTokenErrors];

export type RefreshTokenResponses = {
  /**
   * A new token.
   */
  200: TokenResponse;
};

export type RefreshTokenResponse = RefreshTokenResponses[keyof RefreshTokenResponses];

export type GetWhoamiData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/api/v1/user/whoami';
};

export type GetWhoamiErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type GetWhoamiError = GetWhoamiErrors[keyof GetWhoamiErrors];

export type GetWhoamiResponses = {
  /**
   * The current user (shape unverified).
   */
  200: Whoami;
};

export type GetWhoamiResponse = GetWhoamiResponses[keyof GetWhoamiResponses];

export type GetWhoamiV2Data = {
  body?: never;
  path?: never;
  query?: never;
  url: '/api/v2/whoami';
};

export type GetWhoamiV2Errors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type GetWhoamiV2Error = GetWhoamiV2Errors[keyof GetWhoamiV2Errors];

export type GetWhoamiV2Responses = {
  /**
   * The current user (shape unverified).
   */
  200: Whoami;
};

export type GetWhoamiV2Response = GetWhoamiV2Responses[keyof GetWhoamiV2Responses];

export type GetTenantData = {
  body?: never;
  path: {
    /**
     * Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
     * numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
     *
     */
    tenantId: number | string;
  };
  query?: never;
  url: '/api/v1/tenant/{tenantId}';
};

export type GetTenantErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type GetTenantError = GetTenantErrors[keyof GetTenantErrors];

export type GetTenantResponses = {
  /**
   * The tenant document (shape unverified).
   */
  200: Tenant;
};

export type GetTenantResponse = GetTenantResponses[keyof GetTenantResponses];

export type ListTenantUsersData = {
  body?: never;
  path: {
    /**
     * Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
     * numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
     *
     */
    tenantId: number | string;
  };
  query?: never;
  url: '/api/v1/tenant/{tenantId}/user/list';
};

export type ListTenantUsersErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * The role lacks the permission (RBAC). Observed body "Unauthorized!".
   */
  403: Error;
};

export type ListTenantUsersError = ListTenantUsersErrors[keyof ListTenantUsersErrors];

export type ListTenantUsersResponses = {
  /**
   * Every user, as `{id, doc_id, data}` items where `data` is the user object.
   */
  200: Array<TenantUserRow>;
};

export type ListTenantUsersResponse = ListTenantUsersResponses[keyof ListTenantUsersResponses];

export type ListTenantUsersPagedData = {
  body?: never;
  path: {
    /**
     * Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
     * numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
     *
     */
    tenantId: number | string;
  };
  query?: {
    /**
     * Number of records to skip.
     */
    offset?: number;
    /**
     * Page size. Allowed values are undocumented.
     */
    limit?: number;
    /**
     * Sort field; Postman lists `firstName`, `lastName`, `email`.
     */
    sortBy?: string;
    /**
     * Sort order. Postman shows `ASCEND`/`DESCEND` (its example is spelt `DESEND`); unverified, so any string is accepted.
     */
    order?: string;
    /**
     * Free-text filter (semantics unverified).
     */
    filter?: string;
  };
  url: '/api/v2/tenants/{tenantId}/users';
};

export type ListTenantUsersPagedErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * The role lacks the permission (RBAC). Observed body "Unauthorized!".
   */
  403: Error;
};

export type ListTenantUsersPagedError =
  ListTenantUsersPagedErrors[keyof ListTenantUsersPagedErrors];

export type ListTenantUsersPagedResponses = {
  /**
   * A page of users.
   */
  200: TenantUserPage;
};

export type ListTenantUsersPagedResponse =
  ListTenantUsersPagedResponses[keyof ListTenantUsersPagedResponses];

export type ListClientsData = {
  body?: never;
  path?: never;
  query?: never;
  url: '/api/v1/client/list';
};

export type ListClientsErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListClientsError = ListClientsErrors[keyof ListClientsErrors];

export type ListClientsResponses = {
  /**
   * An array of client rows.
   */
  200: Array<ClientRow>;
};

export type ListClientsResponse = ListClientsResponses[keyof ListClientsResponses];

export type ListClientsPagedData = {
  body: ClientListRequest;
  path?: never;
  query?: never;
  url: '/api/v2/clients';
};

export type ListClientsPagedErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListClientsPagedError = ListClientsPagedErrors[keyof ListClientsPagedErrors];

export type ListClientsPagedResponses = {
  /**
   * A page of clients.
   */
  200: ClientListResponse;
};

export type ListClientsPagedResponse = ListClientsPagedResponses[keyof ListClientsPagedResponses];

export type CreateClientData = {
  body: ClientCreate;
  path?: never;
  query?: never;
  url: '/api/v1/client/create';
};

export type CreateClientErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type CreateClientError = CreateClientErrors[keyof CreateClientErrors];

export type CreateClientResponses = {
  /**
   * The client was created.
   */
  200: ClientCreateResponse;
};

export type CreateClientResponse = CreateClientResponses[keyof CreateClientResponses];

export type DeleteClientData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}';
};

export type DeleteClientErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type DeleteClientError = DeleteClientErrors[keyof DeleteClientErrors];

export type DeleteClientResponses = {
  /**
   * The client was deleted.
   */
  200: StatusMessage;
};

export type DeleteClientResponse = DeleteClientResponses[keyof DeleteClientResponses];

export type GetClientData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}';
};

export type GetClientErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type GetClientError = GetClientErrors[keyof GetClientErrors];

export type GetClientResponses = {
  /**
   * The client.
   */
  200: Client;
};

export type GetClientResponse = GetClientResponses[keyof GetClientResponses];

export type UpdateClientData = {
  body: ClientUpdate;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}';
};

export type UpdateClientErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type UpdateClientError = UpdateClientErrors[keyof UpdateClientErrors];

export type UpdateClientResponses = {
  /**
   * The client was updated.
   */
  200: StatusMessage;
};

export type UpdateClientResponse = UpdateClientResponses[keyof UpdateClientResponses];

export type ListClientReportsData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/reports';
};

export type ListClientReportsErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListClientReportsError = ListClientReportsErrors[keyof ListClientReportsErrors];

export type ListClientReportsResponses = {
  /**
   * An array of report rows with a 13-item positional `data`.
   */
  200: Array<ReportRow>;
};

export type ListClientReportsResponse =
  ListClientReportsResponses[keyof ListClientReportsResponses];

export type ListReportsPagedData = {
  body: ReportListRequest;
  path?: never;
  query?: never;
  url: '/api/v2/reports';
};

export type ListReportsPagedErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListReportsPagedError = ListReportsPagedErrors[keyof ListReportsPagedErrors];

export type ListReportsPagedResponses = {
  /**
   * A page of reports.
   */
  200: ReportListResponse;
};

export type ListReportsPagedResponse = ListReportsPagedResponses[keyof ListReportsPagedResponses];

export type CreateReportData = {
  body: ReportCreate;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/create';
};

export type CreateReportErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type CreateReportError = CreateReportErrors[keyof CreateReportErrors];

export type CreateReportResponses = {
  /**
   * The report was created.
   */
  200: ReportCreateResponse;
};

export type CreateReportResponse = CreateReportResponses[keyof CreateReportResponses];

export type DeleteReportData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}';
};

export type DeleteReportErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type DeleteReportError = DeleteReportErrors[keyof DeleteReportErrors];

export type DeleteReportResponses = {
  /**
   * The report was deleted.
   */
  200: ReportDeleteResponse;
};

export type DeleteReportResponse = DeleteReportResponses[keyof DeleteReportResponses];

export type GetReportData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}';
};

export type GetReportErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type GetReportError = GetReportErrors[keyof GetReportErrors];

export type GetReportResponses = {
  /**
   * The report.
   */
  200: Report;
};

export type GetReportResponse = GetReportResponses[keyof GetReportResponses];

export type UpdateReportData = {
  body: ReportUpdate;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}';
};

export type UpdateReportErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type UpdateReportError = UpdateReportErrors[keyof UpdateReportErrors];

export type UpdateReportResponses = {
  /**
   * The report was updated; `data` is the updated report.
   */
  200: ReportUpdateResponse;
};

export type UpdateReportResponse = UpdateReportResponses[keyof UpdateReportResponses];

export type ExportReportData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
    /**
     * Export format. The format is a path segment; a `type`/`format` query parameter is rejected.
     */
    format: 'doc' | 'pdf' | 'ptrac';
  };
  query?: {
    /**
     * Include evidence (slow for large reports).
     */
    includeEvidence?: boolean;
    /**
     * Export template id.
     */
    templateID?: string;
  };
  url: '/api/v1/client/{clientId}/report/{reportId}/export/{format}';
};

export type ExportReportErrors = {
  /**
   * Missing export permission (observed shape) or a rejected query parameter (Joi-style
   * message). Body shape varies.
   *
   */
  400: Error;
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type ExportReportError = ExportReportErrors[keyof ExportReportErrors];

export type ExportReportResponses = {
  /**
   * The exported report (binary for doc/pdf, JSON for ptrac).
   */
  200: PtracExport;
};

export type ExportReportResponse = ExportReportResponses[keyof ExportReportResponses];

export type ImportReportData = {
  body: ReportImportForm;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/import';
};

export type ImportReportErrors = {
  /**
   * The request was rejected (for example a file that is not a valid `.ptrac`); body shape unverified.
   */
  400: Error;
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type ImportReportError = ImportReportErrors[keyof ImportReportErrors];

export type ImportReportResponses = {
  /**
   * The import succeeded (no id returned).
   */
  200: StatusOnly;
};

export type ImportReportResponse = ImportReportResponses[keyof ImportReportResponses];

export type ListReportFindingsData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}/flaws';
};

export type ListReportFindingsErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListReportFindingsError = ListReportFindingsErrors[keyof ListReportFindingsErrors];

export type ListReportFindingsResponses = {
  /**
   * An array of finding rows with a positional `data`.
   */
  200: Array<FindingRow>;
};

export type ListReportFindingsResponse =
  ListReportFindingsResponses[keyof ListReportFindingsResponses];

export type ListReportFindingsPagedData = {
  body: ReportFindingListRequest;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
  };
  query?: never;
  url: '/api/v2/clients/{clientId}/reports/{reportId}/findings';
};

export type ListReportFindingsPagedErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListReportFindingsPagedError =
  ListReportFindingsPagedErrors[keyof ListReportFindingsPagedErrors];

export type ListReportFindingsPagedResponses = {
  /**
   * A page of findings; `meta.flawIds` lists the matching finding ids.
   */
  200: FindingListResponse;
};

export type ListReportFindingsPagedResponse =
  ListReportFindingsPagedResponses[keyof ListReportFindingsPagedResponses];

export type ListClientFindingsPagedData = {
  body: ClientFindingListRequest;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v2/client/{clientId}/findings';
};

export type ListClientFindingsPagedErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListClientFindingsPagedError =
  ListClientFindingsPagedErrors[keyof ListClientFindingsPagedErrors];

export type ListClientFindingsPagedResponses = {
  /**
   * A page of (truncated) findings.
   */
  200: FindingListResponse;
};

export type ListClientFindingsPagedResponse =
  ListClientFindingsPagedResponses[keyof ListClientFindingsPagedResponses];

export type CreateFindingData = {
  body: FindingCreate;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}/flaw/create';
};

export type CreateFindingErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type CreateFindingError = CreateFindingErrors[keyof CreateFindingErrors];

export type CreateFindingResponses = {
  /**
   * The finding was created.
   */
  200: FindingCreateResponse;
};

export type CreateFindingResponse = CreateFindingResponses[keyof CreateFindingResponses];

export type DeleteFindingData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
    /**
     * Numeric finding (flaw) id.
     */
    findingId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}';
};

export type DeleteFindingErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type DeleteFindingError = DeleteFindingErrors[keyof DeleteFindingErrors];

export type DeleteFindingResponses = {
  /**
   * The finding was deleted (body shape unverified).
   */
  200: UnverifiedResult;
};

export type DeleteFindingResponse = DeleteFindingResponses[keyof DeleteFindingResponses];

export type GetFindingData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
    /**
     * Numeric finding (flaw) id.
     */
    findingId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}';
};

export type GetFindingErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type GetFindingError = GetFindingErrors[keyof GetFindingErrors];

export type GetFindingResponses = {
  /**
   * The finding document.
   */
  200: Finding;
};

export type GetFindingResponse = GetFindingResponses[keyof GetFindingResponses];

export type UpdateFindingData = {
  body: Finding;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
    /**
     * Numeric finding (flaw) id.
     */
    findingId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}';
};

export type UpdateFindingErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type UpdateFindingError = UpdateFindingErrors[keyof UpdateFindingErrors];

export type UpdateFindingResponses = {
  /**
   * The finding was replaced.
   */
  200: MessageOnly;
};

export type UpdateFindingResponse = UpdateFindingResponses[keyof UpdateFindingResponses];

export type DeleteFindingsData = {
  body: FindingBulkDelete;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     */
    reportId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/report/{reportId}/flaws/delete';
};

export type DeleteFindingsErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type DeleteFindingsError = DeleteFindingsErrors[keyof DeleteFindingsErrors];

export type DeleteFindingsResponses = {
  /**
   * The findings were deleted (body shape unverified).
   */
  200: UnverifiedResult;
};

export type DeleteFindingsResponse = DeleteFindingsResponses[keyof DeleteFindingsResponses];

export type ListClientAssetsData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/assets';
};

export type ListClientAssetsErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListClientAssetsError = ListClientAssetsErrors[keyof ListClientAssetsErrors];

export type ListClientAssetsResponses = {
  /**
   * The client's assets (shape unverified).
   */
  200: AssetCollection;
};

export type ListClientAssetsResponse = ListClientAssetsResponses[keyof ListClientAssetsResponses];

export type ListClientAssetsPagedData = {
  body: ClientAssetListRequest;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v2/clients/{clientId}/assets';
};

export type ListClientAssetsPagedErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListClientAssetsPagedError =
  ListClientAssetsPagedErrors[keyof ListClientAssetsPagedErrors];

export type ListClientAssetsPagedResponses = {
  /**
   * A page of assets.
   */
  200: ClientAssetListResponse;
};

export type ListClientAssetsPagedResponse =
  ListClientAssetsPagedResponses[keyof ListClientAssetsPagedResponses];

export type ListTenantAssetsPagedData = {
  body: TenantAssetListRequest;
  path?: never;
  query?: never;
  url: '/api/v2/tenant/assets';
};

export type ListTenantAssetsPagedErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListTenantAssetsPagedError =
  ListTenantAssetsPagedErrors[keyof ListTenantAssetsPagedErrors];

export type ListTenantAssetsPagedResponses = {
  /**
   * A page of assets (under `assets`).
   */
  200: TenantAssetListResponse;
};

export type ListTenantAssetsPagedResponse =
  ListTenantAssetsPagedResponses[keyof ListTenantAssetsPagedResponses];

export type CreateAssetData = {
  body: AssetCreate;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/asset/0';
};

export type CreateAssetErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type CreateAssetError = CreateAssetErrors[keyof CreateAssetErrors];

export type CreateAssetResponses = {
  /**
   * The asset was created.
   */
  200: AssetWriteResponse;
};

export type CreateAssetResponse = CreateAssetResponses[keyof CreateAssetResponses];

export type DeleteAssetData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Asset id as returned by `createAsset` (format unverified; treated as a string).
     */
    assetId: string;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/asset/{assetId}';
};

export type DeleteAssetErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type DeleteAssetError = DeleteAssetErrors[keyof DeleteAssetErrors];

export type DeleteAssetResponses = {
  /**
   * The asset was deleted (body shape unverified).
   */
  200: UnverifiedResult;
};

export type DeleteAssetResponse = DeleteAssetResponses[keyof DeleteAssetResponses];

export type GetAssetData = {
  body?: never;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Asset id as returned by `createAsset` (format unverified; treated as a string).
     */
    assetId: string;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/asset/{assetId}';
};

export type GetAssetErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type GetAssetError = GetAssetErrors[keyof GetAssetErrors];

export type GetAssetResponses = {
  /**
   * The asset document.
   */
  200: Asset;
};

export type GetAssetResponse = GetAssetResponses[keyof GetAssetResponses];

export type UpdateAssetData = {
  body: Asset;
  path: {
    /**
     * Numeric client id, e.g. `4155`.
     */
    clientId: number;
    /**
     * Asset id as returned by `createAsset` (format unverified; treated as a string).
     */
    assetId: string;
  };
  query?: never;
  url: '/api/v1/client/{clientId}/asset/{assetId}';
};

export type UpdateAssetErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type UpdateAssetError = UpdateAssetErrors[keyof UpdateAssetErrors];

export type UpdateAssetResponses = {
  /**
   * The asset was updated.
   */
  200: AssetWriteResponse;
};

export type UpdateAssetResponse = UpdateAssetResponses[keyof UpdateAssetResponses];

export type ListTagsData = {
  body?: never;
  path: {
    /**
     * Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
     * numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
     *
     */
    tenantId: number | string;
  };
  query?: {
    /**
     * Page size (allowed values undocumented).
     */
    limit?: number;
    /**
     * Number of tags to skip.
     */
    offset?: number;
  };
  url: '/api/v1/tenant/{tenantId}/tag';
};

export type ListTagsErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type ListTagsError = ListTagsErrors[keyof ListTagsErrors];

export type ListTagsResponses = {
  /**
   * A page of tenant tags.
   */
  200: TagList;
};

export type ListTagsResponse = ListTagsResponses[keyof ListTagsResponses];

export type CreateTagData = {
  body: TagCreate;
  path: {
    /**
     * Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
     * numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
     *
     */
    tenantId: number | string;
  };
  query?: never;
  url: '/api/v1/tenant/{tenantId}/tag';
};

export type CreateTagErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
  /**
   * The tag already exists (body shape unverified).
   */
  409: Error;
};

export type CreateTagError = CreateTagErrors[keyof CreateTagErrors];

export type CreateTagResponses = {
  /**
   * Always empty on success (Postman).
   */
  200: Array<unknown>;
};

export type CreateTagResponse = CreateTagResponses[keyof CreateTagResponses];

export type DeleteTagData = {
  body?: never;
  path: {
    /**
     * Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
     * numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
     *
     */
    tenantId: number | string;
    /**
     * Tag id, e.g. `tag_tenant_0_web` (`tag_tenant_<tenantId>_<name>`).
     */
    tagId: string;
  };
  query?: never;
  url: '/api/v1/tenant/{tenantId}/tag/{tagId}';
};

export type DeleteTagErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type DeleteTagError = DeleteTagErrors[keyof DeleteTagErrors];

export type DeleteTagResponses = {
  /**
   * The tag was deleted.
   */
  200: TagDeleteResponse;
};

export type DeleteTagResponse = DeleteTagResponses[keyof DeleteTagResponses];

export type UploadFileData = {
  body: FileUploadForm;
  path?: never;
  query?: never;
  url: '/api/v1/file-manager/upload';
};

export type UploadFileErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type UploadFileError = UploadFileErrors[keyof UploadFileErrors];

export type UploadFileResponses = {
  /**
   * The file was stored.
   */
  200: FileUploadResponse;
};

export type UploadFileResponse = UploadFileResponses[keyof UploadFileResponses];

export type ListArtifactsData = {
  body: ArtifactQuery;
  path?: never;
  query?: never;
  url: '/api/v1/file-manager/artifacts';
};

export type ListArtifactsErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
};

export type ListArtifactsError = ListArtifactsErrors[keyof ListArtifactsErrors];

export type ListArtifactsResponses = {
  /**
   * Matching artifacts.
   */
  200: ArtifactList;
};

export type ListArtifactsResponse = ListArtifactsResponses[keyof ListArtifactsResponses];

export type DeleteArtifactData = {
  body?: never;
  path: {
    /**
     * Artifact id from `uploadFile` or `listArtifacts`.
     */
    artifactId: string;
  };
  query?: never;
  url: '/api/v1/file-manager/artifacts/{artifactId}';
};

export type DeleteArtifactErrors = {
  /**
   * Missing, invalid or expired token. The real body is undocumented; the example is
   * illustrative (Hapi-style).
   *
   */
  401: Error;
  /**
   * Unknown route or missing resource (vague body).
   */
  404: Error;
};

export type DeleteArtifactError = DeleteArtifactErrors[keyof DeleteArtifactErrors];

export type DeleteArtifactResponses = {
  /**
   * The artifact was deleted (body shape unverified).
   */
  200: UnverifiedResult;
};

export type DeleteArtifactResponse = DeleteArtifactResponses[keyof DeleteArtifactResponses];
