// Generated from specs/plextrac.yaml by @hey-api/openapi-ts. Do not edit by hand; run `pnpm generate`.

import { client } from './client.gen.js';
import {
  type Client,
  type ClientMeta,
  formDataBodySerializer,
  type Options as Options2,
  type RequestResult,
  type TDataShape,
} from './client/index.js';
import type {
  AuthenticateData,
  AuthenticateErrors,
  AuthenticateMfaData,
  AuthenticateMfaErrors,
  AuthenticateMfaResponses,
  AuthenticateResponses,
  CreateAssetData,
  CreateAssetErrors,
  CreateAssetResponses,
  CreateClientData,
  CreateClientErrors,
  CreateClientResponses,
  CreateFindingData,
  CreateFindingErrors,
  CreateFindingResponses,
  CreateReportData,
  CreateReportErrors,
  CreateReportResponses,
  CreateTagData,
  CreateTagErrors,
  CreateTagResponses,
  DeleteArtifactData,
  DeleteArtifactErrors,
  DeleteArtifactResponses,
  DeleteAssetData,
  DeleteAssetErrors,
  DeleteAssetResponses,
  DeleteClientData,
  DeleteClientErrors,
  DeleteClientResponses,
  DeleteFindingData,
  DeleteFindingErrors,
  DeleteFindingResponses,
  DeleteFindingsData,
  DeleteFindingsErrors,
  DeleteFindingsResponses,
  DeleteReportData,
  DeleteReportErrors,
  DeleteReportResponses,
  DeleteTagData,
  DeleteTagErrors,
  DeleteTagResponses,
  ExportReportData,
  ExportReportErrors,
  ExportReportResponses,
  GetAssetData,
  GetAssetErrors,
  GetAssetResponses,
  GetClientData,
  GetClientErrors,
  GetClientResponses,
  GetFindingData,
  GetFindingErrors,
  GetFindingResponses,
  GetHealthData,
  GetHealthErrors,
  GetHealthResponses,
  GetReportData,
  GetReportErrors,
  GetReportResponses,
  GetTenantData,
  GetTenantErrors,
  GetTenantResponses,
  GetWhoamiData,
  GetWhoamiErrors,
  GetWhoamiResponses,
  GetWhoamiV2Data,
  GetWhoamiV2Errors,
  GetWhoamiV2Responses,
  ImportReportData,
  ImportReportErrors,
  ImportReportResponses,
  ListArtifactsData,
  ListArtifactsErrors,
  ListArtifactsResponses,
  ListClientAssetsData,
  ListClientAssetsErrors,
  ListClientAssetsPagedData,
  ListClientAssetsPagedErrors,
  ListClientAssetsPagedResponses,
  ListClientAssetsResponses,
  ListClientFindingsPagedData,
  ListClientFindingsPagedErrors,
  ListClientFindingsPagedResponses,
  ListClientReportsData,
  ListClientReportsErrors,
  ListClientReportsResponses,
  ListClientsData,
  ListClientsErrors,
  ListClientsPagedData,
  ListClientsPagedErrors,
  ListClientsPagedResponses,
  ListClientsResponses,
  ListReportFindingsData,
  ListReportFindingsErrors,
  ListReportFindingsPagedData,
  ListReportFindingsPagedErrors,
  ListReportFindingsPagedResponses,
  ListReportFindingsResponses,
  ListReportsPagedData,
  ListReportsPagedErrors,
  ListReportsPagedResponses,
  ListTagsData,
  ListTagsErrors,
  ListTagsResponses,
  ListTenantAssetsPagedData,
  ListTenantAssetsPagedErrors,
  ListTenantAssetsPagedResponses,
  ListTenantUsersData,
  ListTenantUsersErrors,
  ListTenantUsersPagedData,
  ListTenantUsersPagedErrors,
  ListTenantUsersPagedResponses,
  ListTenantUsersResponses,
  RefreshTokenData,
  RefreshTokenErrors,
  RefreshTokenResponses,
  UpdateAssetData,
  UpdateAssetErrors,
  UpdateAssetResponses,
  UpdateClientData,
  UpdateClientErrors,
  UpdateClientResponses,
  UpdateFindingData,
  UpdateFindingErrors,
  UpdateFindingResponses,
  UpdateReportData,
  UpdateReportErrors,
  UpdateReportResponses,
  UploadFileData,
  UploadFileErrors,
  UploadFileResponses,
} from './types.gen.js';

