import { defaultBodySerializer } from 'openapi-fetch';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * The client's default body serializer. A plain object holding a `Blob`/`File` (a multipart
 * upload such as `uploadFile` or `importReport`) becomes `FormData`, so the runtime sets
 * `multipart/form-data` with its boundary; object/array fields are sent as JSON strings. Every
 * other body goes to openapi-fetch's default (JSON, sent with `Content-Type: application/json`).
 */
export function serializeBody(body: unknown, headers?: Headers): unknown {
  if (isPlainObject(body) && Object.values(body).some((value) => value instanceof Blob)) {
    const form = new FormData();
    for (const [name, value] of Object.entries(body)) {
      if (value === undefined || value === null) continue;
      if (value instanceof Blob) form.append(name, value);
      else if (typeof value === 'object') form.append(name, JSON.stringify(value));
      else form.append(name, String(value));
    }
    return form;
  }
  return (defaultBodySerializer as (body: unknown, headers?: Headers) => unknown)(body, headers);
}
