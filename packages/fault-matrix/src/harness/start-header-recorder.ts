import type { IncomingHttpHeaders } from 'node:http';
import { type LoopbackServer, startLoopbackServer } from './start-loopback-server.js';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface HeaderRecorder extends LoopbackServer {
  requests: RecordedRequest[];
}

/** "Another origin": a loopback server that records every request's headers and answers 200. */
export async function startHeaderRecorder(): Promise<HeaderRecorder> {
  const requests: RecordedRequest[] = [];
  const server = await startLoopbackServer('header recorder', (req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'success', data: [], text: 'recorded' }));
  });
  return { ...server, requests };
}