export type Options<
  TData extends TDataShape = TDataShape,
  ThrowOnError extends boolean = boolean,
  TResponse = unknown,
> = Options2<TData, ThrowOnError, TResponse> & {
  /**
   * You can provide a client instance returned by `createClient()` instead of
   * individual options. This might be also useful if you want to implement a
   * custom client.
   */
  client?: Client;
  /**
   * You can pass arbitrary values through the `meta` object. This can be
   * used to access values that aren't defined as part of the SDK function.
   */
  meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * Health and URL check
 *
 * Needs no authentication. Used by PlexTrac's scripts to check the instance URL.
 */
export const getHealth = <ThrowOnError extends boolean = false>(
  options?: Options<GetHealthData, ThrowOnError>,
): RequestResult<GetHealthResponses, GetHealthErrors, ThrowOnError> =>
  (options?.client ?? client).get<GetHealthResponses, GetHealthErrors, ThrowOnError>({
    url: '/api/v1/',
    ...options,
  });

/**
 * Log in with username and password
 *
 * Returns a JWT for users without MFA (`TokenResponse`), or an MFA challenge
 * (`MfaChallenge`, with `mfa_enabled: true` and an opaque `code`) for users with MFA,
 * to be completed with `authenticateMfa`. Counts toward the limit of 10 authentication
 * requests per minute per instance. Works only for the PlexTrac authentication provider.
 * The status code for bad credentials is unknown (400 or 401 are declared); the body is
 * purposely non-descript.
 *
 */
export const authenticate = <ThrowOnError extends boolean = false>(
  options: Options<AuthenticateData, ThrowOnError>,
): RequestResult<AuthenticateResponses, AuthenticateErrors, ThrowOnError> =>
  (options.client ?? client).post<AuthenticateResponses, AuthenticateErrors, ThrowOnError>({
    url: '/api/v1/authenticate',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Complete an MFA login
 *
 * Second step for users with MFA: `code` is the opaque value from the `authenticate`
 * response, `token` the current 6-digit authenticator code. On failure PlexTrac's own
 * scripts restart from `authenticate` (a new `code`). Whether a TOTP code may be reused
 * within its 30-second window is unknown. Counts toward the auth rate limit.
 *
 */
export const authenticateMfa = <ThrowOnError extends boolean = false>(
  options: Options<AuthenticateMfaData, ThrowOnError>,
): RequestResult<AuthenticateMfaResponses, AuthenticateMfaErrors, ThrowOnError> =>
  (options.client ?? client).post<AuthenticateMfaResponses, AuthenticateMfaErrors, ThrowOnError>({
    url: '/api/v1/authenticate/mfa',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Refresh the current token
 *
 * No parameters and no body: the current token in the `Authorization` header is exchanged
 * for a new one that starts a new 15-minute session. Most likely needs an unexpired token
 * (inferred from clients that fall back to a full login after expiry). Declared with the
 * auth-family error responses to be safe; whether refresh counts toward the auth rate
 * limit is unverified.
 *
 */
export const refreshToken = <ThrowOnError extends boolean = false>(
  options?: Options<RefreshTokenData, ThrowOnError>,
): RequestResult<RefreshTokenResponses, RefreshTokenErrors, ThrowOnError> =>
  (options?.client ?? client).put<RefreshTokenResponses, RefreshTokenErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/token/refresh',
    ...options,
  });

/**
 * Current user (v1)
 *
 * Postman describes the result as the user's name, admin status, role, tenant ID and
 * user ID, without an example. The exact shape is **unknown**: the schema is an open
 * object and the example keys are illustrative.
 *
 */
export const getWhoami = <ThrowOnError extends boolean = false>(
  options?: Options<GetWhoamiData, ThrowOnError>,
): RequestResult<GetWhoamiResponses, GetWhoamiErrors, ThrowOnError> =>
  (options?.client ?? client).get<GetWhoamiResponses, GetWhoamiErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/user/whoami',
    ...options,
  });

/**
 * Current user (v2)
 *
 * No public source shows this shape; **unknown**. Open object, illustrative example.
 */
export const getWhoamiV2 = <ThrowOnError extends boolean = false>(
  options?: Options<GetWhoamiV2Data, ThrowOnError>,
): RequestResult<GetWhoamiV2Responses, GetWhoamiV2Errors, ThrowOnError> =>
  (options?.client ?? client).get<GetWhoamiV2Responses, GetWhoamiV2Errors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/whoami',
    ...options,
  });

