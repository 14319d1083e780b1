export interface CallOptions {
  json?: unknown;
  form?: FormData;
  body?: string;
  /** Token for `Authorization`; `null` sends none. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  bytes: Uint8Array;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON bodies
  json: any;
}

/** A tiny fetch wrapper for tests: every request has a timeout, JSON is parsed when present. */
export function createTestClient(baseUrl: string, defaultToken?: () => string | undefined) {
  return async function call(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<CallResult> {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? defaultToken?.() : options.token;
    if (token) headers.authorization = token;
    let body: string | FormData | undefined = options.body;
    if (options.json !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form;
    }
    const response = await fetch(baseUrl + path, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(10_000),
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, bytes, json };
  };
}

export const ANALYST = { username: 'analyst@example.com', password: 'sandbox-analyst-password' };
export const MFA_USER = { username: 'mfa@example.com', password: 'sandbox-mfa-password' };
