import { STATUS_CODES } from 'node:http';

/** What a route handler answers; the server writes it. */
export interface Reply {
  status: number;
  /** Serialized as JSON unless `raw` is set. */
  body?: unknown;
  /** Bytes sent as-is with `contentType`. */
  raw?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

const replies = new WeakSet<object>();

function mark(reply: Reply): Reply {
  replies.add(reply);
  return reply;
}

/** Tells a handler's early answer apart from a document (a document may have a `status`). */
export function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && replies.has(value);
}

export function json(status: number, body: unknown, headers?: Record<string, string>): Reply {
  return mark(headers ? { status, body, headers } : { status, body });
}

export function binary(status: number, raw: Uint8Array, contentType: string): Reply {
  return mark({ status, raw, contentType });
}

/**
 * PlexTrac's error envelope as clients decode it: `{status, statusCode, error, message}`.
 * Messages are fixed texts: never a password, token or anything else taken from the request.
 */
export function errorReply(
  status: number,
  message: string,
  headers?: Record<string, string>,
): Reply {
  return json(
    status,
    { status: 'error', statusCode: status, error: STATUS_CODES[status] ?? 'Error', message },
    headers,
  );
}