/**
 * Tenant document
 *
 * Tenant information (ID, settings, point of contact). Shape **unknown**; open object.
 */
export const getTenant = <ThrowOnError extends boolean = false>(
  options: Options<GetTenantData, ThrowOnError>,
): RequestResult<GetTenantResponses, GetTenantErrors, ThrowOnError> =>
  (options.client ?? client).get<GetTenantResponses, GetTenantErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/tenant/{tenantId}',
    ...options,
  });

/**
 * All users of the tenant (unpaginated, legacy)
 */
export const listTenantUsers = <ThrowOnError extends boolean = false>(
  options: Options<ListTenantUsersData, ThrowOnError>,
): RequestResult<ListTenantUsersResponses, ListTenantUsersErrors, ThrowOnError> =>
  (options.client ?? client).get<ListTenantUsersResponses, ListTenantUsersErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/tenant/{tenantId}/user/list',
    ...options,
  });

/**
 * Paginated users of the tenant
 *
 * Query-string pagination (not a POST body). Needs the "View Users" permission (403
 * "Unauthorized!" otherwise). Whether `tenantId` must be the numeric id or the tenant
 * cuid is unverified (sources conflict). The response envelope beyond `data` is unknown.
 *
 */
export const listTenantUsersPaged = <ThrowOnError extends boolean = false>(
  options: Options<ListTenantUsersPagedData, ThrowOnError>,
): RequestResult<ListTenantUsersPagedResponses, ListTenantUsersPagedErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ListTenantUsersPagedResponses,
    ListTenantUsersPagedErrors,
    ThrowOnError
  >({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/tenants/{tenantId}/users',
    ...options,
  });

/**
 * All clients visible to the user (unpaginated rows)
 */
export const listClients = <ThrowOnError extends boolean = false>(
  options?: Options<ListClientsData, ThrowOnError>,
): RequestResult<ListClientsResponses, ListClientsErrors, ThrowOnError> =>
  (options?.client ?? client).get<ListClientsResponses, ListClientsErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/list',
    ...options,
  });

/**
 * Paginated client list
 *
 * `pagination.limit` must be one of 5, 25, 50, 100. Sort/filter by e.g. `name` or `tags` (tags value is a string array).
 */
export const listClientsPaged = <ThrowOnError extends boolean = false>(
  options: Options<ListClientsPagedData, ThrowOnError>,
): RequestResult<ListClientsPagedResponses, ListClientsPagedErrors, ThrowOnError> =>
  (options.client ?? client).post<ListClientsPagedResponses, ListClientsPagedErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/clients',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Create a client
 */
export const createClient = <ThrowOnError extends boolean = false>(
  options: Options<CreateClientData, ThrowOnError>,
): RequestResult<CreateClientResponses, CreateClientErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateClientResponses, CreateClientErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/create',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a client
 */
export const deleteClient = <ThrowOnError extends boolean = false>(
  options: Options<DeleteClientData, ThrowOnError>,
): RequestResult<DeleteClientResponses, DeleteClientErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteClientResponses, DeleteClientErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}',
    ...options,
  });

/**
 * Full client document
 *
 * Returns the raw database document; additional properties are expected.
 */
export const getClient = <ThrowOnError extends boolean = false>(
  options: Options<GetClientData, ThrowOnError>,
): RequestResult<GetClientResponses, GetClientErrors, ThrowOnError> =>
  (options.client ?? client).get<GetClientResponses, GetClientErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}',
    ...options,
  });

