import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LoopbackServer, startLoopbackServer } from './start-loopback-server.js';

const AUTH_PATHS = /^\/api\/v1\/(authenticate(\/mfa)?|token\/refresh)\/?$/;
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding']);

async function proxy(upstream: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (!HOP_HEADERS.has(name) && typeof value === 'string') headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  const answer = await fetch(new URL(req.url ?? '/', upstream), {
    method,
    headers,
    body: method === 'GET' || chunks.length === 0 ? undefined : Buffer.concat(chunks),
    signal: AbortSignal.timeout(5_000),
  });
  res.writeHead(answer.status, {
    'content-type': answer.headers.get('content-type') ?? 'text/plain',
  });
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/**
 * The API origin of the redirect row: authentication is proxied to the sandbox (real tokens),
 * every other request is redirected (302 for GET/HEAD, 307 otherwise) to `target`, another origin.
 */
export function startRedirectFront(upstream: string, target: string): Promise<LoopbackServer> {
  return startLoopbackServer('redirect front', async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://front.local').pathname;
    if (AUTH_PATHS.test(path)) return proxy(upstream, req, res);
    req.resume();
    const status = req.method === 'GET' || req.method === 'HEAD' ? 302 : 307;
    res.writeHead(status, { location: new URL(req.url ?? '/', target).href });
    res.end();
  });
}
