import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fault } from '../faults.js';
import { errorReply } from './reply.js';
import { writeReply } from './write-reply.js';

const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>' +
  '<body><h1>502 Bad Gateway</h1><p>The upstream server did not answer.</p></body></html>';

function retryAfterHeader(value: number | string | Date | undefined): Record<string, string> {
  if (value === undefined) return {};
  if (value instanceof Date) return { 'retry-after': value.toUTCString() };
  return { 'retry-after': String(value) };
}

/** Answers a request the way the fault says, instead of the sandbox's normal handler. */
export function applyFault(fault: Fault, req: IncomingMessage, res: ServerResponse): void {
  if (fault === 'hang') {
    req.resume();
    return;
  }
  if (fault === 'reset') {
    req.socket.destroy();
    return;
  }
  req.resume();
  if (fault === 'malformed-json') {
    writeReply(res, {
      status: 200,
      raw: Buffer.from('{"status":"success","data":[{"id":'),
      contentType: 'application/json',
    });
    return;
  }
  if (fault === 'empty-json') {
    writeReply(res, { status: 200, raw: Buffer.alloc(0), contentType: 'application/json' });
    return;
  }
  if (fault === 'html') {
    writeReply(res, {
      status: 502,
      raw: Buffer.from(HTML_PAGE),
      contentType: 'text/html; charset=utf-8',
    });
    return;
  }
  const headers = fault.status === 429 ? retryAfterHeader(fault.retryAfter) : undefined;
  writeReply(res, errorReply(fault.status, `Sandbox fault: HTTP ${fault.status}.`, headers));
}