/**
 * Update a client (merge)
 *
 * **Merge semantics:** not a true PUT; only the keys sent are updated, the others are kept.
 * Do not send back read-only keys such as `client_id`, `cuid`, `doc_type`, `licenseKeys`,
 * `logo`, `tenant_id` or `users` (a public client strips them before a PUT).
 *
 */
export const updateClient = <ThrowOnError extends boolean = false>(
  options: Options<UpdateClientData, ThrowOnError>,
): RequestResult<UpdateClientResponses, UpdateClientErrors, ThrowOnError> =>
  (options.client ?? client).put<UpdateClientResponses, UpdateClientErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Reports of a client (unpaginated rows)
 */
export const listClientReports = <ThrowOnError extends boolean = false>(
  options: Options<ListClientReportsData, ThrowOnError>,
): RequestResult<ListClientReportsResponses, ListClientReportsErrors, ThrowOnError> =>
  (options.client ?? client).get<ListClientReportsResponses, ListClientReportsErrors, ThrowOnError>(
    {
      security: [{ name: 'Authorization', type: 'apiKey' }],
      url: '/api/v1/client/{clientId}/reports',
      ...options,
    },
  );

/**
 * Tenant-wide paginated report list
 *
 * `pagination.limit` must be one of 5, 10, 25, 50, 100, 1000. `filters.by` in `name`,
 * `reviewers`, `operators`, `clients` (client-id array), `status` (array); `sort.by` in
 * `name`, `status`.
 *
 */
export const listReportsPaged = <ThrowOnError extends boolean = false>(
  options: Options<ListReportsPagedData, ThrowOnError>,
): RequestResult<ListReportsPagedResponses, ListReportsPagedErrors, ThrowOnError> =>
  (options.client ?? client).post<ListReportsPagedResponses, ListReportsPagedErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/reports',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Create a report
 *
 * Only `name` is known to be required. The success envelope uses `message`, not `status`.
 */
export const createReport = <ThrowOnError extends boolean = false>(
  options: Options<CreateReportData, ThrowOnError>,
): RequestResult<CreateReportResponses, CreateReportErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateReportResponses, CreateReportErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/create',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a report
 */
export const deleteReport = <ThrowOnError extends boolean = false>(
  options: Options<DeleteReportData, ThrowOnError>,
): RequestResult<DeleteReportResponses, DeleteReportErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteReportResponses, DeleteReportErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}',
    ...options,
  });

/**
 * Full report document
 *
 * Returns the raw database document; additional properties are expected.
 */
export const getReport = <ThrowOnError extends boolean = false>(
  options: Options<GetReportData, ThrowOnError>,
): RequestResult<GetReportResponses, GetReportErrors, ThrowOnError> =>
  (options.client ?? client).get<GetReportResponses, GetReportErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}',
    ...options,
  });

/**
 * Update a report (merge; not its findings)
 *
 * **Merge semantics:** only the keys sent are updated. Findings are not updated through
 * this endpoint.
 *
 */
export const updateReport = <ThrowOnError extends boolean = false>(
  options: Options<UpdateReportData, ThrowOnError>,
): RequestResult<UpdateReportResponses, UpdateReportErrors, ThrowOnError> =>
  (options.client ?? client).put<UpdateReportResponses, UpdateReportErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Export a report
 *
 * `doc` and `pdf` return a binary document; `ptrac` returns JSON (`report_info`,
 * `flaws_array`, ...). The exact `Content-Type` PlexTrac sends for doc/pdf is unverified,
 * so the binary forms are declared under several media types.
 * Exporting needs a **separate RBAC permission**: without it PlexTrac answers **HTTP 400**
 * (not 403) with `status: failed` and an array `message`, even when reading the report works.
 * `includeEvidence=true` can make exports very slow.
 *
 */
