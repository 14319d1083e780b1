// Generated from specs/plextrac.yaml by openapi-typescript. Do not edit by hand; run `pnpm generate`.

export interface paths {
  '/api/v1/': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Health and URL check
     * @description Needs no authentication. Used by PlexTrac's scripts to check the instance URL.
     */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/authenticate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in with username and password
     * @description Returns a JWT for users without MFA (`TokenResponse`), or an MFA challenge
     *     (`MfaChallenge`, with `mfa_enabled: true` and an opaque `code`) for users with MFA,
     *     to be completed with `authenticateMfa`. Counts toward the limit of 10 authentication
     *     requests per minute per instance. Works only for the PlexTrac authentication provider.
     *     The status code for bad credentials is unknown (400 or 401 are declared); the body is
     *     purposely non-descript.
     */
    post: operations['authenticate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/authenticate/mfa': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete an MFA login
     * @description Second step for users with MFA: `code` is the opaque value from the `authenticate`
     *     response, `token` the current 6-digit authenticator code. On failure PlexTrac's own
     *     scripts restart from `authenticate` (a new `code`). Whether a TOTP code may be reused
     *     within its 30-second window is unknown. Counts toward the auth rate limit.
     */
    post: operations['authenticateMfa'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/token/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Refresh the current token
     * @description No parameters and no body: the current token in the `Authorization` header is exchanged
     *     for a new one that starts a new 15-minute session. Most likely needs an unexpired token
     *     (inferred from clients that fall back to a full login after expiry). Declared with the
     *     auth-family error responses to be safe; whether refresh counts toward the auth rate
     *     limit is unverified.
     */
    put: operations['refreshToken'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/user/whoami': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Current user (v1)
     * @description Postman describes the result as the user's name, admin status, role, tenant ID and
     *     user ID, without an example. The exact shape is **unknown**: the schema is an open
     *     object and the example keys are illustrative.
     */
    get: operations['getWhoami'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/whoami': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Current user (v2)
     * @description No public source shows this shape; **unknown**. Open object, illustrative example.
     */
    get: operations['getWhoamiV2'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenant/{tenantId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    /**
     * Tenant document
     * @description Tenant information (ID, settings, point of contact). Shape **unknown**; open object.
     */
    get: operations['getTenant'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenant/{tenantId}/user/list': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    /** All users of the tenant (unpaginated, legacy) */
    get: operations['listTenantUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/tenants/{tenantId}/users': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    /**
     * Paginated users of the tenant
     * @description Query-string pagination (not a POST body). Needs the "View Users" permission (403
     *     "Unauthorized!" otherwise). Whether `tenantId` must be the numeric id or the tenant
     *     cuid is unverified (sources conflict). The response envelope beyond `data` is unknown.
     */
    get: operations['listTenantUsersPaged'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/list': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** All clients visible to the user (unpaginated rows) */
    get: operations['listClients'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Paginated client list
     * @description `pagination.limit` must be one of 5, 25, 50, 100. Sort/filter by e.g. `name` or `tags` (tags value is a string array).
     */
    post: operations['listClientsPaged'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/create': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a client */
    post: operations['createClient'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    /**
     * Full client document
     * @description Returns the raw database document; additional properties are expected.
     */
    get: operations['getClient'];
    /**
     * Update a client (merge)
     * @description **Merge semantics:** not a true PUT; only the keys sent are updated, the others are kept.
     *     Do not send back read-only keys such as `client_id`, `cuid`, `doc_type`, `licenseKeys`,
     *     `logo`, `tenant_id` or `users` (a public client strips them before a PUT).
     */
    put: operations['updateClient'];
    post?: never;
    /** Delete a client */
    delete: operations['deleteClient'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    /** Reports of a client (unpaginated rows) */
    get: operations['listClientReports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tenant-wide paginated report list
     * @description `pagination.limit` must be one of 5, 10, 25, 50, 100, 1000. `filters.by` in `name`,
     *     `reviewers`, `operators`, `clients` (client-id array), `status` (array); `sort.by` in
     *     `name`, `status`.
     */
    post: operations['listReportsPaged'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/create': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a report
     * @description Only `name` is known to be required. The success envelope uses `message`, not `status`.
     */
    post: operations['createReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/{reportId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    /**
     * Full report document
     * @description Returns the raw database document; additional properties are expected.
     */
    get: operations['getReport'];
    /**
     * Update a report (merge; not its findings)
     * @description **Merge semantics:** only the keys sent are updated. Findings are not updated through
     *     this endpoint.
     */
    put: operations['updateReport'];
    post?: never;
    /** Delete a report */
    delete: operations['deleteReport'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/{reportId}/export/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
        /** @description Export format. The format is a path segment; a `type`/`format` query parameter is rejected. */
        format: 'doc' | 'pdf' | 'ptrac';
      };
      cookie?: never;
    };
    /**
     * Export a report
     * @description `doc` and `pdf` return a binary document; `ptrac` returns JSON (`report_info`,
     *     `flaws_array`, ...). The exact `Content-Type` PlexTrac sends for doc/pdf is unverified,
     *     so the binary forms are declared under several media types.
     *     Exporting needs a **separate RBAC permission**: without it PlexTrac answers **HTTP 400**
     *     (not 403) with `status: failed` and an array `message`, even when reading the report works.
     *     `includeEvidence=true` can make exports very slow.
     */
    get: operations['exportReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/import': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import a .ptrac file as a new report
     * @description The response carries **no report id**: list the client's reports before and after the
     *     import and diff them to find the new one.
     */
    post: operations['importReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/{reportId}/flaws': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    /** Findings of a report (summary rows) */
    get: operations['listReportFindings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/clients/{clientId}/reports/{reportId}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Paginated findings of a report (full objects)
     * @description `pagination.limit` must be one of 1, 10, 50, 100, 99999. Filters include `findingTags`,
     *     `searchTerm`, `severity`, `status`, `subStatus`, `visibility`, `title`, `flaw_id` and
     *     dates; sorts include `title`, `severity`, `status`, `cvss3_1`, `cve_id`. The list shape
     *     of a finding is slightly different from the single-finding GET.
     */
    post: operations['listReportFindingsPaged'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/client/{clientId}/findings': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Client-wide paginated findings
     * @description The allowed `pagination.limit` values for this endpoint are **unknown**, so any integer
     *     >= 1 is accepted here. Filters: `searchTerm`, `status`, `severity`, `reportId`,
     *     `subStatus`, `visibility`, `tags`, `commonIdentifiers`, `dateFrom`/`dateTo` (ms),
     *     `assignedTo`. Items are truncated findings.
     */
    post: operations['listClientFindingsPaged'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/{reportId}/flaw/create': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create a finding
     * @description Tags set here are **not registered as tenant tags** (they do not appear in the tenant
     *     tag list); create them with `createTag`. Some fields (CWE, CVSS 3.1 vector) are not
     *     validated at creation and an invalid value can break the finding later.
     */
    post: operations['createFinding'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/{reportId}/flaw/{findingId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
        /**
         * @description Numeric finding (flaw) id.
         * @example 872341
         */
        findingId: components['parameters']['FindingId'];
      };
      cookie?: never;
    };
    /** One full finding */
    get: operations['getFinding'];
    /**
     * Replace a finding
     * @description **Replace semantics:** the body replaces the stored finding. GET it, modify it and PUT the
     *     whole object back; keys left out are lost.
     */
    put: operations['updateFinding'];
    post?: never;
    /**
     * Delete a finding
     * @description The success body is **undocumented**; the schema is an open object.
     */
    delete: operations['deleteFinding'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/report/{reportId}/flaws/delete': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delete several findings
     * @description Neither the request body nor the response is documented. One third-party client sends
     *     `{findingIds: [...]}` (unverified); the schema stays an open object.
     */
    post: operations['deleteFindings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/assets': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    /**
     * All assets of a client
     * @description The response shape is **undocumented**; an array of assets or a map keyed by asset id are both accepted.
     */
    get: operations['listClientAssets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/clients/{clientId}/assets': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Paginated assets of a client
     * @description `pagination.limit` must be one of 5, 10, 25, 50, 100. Sort/filter by `asset` or `tags`;
     *     `{by: tags, value: [none]}` selects untagged assets. The response items are
     *     undocumented; they are assumed to sit under `data` like other v2 lists (unverified, so
     *     the schema also accepts `assets` and requires neither).
     */
    post: operations['listClientAssetsPaged'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v2/tenant/assets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tenant-wide paginated assets
     * @description `pagination.limit` must be one of 5, 10, 25, 50, 100, 1000. The items are under
     *     **`assets`**, not `data`. Sort/filter by `searchTerm`, `client_id`, `assetCriticality`,
     *     `tags`, `type`, `pci_status`, `system_owner`, `data_owner`.
     */
    post: operations['listTenantAssetsPaged'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/asset/0': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    get?: never;
    /**
     * Create an asset
     * @description PlexTrac has no dedicated create endpoint: a `PUT` on asset id **0** creates a new asset
     *     and returns its id. Only `asset` (the name) is required.
     */
    put: operations['createAsset'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/client/{clientId}/asset/{assetId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Asset id as returned by `createAsset` (format unverified; treated as a string).
         * @example d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10
         */
        assetId: components['parameters']['AssetId'];
      };
      cookie?: never;
    };
    /** One asset */
    get: operations['getAsset'];
    /**
     * Update an asset
     * @description PlexTrac's scripts send the full object from `getAsset`; whether partial bodies merge is unverified.
     */
    put: operations['updateAsset'];
    post?: never;
    /**
     * Delete an asset
     * @description The success body is **undocumented**; the schema is an open object.
     */
    delete: operations['deleteAsset'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenant/{tenantId}/tag': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    /** Tenant tags */
    get: operations['listTags'];
    put?: never;
    /**
     * Create a tenant tag
     * @description Registers a tag at tenant level (tags set on findings through the API are not tenant
     *     tags). Returns an empty array on success and **409** if the tag already exists.
     */
    post: operations['createTag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/tenant/{tenantId}/tag/{tagId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
        /**
         * @description Tag id, e.g. `tag_tenant_0_web` (`tag_tenant_<tenantId>_<name>`).
         * @example tag_tenant_0_web
         */
        tagId: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete a tenant tag
     * @description Returns **404** if the tag does not exist.
     */
    delete: operations['deleteTag'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/file-manager/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a file (report artifact)
     * @description Multipart upload. `components` and `relations` are JSON documents sent as string form
     *     fields, e.g. components `["report_artifacts"]` and relations
     *     `[{"model":"report","id":"500006"},{"model":"client","id":"4155"}]`. Do not set the
     *     Content-Type by hand; let the HTTP client add the boundary.
     */
    post: operations['uploadFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/file-manager/artifacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** List artifacts matching components and relations */
    post: operations['listArtifacts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/file-manager/artifacts/{artifactId}': {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Artifact id from `uploadFile` or `listArtifacts`.
         * @example art_9c1e5b7f2d
         */
        artifactId: string;
      };
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an artifact
     * @description The success body is **undocumented**; the schema is an open object.
     */
    delete: operations['deleteArtifact'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Permissive error body. PlexTrac has no error catalogue; observed forms include
     *     `{status: "error", message}`, `{status: "failed", message: [{type, message}]}` and
     *     Hapi/Boom `{statusCode, error, message}`. Every field is optional.
     */
    Error: {
      /**
       * @example error
       * @example failed
       */
      status?: string;
      message?: string | components['schemas']['ErrorMessageItem'][];
      statusCode?: number;
      error?: string;
      validation?: Record<string, never>;
    } & {
      [key: string]: unknown;
    };
    ErrorMessageItem: {
      type?: string;
      message?: string;
    } & {
      [key: string]: unknown;
    };
    HealthResponse: {
      /** @example Authenticate at /authenticate */
      text: string;
    };
    AuthenticateRequest: {
      /**
       * @description The user's email address.
       * @example jane.doe@example.com
       */
      username: string;
      /** Format: password */
      password: string;
    } & {
      [key: string]: unknown;
    };
    MfaRequest: {
      /** @description The opaque `code` from the `authenticate` MFA challenge. */
      code: string;
      /**
       * @description The current 6-digit authenticator (TOTP) code.
       * @example 524889
       */
      token: string;
    };
    TokenResponse: {
      /** @constant */
      status: 'success';
      /** @description Numeric tenant id (often 0). */
      tenant_id: number;
      /** @description The JWT for the `Authorization` header (claims: username, tenantId, iat, exp; 15 minutes). */
      token: string;
      /** @description A JWT-looking value for browser sessions (carries `tenantCuid`). */
      cookie: string;
    };
    MfaChallenge: {
      /** @constant */
      status: 'success';
      /** @constant */
      mfa_enabled: true;
      /** @description Opaque challenge to send back as `code` to `authenticateMfa`. */
      code: string;
      /** @description Probably present (inferred). */
      tenant_id?: number;
    };
    /** @description Shape unknown; open object. */
    Whoami: {
      [key: string]: unknown;
    };
    /** @description Shape unknown; open object. */
    Tenant: {
      [key: string]: unknown;
    };
    /** @description Sort keys, applied in order. */
    ListSort: {
      by: string;
      /** @enum {string} */
      order: 'ASC' | 'DESC';
    }[];
    /** @description Filters. `value` is a string, or a string array for tags-like fields. */
    ListFilter: {
      by: string;
      value: string | string[];
    }[];
    PageMeta: {
      pagination: {
        offset: number;
        limit: number;
        /** @description Total number of matching records; iterate by increasing `offset` until reached. */
        total: number;
      };
      sort?: components['schemas']['ListSort'];
      filters?: components['schemas']['ListFilter'];
    } & {
      [key: string]: unknown;
    };
    FindingPageMeta: components['schemas']['PageMeta'] & {
      /** @description Ids of every matching finding. */
      flawIds?: (number | string)[];
    };
    /** @description The page a v2 list request asks for. `offset` counts records to skip, not pages. Each list endpoint accepts only some `limit` values; its request schema narrows `limit` to them. */
    ListPagination: {
      /** @description Records to skip (not pages). */
      offset: number;
      /** @description Records per page. */
      limit: number;
    };
    /** @description The body shared by the v2 list endpoints; each narrows `pagination.limit`. */
    ListRequest: {
      pagination: components['schemas']['ListPagination'];
      sort?: components['schemas']['ListSort'];
      filters?: components['schemas']['ListFilter'];
    };
    ClientListRequest: components['schemas']['ListRequest'] & {
      pagination?: components['schemas']['ListPagination'] & {
        /** @enum {integer} */
        limit?: 5 | 25 | 50 | 100;
      };
    };
    ReportListRequest: components['schemas']['ListRequest'] & {
      pagination?: components['schemas']['ListPagination'] & {
        /** @enum {integer} */
        limit?: 5 | 10 | 25 | 50 | 100 | 1000;
      };
    };
    TenantAssetListRequest: components['schemas']['ListRequest'] & {
      pagination?: components['schemas']['ListPagination'] & {
        /** @enum {integer} */
        limit?: 5 | 10 | 25 | 50 | 100 | 1000;
      };
    };
    ClientAssetListRequest: components['schemas']['ListRequest'] & {
      pagination?: components['schemas']['ListPagination'] & {
        /** @enum {integer} */
        limit?: 5 | 10 | 25 | 50 | 100;
      };
    };
    ReportFindingListRequest: components['schemas']['ListRequest'] & {
      pagination?: components['schemas']['ListPagination'] & {
        /** @enum {integer} */
        limit?: 1 | 10 | 50 | 100 | 99999;
      };
    };
    /** @description The allowed `limit` values of this endpoint are unknown; any positive integer is accepted here. */
    ClientFindingListRequest: components['schemas']['ListRequest'];
    ClientListResponse: {
      /** @example success */
      status: string;
      data: components['schemas']['Client'][];
      meta: components['schemas']['PageMeta'];
    } & {
      [key: string]: unknown;
    };
    ReportListResponse: {
      /** @example success */
      status: string;
      data: components['schemas']['Report'][];
      meta: components['schemas']['PageMeta'];
    } & {
      [key: string]: unknown;
    };
    FindingListResponse: {
      /** @example success */
      status: string;
      data: components['schemas']['Finding'][];
      meta: components['schemas']['FindingPageMeta'];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description The items key of this endpoint is undocumented: probably `data` like the other v2
     *     lists, possibly `assets` like the tenant-wide list. Both are declared, neither required.
     */
    ClientAssetListResponse: {
      /** @example success */
      status: string;
      data?: components['schemas']['Asset'][];
      assets?: components['schemas']['Asset'][];
      meta: components['schemas']['PageMeta'];
    } & {
      [key: string]: unknown;
    };
    TenantAssetListResponse: {
      /** @example success */
      status: string;
      assets: components['schemas']['Asset'][];
      meta: components['schemas']['PageMeta'];
    } & {
      [key: string]: unknown;
    };
    StatusOnly: {
      /** @example success */
      status: string;
    } & {
      [key: string]: unknown;
    };
    StatusMessage: {
      /** @example success */
      status: string;
      message?: string;
    } & {
      [key: string]: unknown;
    };
    MessageOnly: {
      /** @example success */
      message: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Response shape undocumented and unverified; open object. */
    UnverifiedResult: {
      [key: string]: unknown;
    };
    /** Format: binary */
    BinaryFile: Blob;
    /** @description A tenant user (raw document; more keys may appear). */
    TenantUser: {
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
      roles?: string[];
      disabled?: boolean;
      authentication_provider?: string;
      tenant_id?: number;
      lastLogin?: number | string | null;
      createdAt?: number | string | null;
      mfa?: {
        enabled?: boolean;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /**
     * @description v1 user-list item. Unlike the other v1 rows, its `data` is the user object, not a
     *     positional array.
     */
    TenantUserRow: {
      id: string;
      doc_id: number[];
      data: components['schemas']['TenantUser'];
    } & {
      [key: string]: unknown;
    };
    /** @description v2 users page. Only `data` is known; other envelope keys are unverified. */
    TenantUserPage: {
      status?: string;
      data: components['schemas']['TenantUser'][];
      meta?: {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    CustomField: {
      label?: string;
      value?: unknown;
    } & {
      [key: string]: unknown;
    };
    ClientUserAccess: {
      role?: string;
      classificationId?: string | null;
    } & {
      [key: string]: unknown;
    };
    /** @description A client document (raw database document; additional properties expected). */
    Client: {
      client_id: number;
      cuid?: string;
      tenant_id?: number;
      name: string;
      poc?: string | null;
      poc_email?: string | null;
      description?: string | null;
      tags?: string[];
      custom_field?: components['schemas']['CustomField'][];
      logo?: unknown;
      /** @example client */
      doc_type?: string;
      licenseKeys?: unknown[];
      /** @description Map of user email to access settings. */
      users?: {
        [key: string]: components['schemas']['ClientUserAccess'];
      };
    } & {
      [key: string]: unknown;
    };
    ClientCreate: {
      name: string;
      poc?: string;
      poc_email?: string;
      description?: string;
      tags?: string[];
      custom_field?: components['schemas']['CustomField'][];
    } & {
      [key: string]: unknown;
    };
    /** @description Partial client; merged into the stored document. */
    ClientUpdate: {
      name?: string;
      poc?: string;
      poc_email?: string;
      description?: string;
      tags?: string[];
      custom_field?: components['schemas']['CustomField'][];
    } & {
      [key: string]: unknown;
    };
    ClientCreateResponse: {
      /** @example success */
      status: string;
      client_id: number;
      assign_message?: {
        status?: string;
        users_assigned?: string[];
        users_rejected?: string[];
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    /** @description v1 client-list item: `data` is `[client_id, name, <unknown, usually null>]`. */
    ClientRow: {
      /** @example client_4155 */
      id: string;
      doc_id: number[];
      data: [number, string, unknown];
    } & {
      [key: string]: unknown;
    };
    ExecSummary: {
      custom_fields?: ({
        id?: string;
        label?: string;
        text?: string;
      } & {
        [key: string]: unknown;
      })[];
    } & {
      [key: string]: unknown;
    };
    /** @description A report document (raw database document; additional properties expected). */
    Report: {
      id?: number | string;
      doc_id?: string | (number | string)[];
      cuid?: string;
      client_id?: number;
      name: string;
      /**
       * @example Draft
       * @example Published
       */
      status?: string;
      created_at?: number | string;
      template?: string | null;
      fields_template?: string | null;
      template_name?: string | null;
      fields_template_name?: string | null;
      start_date?: string | null;
      end_date?: string | null;
      tags?: string[];
      operators?: string[];
      reviewers?: string[];
      exec_summary?: components['schemas']['ExecSummary'];
      custom_field?: components['schemas']['CustomField'][];
      /** @description The number of findings in the v2 list; its shape in the full document is unverified. */
      findings?: number | unknown[];
      reportType?: string;
      includeEvidence?: boolean;
      isTrackChanges?: boolean;
    } & {
      [key: string]: unknown;
    };
    ReportCreate: {
      name: string;
      status?: string;
      template?: string;
      fields_template?: string;
      start_date?: string;
      end_date?: string;
      tags?: string[];
      operators?: string[];
      reviewers?: string[];
      exec_summary?: components['schemas']['ExecSummary'];
      custom_field?: components['schemas']['CustomField'][];
    } & {
      [key: string]: unknown;
    };
    /** @description Partial report; merged into the stored document. */
    ReportUpdate: {
      name?: string;
      status?: string;
      template?: string;
      fields_template?: string;
      start_date?: string;
      end_date?: string;
      tags?: string[];
      operators?: string[];
      reviewers?: string[];
      exec_summary?: components['schemas']['ExecSummary'];
      custom_field?: components['schemas']['CustomField'][];
    } & {
      [key: string]: unknown;
    };
    ReportCreateResponse: {
      /** @example success */
      message: string;
      report_id: number | string;
      /** @example report_500006_client_4155 */
      doc_id: string;
      cuid?: string;
    } & {
      [key: string]: unknown;
    };
    ReportUpdateResponse: {
      /** @example success */
      status: string;
      message?: string;
      data?: components['schemas']['Report'];
    } & {
      [key: string]: unknown;
    };
    ReportDeleteResponse: {
      /** @example success */
      status: string;
      data?: boolean;
    } & {
      [key: string]: unknown;
    };
    /**
     * @description v1 report-list item with a 13-item positional `data`: 0 id, 1 name, 2 legacy null
     *     placeholder, 3 status, 4 findings count, 5 operators, 6 reviewers, 7 createdAt (epoch
     *     ms), 8 start date (ISO), 9 end date (ISO), 10 tags, 11 report template name,
     *     12 findings layout name.
     */
    ReportRow: {
      id: number | string;
      doc_id: (number | string)[];
      data: [
        number | string,
        string,
        unknown,
        string | null,
        number | null,
        string[] | null,
        string[] | null,
        number | string | null,
        string | null,
        string | null,
        string[] | null,
        string | null,
        string | null,
      ];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description A finding ("flaw") document. The single GET and the v2 list return slightly different
     *     shapes; additional properties are expected.
     */
    Finding: {
      flaw_id?: number | string;
      doc_id?: string | (number | string)[];
      client_id?: number;
      report_id?: number | string;
      title: string;
      /**
       * @example Critical
       * @example High
       * @example Medium
       * @example Low
       * @example Informational
       */
      severity?: string;
      /**
       * @example Open
       * @example In Process
       * @example Closed
       */
      status?: string;
      sub_status?: string | null;
      /**
       * @example published
       * @example draft
       */
      visibility?: string;
      description?: string;
      recommendations?: string;
      references?: string;
      tags?: string[];
      /** @description Custom fields keyed by field key. */
      fields?: {
        [key: string]: unknown;
      };
      /** @description Affected assets keyed by asset id. */
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
    } & {
      [key: string]: unknown;
    };
    FindingCreate: {
      title: string;
      /**
       * @example Critical
       * @example High
       * @example Medium
       * @example Low
       * @example Informational
       */
      severity?: string;
      /**
       * @example Open
       * @example In Process
       * @example Closed
       */
      status?: string;
      description?: string;
      recommendations?: string;
      references?: string;
      /** @description Finding tags (not registered as tenant tags; see `createTag`). */
      tags?: string[];
      fields?: {
        [key: string]: unknown;
      };
      /** @description Affected assets keyed by asset id. */
      affected_assets?: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
    } & {
      [key: string]: unknown;
    };
    FindingCreateResponse: {
      /** @example success */
      message: string;
      flaw_id: number | string;
    } & {
      [key: string]: unknown;
    };
    /** @description Undocumented body; `findingIds` is what one third-party client sends (unverified). */
    FindingBulkDelete: {
      findingIds?: (number | string)[];
    } & {
      [key: string]: unknown;
    };
    /**
     * @description v1 finding-list item with a positional `data`: 0 id, 1 severity, 2 title, 3 status,
     *     4/6/8 epoch-ms timestamps, 10 visibility. Sources disagree on some timestamp
     *     positions and the total count is uncertain, so later items are permissive.
     */
    FindingRow: {
      id: number | string;
      doc_id: (number | string)[];
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
    } & {
      [key: string]: unknown;
    };
    /** @description An asset document (additional properties expected). Only `asset` (the name) is required. */
    Asset: {
      id?: string;
      client_id?: number;
      /** @description The asset name. */
      asset: string;
      /**
       * @example Server
       * @example Workstation
       * @example Network Device
       * @example Application
       */
      type?: string;
      /**
       * @example High
       * @example Medium
       * @example Low
       */
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
      knownIps?: string[];
      operating_system?: string[];
      /** @description Ports keyed by port number. */
      ports?: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      tags?: string[];
    } & {
      [key: string]: unknown;
    };
    AssetCreate: {
      /** @description The asset name. */
      asset: string;
      type?: string;
      assetCriticality?: string;
      system_owner?: string;
      data_owner?: string;
      hostname?: string;
      host_fqdn?: string;
      description?: string;
      knownIps?: string[];
      operating_system?: string[];
      ports?: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
      tags?: string[];
    } & {
      [key: string]: unknown;
    };
    AssetWriteResponse: {
      /** @example success */
      message: string;
      /** @description The new asset id (on create). */
      id?: string;
    } & {
      [key: string]: unknown;
    };
    /** @description Undocumented shape; an array of assets or a map keyed by asset id. */
    AssetCollection:
      | components['schemas']['Asset'][]
      | {
          [key: string]: components['schemas']['Asset'];
        };
    Tag: {
      /** @example tag_tenant_0_web */
      id: string;
      name: string;
    } & {
      [key: string]: unknown;
    };
    TagCreate: {
      name: string;
      /** @example tenant */
      scope?: string;
      /** @description The tenant id. */
      ownerId?: number | string;
    } & {
      [key: string]: unknown;
    };
    TagList: {
      count?: {
        totalDocs?: number;
      } & {
        [key: string]: unknown;
      };
      tags: components['schemas']['Tag'][];
    } & {
      [key: string]: unknown;
    };
    TagDeleteResponse: {
      deleted: boolean;
    } & {
      [key: string]: unknown;
    };
    ReportImportForm: {
      /**
       * Format: binary
       * @description The `.ptrac` file.
       */
      file: Blob;
    };
    FileUploadForm: {
      /**
       * Format: binary
       * @description The file to store.
       */
      file: Blob;
      description?: string;
      /** @description JSON-encoded array of components, e.g. `["report_artifacts"]`. */
      components?: string;
      /** @description JSON-encoded array of relations, e.g. `[{"model":"report","id":"500006"}]`. */
      relations?: string;
    };
    FileUploadResponse: {
      data: {
        id: string;
      } & {
        [key: string]: unknown;
      };
    } & {
      [key: string]: unknown;
    };
    ArtifactRelation: {
      /**
       * @example report
       * @example client
       */
      model: string;
      id: string;
    } & {
      [key: string]: unknown;
    };
    ArtifactQuery: {
      components?: string[];
      relations?: components['schemas']['ArtifactRelation'][];
    } & {
      [key: string]: unknown;
    };
    Artifact: {
      id: string;
      filename?: string;
      description?: string | null;
      content_type?: string;
      size?: number;
      createdAt?: string | number;
      relations?: components['schemas']['ArtifactRelation'][];
    } & {
      [key: string]: unknown;
    };
    ArtifactList: {
      data: components['schemas']['Artifact'][];
    } & {
      [key: string]: unknown;
    };
    /** @description The `.ptrac` export (JSON). Only `report_info` and `flaws_array` are known. */
    PtracExport: {
      report_info?: {
        [key: string]: unknown;
      };
      flaws_array?: {
        [key: string]: unknown;
      }[];
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /**
     * @description Missing, invalid or expired token. The real body is undocumented; the example is
     *     illustrative (Hapi-style).
     */
    Unauthorized: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "statusCode": 401,
         *       "error": "Unauthorized",
         *       "message": "Missing authentication"
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /**
     * @description Authentication failed (bad credentials, bad MFA code, ...). PlexTrac's body is
     *     purposely non-descript; the exact status code is unknown (400 or 401).
     */
    AuthFailed: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "message": "Invalid username or password"
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Malformed or rejected authentication request (status code unverified). */
    AuthBadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "statusCode": 400,
         *       "error": "Bad Request",
         *       "message": "Invalid request payload input"
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /**
     * @description More than 10 authentication requests in a minute on this instance. The status code and
     *     body are **unverified** (429 is an assumption; PlexTrac only says "an error").
     */
    RateLimited: {
      headers: {
        'Retry-After': components['headers']['RetryAfter'];
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "statusCode": 429,
         *       "error": "Too Many Requests",
         *       "message": "Rate limit exceeded"
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The role lacks the permission (RBAC). Observed body "Unauthorized!". */
    Forbidden: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "status": "error",
         *       "message": "Unauthorized!"
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description The request was rejected (for example a file that is not a valid `.ptrac`); body shape unverified. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "statusCode": 400,
         *       "error": "Bad Request",
         *       "message": "Invalid file"
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
    /** @description Unknown route or missing resource (vague body). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        /**
         * @example {
         *       "statusCode": 404,
         *       "error": "Not Found",
         *       "message": "Not Found"
         *     }
         */
        'application/json': components['schemas']['Error'];
      };
    };
  };
  parameters: {
    /**
     * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
     *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
     * @example 0
     */
    TenantId: number | string;
    /**
     * @description Numeric client id, e.g. `4155`.
     * @example 4155
     */
    ClientId: number;
    /**
     * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
     * @example 500006
     */
    ReportId: number;
    /**
     * @description Numeric finding (flaw) id.
     * @example 872341
     */
    FindingId: number;
    /**
     * @description Asset id as returned by `createAsset` (format unverified; treated as a string).
     * @example d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10
     */
    AssetId: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description When to retry: delta-seconds or an HTTP date, as RFC 9110 allows (unverified; PlexTrac
     *     does not document it).
     * @example 60
     */
    RetryAfter: number | string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The instance answers. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "text": "Authenticate at /authenticate"
           *     }
           */
          'application/json': components['schemas']['HealthResponse'];
        };
      };
      /** @description Not a PlexTrac instance, or the base URL has an extra path (wrong URL). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "statusCode": 404,
           *       "error": "Not Found",
           *       "message": "Not Found"
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  authenticate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "username": "jane.doe@example.com",
         *       "password": "correct-horse-battery-staple"
         *     }
         */
        'application/json': components['schemas']['AuthenticateRequest'];
      };
    };
    responses: {
      /** @description A token, or an MFA challenge for users with MFA enabled. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json':
            | components['schemas']['TokenResponse']
            | components['schemas']['MfaChallenge'];
        };
      };
      400: components['responses']['AuthBadRequest'];
      401: components['responses']['AuthFailed'];
      429: components['responses']['RateLimited'];
    };
  };
  authenticateMfa: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "code": "9f8c2e4a-1b7d-4c3e-8a5f-6d2b0e9c7a41",
         *       "token": "524889"
         *     }
         */
        'application/json': components['schemas']['MfaRequest'];
      };
    };
    responses: {
      /** @description The MFA code was accepted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "tenant_id": 0,
           *       "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VybmFtZSI6ImphbmUuZG9lQGV4YW1wbGUuY29tIiwidGVuYW50SWQiOjAsImlhdCI6MTc2NDc4OTYwMCwiZXhwIjoxNzY0NzkwNTAwfQ.PpqDtKLiaajmxoHq549VyHRo-d8L4grGLBLp0g3QWJk",
           *       "cookie": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZW5hbnRDdWlkIjoiY2wwdGVuYW50MDAwMGV4YW1wbGUwMDAxIiwidXNlcm5hbWUiOiJqYW5lLmRvZUBleGFtcGxlLmNvbSIsImlhdCI6MTc2NDc4OTYwMCwiZXhwIjoxNzY0NzkwNTAwfQ.DaCVrmhJm_bPOyPtGSTBCnPgNPz6R0gmH0DJuvZuXQ0"
           *     }
           */
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      400: components['responses']['AuthBadRequest'];
      401: components['responses']['AuthFailed'];
      429: components['responses']['RateLimited'];
    };
  };
  refreshToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new token. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "tenant_id": 0,
           *       "token": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c2VybmFtZSI6ImphbmUuZG9lQGV4YW1wbGUuY29tIiwidGVuYW50SWQiOjAsImlhdCI6MTc2NDc5MDQ0MCwiZXhwIjoxNzY0NzkxMzQwfQ.plo1q67QVZj6xYAZwfRmjRCYshwClBG2C310pGOJGM0",
           *       "cookie": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ0ZW5hbnRDdWlkIjoiY2wwdGVuYW50MDAwMGV4YW1wbGUwMDAxIiwidXNlcm5hbWUiOiJqYW5lLmRvZUBleGFtcGxlLmNvbSIsImlhdCI6MTc2NDc4OTYwMCwiZXhwIjoxNzY0NzkwNTAwfQ.DaCVrmhJm_bPOyPtGSTBCnPgNPz6R0gmH0DJuvZuXQ0"
           *     }
           */
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      400: components['responses']['AuthBadRequest'];
      401: components['responses']['Unauthorized'];
      429: components['responses']['RateLimited'];
    };
  };
  getWhoami: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current user (shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "name": "Jane Doe",
           *       "email": "jane.doe@example.com",
           *       "isAdmin": true,
           *       "role": "ADMIN",
           *       "tenant_id": 0,
           *       "user_id": 1001
           *     }
           */
          'application/json': components['schemas']['Whoami'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  getWhoamiV2: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current user (shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": {
           *         "cuid": "cl0user00000example0001",
           *         "email": "jane.doe@example.com",
           *         "tenantId": 0
           *       }
           *     }
           */
          'application/json': components['schemas']['Whoami'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  getTenant: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tenant document (shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "tenant_id": 0,
           *       "cuid": "cl0tenant0000example0001",
           *       "name": "Company Security",
           *       "poc": "Jane Doe",
           *       "poc_email": "jane.doe@example.com"
           *     }
           */
          'application/json': components['schemas']['Tenant'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listTenantUsers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every user, as `{id, doc_id, data}` items where `data` is the user object. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "cl0user00000example0001",
           *         "doc_id": [
           *           1001
           *         ],
           *         "data": {
           *           "user_id": 1001,
           *           "cuid": "cl0user00000example0001",
           *           "email": "jane.doe@example.com",
           *           "name": {
           *             "first": "Jane",
           *             "last": "Doe"
           *           },
           *           "first": "Jane",
           *           "last": "Doe",
           *           "fullName": "Jane Doe",
           *           "roles": [
           *             "ADMIN"
           *           ],
           *           "disabled": false,
           *           "authentication_provider": "plextrac",
           *           "tenant_id": 0,
           *           "lastLogin": 1764789600000,
           *           "createdAt": 1719792000000
           *         }
           *       }
           *     ]
           */
          'application/json': components['schemas']['TenantUserRow'][];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  listTenantUsersPaged: {
    parameters: {
      query?: {
        /** @description Number of records to skip. */
        offset?: number;
        /** @description Page size. Allowed values are undocumented. */
        limit?: number;
        /** @description Sort field; Postman lists `firstName`, `lastName`, `email`. */
        sortBy?: string;
        /** @description Sort order. Postman shows `ASCEND`/`DESCEND` (its example is spelt `DESEND`); unverified, so any string is accepted. */
        order?: string;
        /** @description Free-text filter (semantics unverified). */
        filter?: string;
      };
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of users. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "email": "jane.doe@example.com",
           *           "fullName": "Jane Doe",
           *           "mfa": {
           *             "enabled": true
           *           }
           *         },
           *         {
           *           "email": "sam.lee@example.com",
           *           "fullName": "Sam Lee",
           *           "mfa": {
           *             "enabled": false
           *           }
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TenantUserPage'];
        };
      };
      401: components['responses']['Unauthorized'];
      403: components['responses']['Forbidden'];
    };
  };
  listClients: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An array of client rows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "client_4155",
           *         "doc_id": [
           *           4155
           *         ],
           *         "data": [
           *           4155,
           *           "Acme Corp",
           *           null
           *         ]
           *       },
           *       {
           *         "id": "client_4156",
           *         "doc_id": [
           *           4156
           *         ],
           *         "data": [
           *           4156,
           *           "Globex Inc",
           *           null
           *         ]
           *       }
           *     ]
           */
          'application/json': components['schemas']['ClientRow'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listClientsPaged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 25
         *       },
         *       "sort": [
         *         {
         *           "by": "name",
         *           "order": "ASC"
         *         }
         *       ],
         *       "filters": [
         *         {
         *           "by": "tags",
         *           "value": [
         *             "web"
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ClientListRequest'];
      };
    };
    responses: {
      /** @description A page of clients. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "client_id": 4155,
           *           "cuid": "cl0client000example4155",
           *           "tenant_id": 0,
           *           "name": "Acme Corp",
           *           "poc": "John Smith",
           *           "poc_email": "john.smith@acme.example",
           *           "custom_field": [
           *             {
           *               "label": "Region",
           *               "value": "EMEA"
           *             }
           *           ],
           *           "tags": [
           *             "web"
           *           ],
           *           "logo": null,
           *           "description": "Annual external penetration test.",
           *           "doc_type": "client",
           *           "users": {
           *             "jane.doe@example.com": {
           *               "role": "ADMIN",
           *               "classificationId": null
           *             }
           *           }
           *         }
           *       ],
           *       "meta": {
           *         "pagination": {
           *           "offset": 0,
           *           "limit": 25,
           *           "total": 1
           *         },
           *         "sort": [
           *           {
           *             "by": "name",
           *             "order": "ASC"
           *           }
           *         ],
           *         "filters": [
           *           {
           *             "by": "tags",
           *             "value": [
           *               "web"
           *             ]
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['ClientListResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  createClient: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "Acme Corp",
         *       "poc": "John Smith",
         *       "poc_email": "john.smith@acme.example",
         *       "description": "Annual external penetration test.",
         *       "tags": [
         *         "web"
         *       ]
         *     }
         */
        'application/json': components['schemas']['ClientCreate'];
      };
    };
    responses: {
      /** @description The client was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "client_id": 4155,
           *       "assign_message": {
           *         "status": "complete",
           *         "users_assigned": [
           *           "jane.doe@example.com"
           *         ],
           *         "users_rejected": []
           *       }
           *     }
           */
          'application/json': components['schemas']['ClientCreateResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  getClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The client. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "client_id": 4155,
           *       "cuid": "cl0client000example4155",
           *       "doc_type": "client",
           *       "tenant_id": 0,
           *       "licenseKeys": [],
           *       "logo": null,
           *       "users": {
           *         "jane.doe@example.com": {
           *           "role": "ADMIN",
           *           "classificationId": null
           *         }
           *       },
           *       "name": "Acme Corp",
           *       "tags": [
           *         "web"
           *       ],
           *       "description": "Annual external penetration test.",
           *       "poc": "John Smith",
           *       "poc_email": "john.smith@acme.example",
           *       "custom_field": [
           *         {
           *           "label": "Region",
           *           "value": "EMEA"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Client'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "description": "Annual external and internal penetration test.",
         *       "tags": [
         *         "web",
         *         "internal"
         *       ]
         *     }
         */
        'application/json': components['schemas']['ClientUpdate'];
      };
    };
    responses: {
      /** @description The client was updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "message": "Client updated successfully."
           *     }
           */
          'application/json': components['schemas']['StatusMessage'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteClient: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The client was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "message": "client deleted successfully"
           *     }
           */
          'application/json': components['schemas']['StatusMessage'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listClientReports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An array of report rows with a 13-item positional `data`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": 500006,
           *         "doc_id": [
           *           500006
           *         ],
           *         "data": [
           *           500006,
           *           "2025 External Penetration Test",
           *           null,
           *           "Draft",
           *           12,
           *           [
           *             "jane.doe@example.com"
           *           ],
           *           [
           *             "sam.lee@example.com"
           *           ],
           *           1764789600000,
           *           "2025-11-03T00:00:00.000Z",
           *           "2025-11-14T00:00:00.000Z",
           *           [
           *             "external"
           *           ],
           *           "Default Report Template",
           *           "Default Findings Layout"
           *         ]
           *       }
           *     ]
           */
          'application/json': components['schemas']['ReportRow'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listReportsPaged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 10
         *       },
         *       "sort": [
         *         {
         *           "by": "name",
         *           "order": "ASC"
         *         }
         *       ],
         *       "filters": [
         *         {
         *           "by": "clients",
         *           "value": [
         *             "4155"
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ReportListRequest'];
      };
    };
    responses: {
      /** @description A page of reports. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": 500006,
           *           "cuid": "cl0report00example500006",
           *           "client_id": 4155,
           *           "name": "2025 External Penetration Test",
           *           "status": "Draft",
           *           "created_at": 1764789600000,
           *           "template": "template_default",
           *           "fields_template": "fields_default",
           *           "tags": [
           *             "external"
           *           ],
           *           "reviewers": [
           *             "sam.lee@example.com"
           *           ],
           *           "operators": [
           *             "jane.doe@example.com"
           *           ],
           *           "start_date": "2025-11-03T00:00:00.000Z",
           *           "end_date": "2025-11-14T00:00:00.000Z",
           *           "exec_summary": {
           *             "custom_fields": []
           *           },
           *           "custom_field": [],
           *           "findings": 12,
           *           "template_name": "Default Report Template",
           *           "fields_template_name": "Default Findings Layout",
           *           "reportType": "default",
           *           "includeEvidence": false,
           *           "isTrackChanges": false
           *         }
           *       ],
           *       "meta": {
           *         "pagination": {
           *           "offset": 0,
           *           "limit": 10,
           *           "total": 1
           *         },
           *         "sort": [
           *           {
           *             "by": "name",
           *             "order": "ASC"
           *           }
           *         ],
           *         "filters": [
           *           {
           *             "by": "clients",
           *             "value": [
           *               "4155"
           *             ]
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['ReportListResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  createReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "2025 External Penetration Test",
         *       "status": "Draft",
         *       "start_date": "2025-11-03T00:00:00.000Z",
         *       "end_date": "2025-11-14T00:00:00.000Z",
         *       "operators": [
         *         "jane.doe@example.com"
         *       ],
         *       "tags": [
         *         "external"
         *       ]
         *     }
         */
        'application/json': components['schemas']['ReportCreate'];
      };
    };
    responses: {
      /** @description The report was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "success",
           *       "doc_id": "report_500006_client_4155",
           *       "report_id": 500006,
           *       "cuid": "cl0report00example500006"
           *     }
           */
          'application/json': components['schemas']['ReportCreateResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": 500006,
           *       "doc_id": "report_500006_client_4155",
           *       "cuid": "cl0report00example500006",
           *       "client_id": 4155,
           *       "name": "2025 External Penetration Test",
           *       "status": "Draft",
           *       "template": "template_default",
           *       "fields_template": "fields_default",
           *       "start_date": "2025-11-03T00:00:00.000Z",
           *       "end_date": "2025-11-14T00:00:00.000Z",
           *       "operators": [
           *         "jane.doe@example.com"
           *       ],
           *       "reviewers": [
           *         "sam.lee@example.com"
           *       ],
           *       "tags": [
           *         "external"
           *       ],
           *       "exec_summary": {
           *         "custom_fields": [
           *           {
           *             "id": "summary",
           *             "label": "Executive Summary",
           *             "text": "<p>Acme's external perimeter is well maintained.</p>"
           *           }
           *         ]
           *       },
           *       "custom_field": []
           *     }
           */
          'application/json': components['schemas']['Report'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "status": "Published"
         *     }
         */
        'application/json': components['schemas']['ReportUpdate'];
      };
    };
    responses: {
      /** @description The report was updated; `data` is the updated report. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "message": "Report Updated Successfully",
           *       "data": {
           *         "id": 500006,
           *         "doc_id": "report_500006_client_4155",
           *         "client_id": 4155,
           *         "name": "2025 External Penetration Test",
           *         "status": "Published"
           *       }
           *     }
           */
          'application/json': components['schemas']['ReportUpdateResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": true
           *     }
           */
          'application/json': components['schemas']['ReportDeleteResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  exportReport: {
    parameters: {
      query?: {
        /** @description Include evidence (slow for large reports). */
        includeEvidence?: boolean;
        /** @description Export template id. */
        templateID?: string;
      };
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
        /** @description Export format. The format is a path segment; a `type`/`format` query parameter is rejected. */
        format: 'doc' | 'pdf' | 'ptrac';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The exported report (binary for doc/pdf, JSON for ptrac). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example PK-binary-docx-or-pdf-bytes */
          'application/octet-stream': components['schemas']['BinaryFile'];
          /** @example %PDF-1.7 binary-bytes */
          'application/pdf': components['schemas']['BinaryFile'];
          /** @example PK-binary-docx-bytes */
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': components['schemas']['BinaryFile'];
          /**
           * @example {
           *       "report_info": {
           *         "name": "2025 External Penetration Test",
           *         "status": "Draft"
           *       },
           *       "flaws_array": [
           *         {
           *           "flaw_id": 872341,
           *           "title": "Outdated TLS configuration",
           *           "severity": "Medium"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['PtracExport'];
        };
      };
      /**
       * @description Missing export permission (observed shape) or a rejected query parameter (Joi-style
       *     message). Body shape varies.
       */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "failed",
           *       "message": [
           *         {
           *           "type": "unknown",
           *           "message": "User is not authorized to perform this action."
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  importReport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "file": "(binary contents of 2025-external-pentest.ptrac)"
         *     }
         */
        'multipart/form-data': components['schemas']['ReportImportForm'];
      };
    };
    responses: {
      /** @description The import succeeded (no id returned). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success"
           *     }
           */
          'application/json': components['schemas']['StatusOnly'];
        };
      };
      400: components['responses']['BadRequest'];
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listReportFindings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An array of finding rows with a positional `data`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": 872341,
           *         "doc_id": [
           *           872341
           *         ],
           *         "data": [
           *           872341,
           *           "Medium",
           *           "Outdated TLS configuration",
           *           "Open",
           *           1764789600000,
           *           null,
           *           1764789600000,
           *           null,
           *           1764793200000,
           *           null,
           *           "published"
           *         ]
           *       }
           *     ]
           */
          'application/json': components['schemas']['FindingRow'][];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listReportFindingsPaged: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 10
         *       },
         *       "sort": [
         *         {
         *           "by": "severity",
         *           "order": "DESC"
         *         }
         *       ],
         *       "filters": [
         *         {
         *           "by": "status",
         *           "value": [
         *             "Open"
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ReportFindingListRequest'];
      };
    };
    responses: {
      /** @description A page of findings; `meta.flawIds` lists the matching finding ids. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "flaw_id": 872341,
           *           "title": "Outdated TLS configuration",
           *           "severity": "Medium",
           *           "status": "Open",
           *           "visibility": "published",
           *           "tags": [
           *             "tls"
           *           ]
           *         }
           *       ],
           *       "meta": {
           *         "pagination": {
           *           "offset": 0,
           *           "limit": 10,
           *           "total": 1
           *         },
           *         "sort": [
           *           {
           *             "by": "severity",
           *             "order": "DESC"
           *           }
           *         ],
           *         "filters": [
           *           {
           *             "by": "status",
           *             "value": [
           *               "Open"
           *             ]
           *           }
           *         ],
           *         "flawIds": [
           *           872341
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['FindingListResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listClientFindingsPaged: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 25
         *       },
         *       "filters": [
         *         {
         *           "by": "severity",
         *           "value": [
         *             "High",
         *             "Critical"
         *           ]
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ClientFindingListRequest'];
      };
    };
    responses: {
      /** @description A page of (truncated) findings. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "flaw_id": 872399,
           *           "title": "SQL injection in login form",
           *           "severity": "High",
           *           "status": "Open",
           *           "report_id": 500006
           *         }
           *       ],
           *       "meta": {
           *         "pagination": {
           *           "offset": 0,
           *           "limit": 25,
           *           "total": 1
           *         },
           *         "sort": [],
           *         "filters": [
           *           {
           *             "by": "severity",
           *             "value": [
           *               "High",
           *               "Critical"
           *             ]
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['FindingListResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  createFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "title": "Outdated TLS configuration",
         *       "severity": "Medium",
         *       "status": "Open",
         *       "description": "<p>The server accepts TLS 1.0 and 1.1.</p>",
         *       "recommendations": "<p>Disable TLS versions below 1.2.</p>",
         *       "references": "https://ssl-config.mozilla.org/",
         *       "tags": [
         *         "tls"
         *       ]
         *     }
         */
        'application/json': components['schemas']['FindingCreate'];
      };
    };
    responses: {
      /** @description The finding was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "success",
           *       "flaw_id": 872341
           *     }
           */
          'application/json': components['schemas']['FindingCreateResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
        /**
         * @description Numeric finding (flaw) id.
         * @example 872341
         */
        findingId: components['parameters']['FindingId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The finding document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "flaw_id": 872341,
           *       "doc_id": "flaw_872341_report_500006_client_4155",
           *       "client_id": 4155,
           *       "report_id": 500006,
           *       "title": "Outdated TLS configuration",
           *       "severity": "Medium",
           *       "status": "Open",
           *       "sub_status": null,
           *       "visibility": "published",
           *       "description": "<p>The server accepts TLS 1.0 and 1.1.</p>",
           *       "recommendations": "<p>Disable TLS versions below 1.2.</p>",
           *       "references": "https://ssl-config.mozilla.org/",
           *       "tags": [
           *         "tls"
           *       ],
           *       "fields": {
           *         "scores": {
           *           "label": "Scores",
           *           "value": ""
           *         }
           *       },
           *       "affected_assets": {
           *         "d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10": {
           *           "asset": "www.acme.example",
           *           "status": "Open"
           *         }
           *       },
           *       "createdAt": 1764789600000,
           *       "last_update": 1764793200000
           *     }
           */
          'application/json': components['schemas']['Finding'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
        /**
         * @description Numeric finding (flaw) id.
         * @example 872341
         */
        findingId: components['parameters']['FindingId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "flaw_id": 872341,
         *       "title": "Outdated TLS configuration",
         *       "severity": "Low",
         *       "status": "Closed",
         *       "description": "<p>The server accepts TLS 1.0 and 1.1.</p>",
         *       "recommendations": "<p>Disable TLS versions below 1.2.</p>",
         *       "tags": [
         *         "tls"
         *       ]
         *     }
         */
        'application/json': components['schemas']['Finding'];
      };
    };
    responses: {
      /** @description The finding was replaced. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "success"
           *     }
           */
          'application/json': components['schemas']['MessageOnly'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteFinding: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
        /**
         * @description Numeric finding (flaw) id.
         * @example 872341
         */
        findingId: components['parameters']['FindingId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The finding was deleted (body shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success"
           *     }
           */
          'application/json': components['schemas']['UnverifiedResult'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteFindings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Numeric report id, e.g. `500006` (the report's `doc_id` is `report_500006_client_4155`).
         * @example 500006
         */
        reportId: components['parameters']['ReportId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "findingIds": [
         *         872341,
         *         872399
         *       ]
         *     }
         */
        'application/json': components['schemas']['FindingBulkDelete'];
      };
    };
    responses: {
      /** @description The findings were deleted (body shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success"
           *     }
           */
          'application/json': components['schemas']['UnverifiedResult'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listClientAssets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The client's assets (shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10",
           *         "client_id": 4155,
           *         "asset": "www.acme.example",
           *         "type": "Server",
           *         "assetCriticality": "High",
           *         "knownIps": [
           *           "203.0.113.10"
           *         ],
           *         "tags": [
           *           "web"
           *         ]
           *       }
           *     ]
           */
          'application/json': components['schemas']['AssetCollection'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listClientAssetsPaged: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 25
         *       },
         *       "sort": [
         *         {
         *           "by": "asset",
         *           "order": "ASC"
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ClientAssetListRequest'];
      };
    };
    responses: {
      /** @description A page of assets. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "data": [
           *         {
           *           "id": "d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10",
           *           "client_id": 4155,
           *           "asset": "www.acme.example",
           *           "type": "Server",
           *           "tags": [
           *             "web"
           *           ]
           *         }
           *       ],
           *       "meta": {
           *         "pagination": {
           *           "offset": 0,
           *           "limit": 25,
           *           "total": 1
           *         },
           *         "sort": [
           *           {
           *             "by": "asset",
           *             "order": "ASC"
           *           }
           *         ],
           *         "filters": []
           *       }
           *     }
           */
          'application/json': components['schemas']['ClientAssetListResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listTenantAssetsPaged: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "pagination": {
         *         "offset": 0,
         *         "limit": 100
         *       },
         *       "filters": [
         *         {
         *           "by": "assetCriticality",
         *           "value": "High"
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['TenantAssetListRequest'];
      };
    };
    responses: {
      /** @description A page of assets (under `assets`). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success",
           *       "assets": [
           *         {
           *           "id": "d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10",
           *           "client_id": 4155,
           *           "asset": "www.acme.example",
           *           "assetCriticality": "High"
           *         }
           *       ],
           *       "meta": {
           *         "pagination": {
           *           "offset": 0,
           *           "limit": 100,
           *           "total": 1
           *         },
           *         "sort": [],
           *         "filters": [
           *           {
           *             "by": "assetCriticality",
           *             "value": "High"
           *           }
           *         ]
           *       }
           *     }
           */
          'application/json': components['schemas']['TenantAssetListResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  createAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "asset": "www.acme.example",
         *       "type": "Server",
         *       "assetCriticality": "High",
         *       "knownIps": [
         *         "203.0.113.10"
         *       ],
         *       "tags": [
         *         "web"
         *       ]
         *     }
         */
        'application/json': components['schemas']['AssetCreate'];
      };
    };
    responses: {
      /** @description The asset was created. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "success",
           *       "id": "d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10"
           *     }
           */
          'application/json': components['schemas']['AssetWriteResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  getAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Asset id as returned by `createAsset` (format unverified; treated as a string).
         * @example d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10
         */
        assetId: components['parameters']['AssetId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The asset document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10",
           *       "client_id": 4155,
           *       "asset": "www.acme.example",
           *       "type": "Server",
           *       "assetCriticality": "High",
           *       "hostname": "www",
           *       "host_fqdn": "www.acme.example",
           *       "knownIps": [
           *         "203.0.113.10"
           *       ],
           *       "operating_system": [
           *         "Ubuntu 22.04"
           *       ],
           *       "ports": {
           *         "443": {
           *           "number": "443",
           *           "service": "https",
           *           "protocol": "tcp",
           *           "version": "nginx 1.24"
           *         }
           *       },
           *       "tags": [
           *         "web"
           *       ],
           *       "description": "Public web server."
           *     }
           */
          'application/json': components['schemas']['Asset'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  updateAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Asset id as returned by `createAsset` (format unverified; treated as a string).
         * @example d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10
         */
        assetId: components['parameters']['AssetId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "id": "d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10",
         *       "asset": "www.acme.example",
         *       "type": "Server",
         *       "assetCriticality": "Medium",
         *       "tags": [
         *         "web"
         *       ]
         *     }
         */
        'application/json': components['schemas']['Asset'];
      };
    };
    responses: {
      /** @description The asset was updated. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "message": "success"
           *     }
           */
          'application/json': components['schemas']['AssetWriteResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  deleteAsset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Numeric client id, e.g. `4155`.
         * @example 4155
         */
        clientId: components['parameters']['ClientId'];
        /**
         * @description Asset id as returned by `createAsset` (format unverified; treated as a string).
         * @example d8f3a6a0-4c2e-4b8e-9f6b-2a1c5e7d9b10
         */
        assetId: components['parameters']['AssetId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The asset was deleted (body shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success"
           *     }
           */
          'application/json': components['schemas']['UnverifiedResult'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  listTags: {
    parameters: {
      query?: {
        /** @description Page size (allowed values undocumented). */
        limit?: number;
        /** @description Number of tags to skip. */
        offset?: number;
      };
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tenant tags. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": {
           *         "totalDocs": 2
           *       },
           *       "tags": [
           *         {
           *           "id": "tag_tenant_0_web",
           *           "name": "web"
           *         },
           *         {
           *           "id": "tag_tenant_0_external",
           *           "name": "external"
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['TagList'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  createTag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "name": "web",
         *       "scope": "tenant",
         *       "ownerId": 0
         *     }
         */
        'application/json': components['schemas']['TagCreate'];
      };
    };
    responses: {
      /** @description The tag was created (empty array). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /** @example [] */
          'application/json': unknown[];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
      /** @description The tag already exists (body shape unverified). */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "error",
           *       "message": "Tag already exists"
           *     }
           */
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  deleteTag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Tenant identifier. Often `0` on single-tenant instances. Whether v2 routes want the
         *     numeric id or the tenant cuid (from the JWT) is unverified, so both are accepted.
         * @example 0
         */
        tenantId: components['parameters']['TenantId'];
        /**
         * @description Tag id, e.g. `tag_tenant_0_web` (`tag_tenant_<tenantId>_<name>`).
         * @example tag_tenant_0_web
         */
        tagId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tag was deleted. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "deleted": true
           *     }
           */
          'application/json': components['schemas']['TagDeleteResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
  uploadFile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "file": "(binary contents of nmap-scan.xml)",
         *       "description": "Raw nmap output",
         *       "components": "[\"report_artifacts\"]",
         *       "relations": "[{\"model\":\"report\",\"id\":\"500006\"},{\"model\":\"client\",\"id\":\"4155\"}]"
         *     }
         */
        'multipart/form-data': components['schemas']['FileUploadForm'];
      };
    };
    responses: {
      /** @description The file was stored. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": {
           *         "id": "art_9c1e5b7f2d"
           *       }
           *     }
           */
          'application/json': components['schemas']['FileUploadResponse'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  listArtifacts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "components": [
         *         "report_artifacts"
         *       ],
         *       "relations": [
         *         {
         *           "model": "report",
         *           "id": "500006"
         *         }
         *       ]
         *     }
         */
        'application/json': components['schemas']['ArtifactQuery'];
      };
    };
    responses: {
      /** @description Matching artifacts. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "data": [
           *         {
           *           "id": "art_9c1e5b7f2d",
           *           "filename": "nmap-scan.xml",
           *           "description": "Raw nmap output",
           *           "content_type": "application/xml",
           *           "size": 48213,
           *           "createdAt": "2025-11-04T10:12:00.000Z",
           *           "relations": [
           *             {
           *               "model": "report",
           *               "id": "500006"
           *             }
           *           ]
           *         }
           *       ]
           *     }
           */
          'application/json': components['schemas']['ArtifactList'];
        };
      };
      401: components['responses']['Unauthorized'];
    };
  };
  deleteArtifact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Artifact id from `uploadFile` or `listArtifacts`.
         * @example art_9c1e5b7f2d
         */
        artifactId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The artifact was deleted (body shape unverified). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "status": "success"
           *     }
           */
          'application/json': components['schemas']['UnverifiedResult'];
        };
      };
      401: components['responses']['Unauthorized'];
      404: components['responses']['NotFound'];
    };
  };
}
