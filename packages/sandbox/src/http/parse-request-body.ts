import type { IncomingHttpHeaders } from 'node:http';
import type { BodyKind } from '../router.js';
import { exceedsJsonDepth } from './exceeds-json-depth.js';
import { errorReply, type Reply } from './reply.js';
import { tooDeepReply } from './too-deep-reply.js';

export type ParsedBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'multipart'; form: FormData };

function mediaType(headers: IncomingHttpHeaders): string | undefined {
  const value = headers['content-type'];
  return value?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/**
 * Applies PlexTrac's body rules: JSON operations want `application/json` (parameters such as
 * charset allowed) or answer 415; uploads want `multipart/form-data`, parsed by the web
 * `Request.formData()` of Node itself.
 */
export async function parseRequestBody(
  kind: BodyKind,
  raw: Buffer,
  headers: IncomingHttpHeaders,
): Promise<ParsedBody | Reply> {
  const type = mediaType(headers);
  if (kind === 'none') return { kind: 'none' };
  if (kind === 'json') {
    if (raw.length === 0 && type === undefined) return { kind: 'json', value: undefined };
    if (type !== 'application/json') {
      return errorReply(415, 'Unsupported Media Type: send the body as application/json.');
    }
    if (raw.length === 0) return { kind: 'json', value: undefined };
    let value: unknown;
    try {
      value = JSON.parse(raw.toString('utf8'));
    } catch {
      return errorReply(400, 'Invalid request payload JSON format');
    }
    return exceedsJsonDepth(value) ? tooDeepReply() : { kind: 'json', value };
  }
  if (type !== 'multipart/form-data') {
    return errorReply(415, 'Unsupported Media Type: send the body as multipart/form-data.');
  }
  try {
    const request = new Request('http://sandbox.local/', {
      method: 'POST',
      headers: { 'content-type': String(headers['content-type']) },
      body: new Uint8Array(raw),
    });
    return { kind: 'multipart', form: await request.formData() };
  } catch {
    return errorReply(400, 'Invalid multipart payload.');
  }
}