export const exportReport = <ThrowOnError extends boolean = false>(
  options: Options<ExportReportData, ThrowOnError>,
): RequestResult<ExportReportResponses, ExportReportErrors, ThrowOnError> =>
  (options.client ?? client).get<ExportReportResponses, ExportReportErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}/export/{format}',
    ...options,
  });

/**
 * Import a .ptrac file as a new report
 *
 * The response carries **no report id**: list the client's reports before and after the
 * import and diff them to find the new one.
 *
 */
export const importReport = <ThrowOnError extends boolean = false>(
  options: Options<ImportReportData, ThrowOnError>,
): RequestResult<ImportReportResponses, ImportReportErrors, ThrowOnError> =>
  (options.client ?? client).post<ImportReportResponses, ImportReportErrors, ThrowOnError>({
    ...formDataBodySerializer,
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/import',
    ...options,
    headers: {
      'Content-Type': null,
      ...options.headers,
    },
  });

/**
 * Findings of a report (summary rows)
 */
export const listReportFindings = <ThrowOnError extends boolean = false>(
  options: Options<ListReportFindingsData, ThrowOnError>,
): RequestResult<ListReportFindingsResponses, ListReportFindingsErrors, ThrowOnError> =>
  (options.client ?? client).get<
    ListReportFindingsResponses,
    ListReportFindingsErrors,
    ThrowOnError
  >({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}/flaws',
    ...options,
  });

/**
 * Paginated findings of a report (full objects)
 *
 * `pagination.limit` must be one of 1, 10, 50, 100, 99999. Filters include `findingTags`,
 * `searchTerm`, `severity`, `status`, `subStatus`, `visibility`, `title`, `flaw_id` and
 * dates; sorts include `title`, `severity`, `status`, `cvss3_1`, `cve_id`. The list shape
 * of a finding is slightly different from the single-finding GET.
 *
 */
export const listReportFindingsPaged = <ThrowOnError extends boolean = false>(
  options: Options<ListReportFindingsPagedData, ThrowOnError>,
): RequestResult<ListReportFindingsPagedResponses, ListReportFindingsPagedErrors, ThrowOnError> =>
  (options.client ?? client).post<
    ListReportFindingsPagedResponses,
    ListReportFindingsPagedErrors,
    ThrowOnError
  >({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/clients/{clientId}/reports/{reportId}/findings',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Client-wide paginated findings
 *
 * The allowed `pagination.limit` values for this endpoint are **unknown**, so any integer
 * >= 1 is accepted here. Filters: `searchTerm`, `status`, `severity`, `reportId`,
 * `subStatus`, `visibility`, `tags`, `commonIdentifiers`, `dateFrom`/`dateTo` (ms),
 * `assignedTo`. Items are truncated findings.
 *
 */
export const listClientFindingsPaged = <ThrowOnError extends boolean = false>(
  options: Options<ListClientFindingsPagedData, ThrowOnError>,
): RequestResult<ListClientFindingsPagedResponses, ListClientFindingsPagedErrors, ThrowOnError> =>
  (options.client ?? client).post<
    ListClientFindingsPagedResponses,
    ListClientFindingsPagedErrors,
    ThrowOnError
  >({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/client/{clientId}/findings',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Create a finding
 *
 * Tags set here are **not registered as tenant tags** (they do not appear in the tenant
 * tag list); create them with `createTag`. Some fields (CWE, CVSS 3.1 vector) are not
 * validated at creation and an invalid value can break the finding later.
 *
 */
export const createFinding = <ThrowOnError extends boolean = false>(
  options: Options<CreateFindingData, ThrowOnError>,
): RequestResult<CreateFindingResponses, CreateFindingErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateFindingResponses, CreateFindingErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}/flaw/create',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a finding
 *
 * The success body is **undocumented**; the schema is an open object.
 */
export const deleteFinding = <ThrowOnError extends boolean = false>(
  options: Options<DeleteFindingData, ThrowOnError>,
): RequestResult<DeleteFindingResponses, DeleteFindingErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteFindingResponses, DeleteFindingErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}',
    ...options,
  });

/**
 * One full finding
 */
