import { expect } from 'vitest';
import type { SpecOperation } from './spec-operations.js';
import type { WireRequest } from './wire-log.js';

/** True when `request` was sent to `operation` (method and path template). */
export function isRequestFor(operation: SpecOperation, request: WireRequest): boolean {
  const pattern = operation.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{[^}]+\}/g, '[^/]+');
  return (
    request.method === operation.method.toUpperCase() &&
    new RegExp(`^${pattern}$`).test(request.path)
  );
}

/**
 * Checks what went on the wire against the spec: the media type, the token on secured
 * operations, and that the "required" variant sent only the required query parameters and
 * body fields while the "all" variant sent every one the spec declares.
 */
export function expectWireRequest(
  operation: SpecOperation,
  request: WireRequest,
  variant: 'required' | 'all',
): void {
  const [mediaType] = operation.requestContentTypes;
  if (mediaType === 'application/json') {
    expect(request.contentType).toMatch(/^application\/json/);
  } else if (mediaType === 'multipart/form-data') {
    expect(request.contentType).toMatch(/^multipart\/form-data; boundary=/);
  } else {
    expect(request.contentType).toBeNull();
    expect(request.body).toBe('');
  }
  if (operation.secured) expect(request.headers.authorization).toMatch(/^Bearer \S+$/);

  const sentQuery = [...new URL(request.url).searchParams.keys()].sort();
  const expectedQuery = operation.query
    .filter((parameter) => variant === 'all' || parameter.required)
    .map((parameter) => parameter.name)
    .sort();
  expect(sentQuery).toEqual(expectedQuery);

  if (operation.jsonBody && mediaType === 'application/json') {
    const sentFields = Object.keys(JSON.parse(request.body) as object).sort();
    const expectedFields =
      variant === 'all' ? operation.jsonBody.properties : operation.jsonBody.required;
    expect(sentFields).toEqual([...expectedFields].sort());
  }
}