export const getFinding = <ThrowOnError extends boolean = false>(
  options: Options<GetFindingData, ThrowOnError>,
): RequestResult<GetFindingResponses, GetFindingErrors, ThrowOnError> =>
  (options.client ?? client).get<GetFindingResponses, GetFindingErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}',
    ...options,
  });

/**
 * Replace a finding
 *
 * **Replace semantics:** the body replaces the stored finding. GET it, modify it and PUT the
 * whole object back; keys left out are lost.
 *
 */
export const updateFinding = <ThrowOnError extends boolean = false>(
  options: Options<UpdateFindingData, ThrowOnError>,
): RequestResult<UpdateFindingResponses, UpdateFindingErrors, ThrowOnError> =>
  (options.client ?? client).put<UpdateFindingResponses, UpdateFindingErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete several findings
 *
 * Neither the request body nor the response is documented. One third-party client sends
 * `{findingIds: [...]}` (unverified); the schema stays an open object.
 *
 */
export const deleteFindings = <ThrowOnError extends boolean = false>(
  options: Options<DeleteFindingsData, ThrowOnError>,
): RequestResult<DeleteFindingsResponses, DeleteFindingsErrors, ThrowOnError> =>
  (options.client ?? client).post<DeleteFindingsResponses, DeleteFindingsErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/report/{reportId}/flaws/delete',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * All assets of a client
 *
 * The response shape is **undocumented**; an array of assets or a map keyed by asset id are both accepted.
 */
export const listClientAssets = <ThrowOnError extends boolean = false>(
  options: Options<ListClientAssetsData, ThrowOnError>,
): RequestResult<ListClientAssetsResponses, ListClientAssetsErrors, ThrowOnError> =>
  (options.client ?? client).get<ListClientAssetsResponses, ListClientAssetsErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/assets',
    ...options,
  });

/**
 * Paginated assets of a client
 *
 * `pagination.limit` must be one of 5, 10, 25, 50, 100. Sort/filter by `asset` or `tags`;
 * `{by: tags, value: [none]}` selects untagged assets. The response items are
 * undocumented; they are assumed to sit under `data` like other v2 lists (unverified, so
 * the schema also accepts `assets` and requires neither).
 *
 */
export const listClientAssetsPaged = <ThrowOnError extends boolean = false>(
  options: Options<ListClientAssetsPagedData, ThrowOnError>,
): RequestResult<ListClientAssetsPagedResponses, ListClientAssetsPagedErrors, ThrowOnError> =>
  (options.client ?? client).post<
    ListClientAssetsPagedResponses,
    ListClientAssetsPagedErrors,
    ThrowOnError
  >({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/clients/{clientId}/assets',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Tenant-wide paginated assets
 *
 * `pagination.limit` must be one of 5, 10, 25, 50, 100, 1000. The items are under
 * **`assets`**, not `data`. Sort/filter by `searchTerm`, `client_id`, `assetCriticality`,
 * `tags`, `type`, `pci_status`, `system_owner`, `data_owner`.
 *
 */
export const listTenantAssetsPaged = <ThrowOnError extends boolean = false>(
  options: Options<ListTenantAssetsPagedData, ThrowOnError>,
): RequestResult<ListTenantAssetsPagedResponses, ListTenantAssetsPagedErrors, ThrowOnError> =>
  (options.client ?? client).post<
    ListTenantAssetsPagedResponses,
    ListTenantAssetsPagedErrors,
    ThrowOnError
  >({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v2/tenant/assets',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Create an asset
 *
 * PlexTrac has no dedicated create endpoint: a `PUT` on asset id **0** creates a new asset
 * and returns its id. Only `asset` (the name) is required.
 *
 */
export const createAsset = <ThrowOnError extends boolean = false>(
  options: Options<CreateAssetData, ThrowOnError>,
): RequestResult<CreateAssetResponses, CreateAssetErrors, ThrowOnError> =>
  (options.client ?? client).put<CreateAssetResponses, CreateAssetErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/asset/0',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete an asset
 *
 * The success body is **undocumented**; the schema is an open object.
 */
export const deleteAsset = <ThrowOnError extends boolean = false>(
  options: Options<DeleteAssetData, ThrowOnError>,
): RequestResult<DeleteAssetResponses, DeleteAssetErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteAssetResponses, DeleteAssetErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/asset/{assetId}',
    ...options,
  });

/**
 * One asset
 */
export const getAsset = <ThrowOnError extends boolean = false>(
  options: Options<GetAssetData, ThrowOnError>,
): RequestResult<GetAssetResponses, GetAssetErrors, ThrowOnError> =>
  (options.client ?? client).get<GetAssetResponses, GetAssetErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/asset/{assetId}',
    ...options,
  });

/**
 * Update an asset
 *
 * PlexTrac's scripts send the full object from `getAsset`; whether partial bodies merge is unverified.
 */
export const updateAsset = <ThrowOnError extends boolean = false>(
  options: Options<UpdateAssetData, ThrowOnError>,
): RequestResult<UpdateAssetResponses, UpdateAssetErrors, ThrowOnError> =>
  (options.client ?? client).put<UpdateAssetResponses, UpdateAssetErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/client/{clientId}/asset/{assetId}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Tenant tags
 */
export const listTags = <ThrowOnError extends boolean = false>(
  options: Options<ListTagsData, ThrowOnError>,
): RequestResult<ListTagsResponses, ListTagsErrors, ThrowOnError> =>
  (options.client ?? client).get<ListTagsResponses, ListTagsErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/tenant/{tenantId}/tag',
    ...options,
  });

/**
 * Create a tenant tag
 *
 * Registers a tag at tenant level (tags set on findings through the API are not tenant
 * tags). Returns an empty array on success and **409** if the tag already exists.
 *
 */
export const createTag = <ThrowOnError extends boolean = false>(
  options: Options<CreateTagData, ThrowOnError>,
): RequestResult<CreateTagResponses, CreateTagErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateTagResponses, CreateTagErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/tenant/{tenantId}/tag',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete a tenant tag
 *
 * Returns **404** if the tag does not exist.
 */
export const deleteTag = <ThrowOnError extends boolean = false>(
  options: Options<DeleteTagData, ThrowOnError>,
): RequestResult<DeleteTagResponses, DeleteTagErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteTagResponses, DeleteTagErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/tenant/{tenantId}/tag/{tagId}',
    ...options,
  });

/**
 * Upload a file (report artifact)
 *
 * Multipart upload. `components` and `relations` are JSON documents sent as string form
 * fields, e.g. components `["report_artifacts"]` and relations
 * `[{"model":"report","id":"500006"},{"model":"client","id":"4155"}]`. Do not set the
 * Content-Type by hand; let the HTTP client add the boundary.
 *
 */
export const uploadFile = <ThrowOnError extends boolean = false>(
  options: Options<UploadFileData, ThrowOnError>,
): RequestResult<UploadFileResponses, UploadFileErrors, ThrowOnError> =>
  (options.client ?? client).post<UploadFileResponses, UploadFileErrors, ThrowOnError>({
    ...formDataBodySerializer,
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/file-manager/upload',
    ...options,
    headers: {
      'Content-Type': null,
      ...options.headers,
    },
  });

/**
 * List artifacts matching components and relations
 */
export const listArtifacts = <ThrowOnError extends boolean = false>(
  options: Options<ListArtifactsData, ThrowOnError>,
): RequestResult<ListArtifactsResponses, ListArtifactsErrors, ThrowOnError> =>
  (options.client ?? client).post<ListArtifactsResponses, ListArtifactsErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/file-manager/artifacts',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete an artifact
 *
 * The success body is **undocumented**; the schema is an open object.
 */
export const deleteArtifact = <ThrowOnError extends boolean = false>(
  options: Options<DeleteArtifactData, ThrowOnError>,
): RequestResult<DeleteArtifactResponses, DeleteArtifactErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteArtifactResponses, DeleteArtifactErrors, ThrowOnError>({
    security: [{ name: 'Authorization', type: 'apiKey' }],
    url: '/api/v1/file-manager/artifacts/{artifactId}',
    ...options,
  });
