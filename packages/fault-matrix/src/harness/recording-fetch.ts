import { addSecret } from './secret-collector.js';

export interface FetchRecord {
  method: string;
  url: string;
  path: string;
  authorization: string | null;
  cookie: string | null;
  /** Virtual time the request was sent at (the env's clock). */
  at: number;
  status?: number;
  error?: string;
}

export interface RecordingFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  readonly calls: FetchRecord[];
  /** Requests whose answer has not been fully read yet. */
  readonly inFlight: number;
  /**
   * True while an exchange is under way (sent, or answered but its body not yet read, for
   * less than `HUNG_AFTER_MS` of real time) or one ended less than `QUIET_MS` ago: virtual
   * time must not jump then.
   */
  busy(): boolean;
  /** True when an exchange has been open longer than `HUNG_AFTER_MS`: only timeouts can end it. */
  hung(): boolean;
  onSettled(listener: () => void): void;
  count(predicate: (record: FetchRecord) => boolean): number;
}

const HUNG_AFTER_MS = 1_500;
const QUIET_MS = 5;
const NULL_BODY = new Set([101, 204, 205, 304]);
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const AUTH_PATH = /^\/api\/v1\/(authenticate(\/mfa)?|token\/refresh)\/?$/;

function harvestTokens(bytes: Uint8Array): void {
  try {
    const body = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
    for (const field of ['token', 'cookie'] as const) {
      const value = body[field];
      if (typeof value === 'string') addSecret(`server ${field}`, value);
    }
  } catch {
    // not JSON: nothing to harvest
  }
}

/** A body stream over `bytes` that calls `done` once it has been read to the end or cancelled. */
function trackedBody(bytes: Uint8Array, done: () => void): ReadableStream<Uint8Array> {
  let sent = bytes.length === 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) {
        controller.close();
        done();
        return;
      }
      sent = true;
      controller.enqueue(bytes);
    },
    cancel: done,
  });
}

/**
 * The fetch every client and session of the matrix gets: real undici fetch to loopback only
 * (anything else is refused before a socket opens), recording each request, and registering
 * every token and cookie the server hands out as a secret for the final scan. Answers are read
 * in full here and handed on from memory, so the virtual clock knows when an exchange is over.
 */
export function createRecordingFetch(
  now: () => number = Date.now,
  base: typeof fetch = globalThis.fetch,
): RecordingFetch {
  const calls: FetchRecord[] = [];
  const listeners: Array<() => void> = [];
  const open = new Set<{ at: number }>();
  let lastActivity = 0;
  const settled = () => {
    lastActivity = performance.now();
    for (const listener of listeners) listener();
  };

  const recording = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request =
      input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const record: FetchRecord = {
      method: request.method,
      url: request.url,
      path: url.pathname,
      authorization: request.headers.get('authorization'),
      cookie: request.headers.get('cookie'),
      at: now(),
    };
    calls.push(record);
    if (!LOOPBACK.has(url.hostname)) {
      record.error = 'refused: not loopback';
      throw new Error(
        `[@plextrac-ts/fault-matrix] harness refused a non-loopback request to ${url.host}`,
      );
    }
    const exchange = { at: performance.now() };
    open.add(exchange);
    lastActivity = exchange.at;
    const finish = () => {
      if (open.delete(exchange)) settled();
    };
    try {
      const answer = await base(request);
      record.status = answer.status;
      const bytes = new Uint8Array(await answer.arrayBuffer());
      if (AUTH_PATH.test(url.pathname)) harvestTokens(bytes);
      exchange.at = performance.now();
      const body = NULL_BODY.has(answer.status) ? null : trackedBody(bytes, finish);
      if (!body) finish();
      return new Response(body, {
        status: answer.status,
        statusText: answer.statusText,
        headers: answer.headers,
      });
    } catch (error) {
      record.error = (error as Error).name;
      finish();
      throw error;
    }
  };
  return Object.defineProperties(recording, {
    calls: { value: calls },
    inFlight: { get: () => open.size },
    busy: {
      value: () => {
        const at = performance.now();
        if (at - lastActivity < QUIET_MS) return true;
        for (const exchange of open) if (at - exchange.at < HUNG_AFTER_MS) return true;
        return false;
      },
    },
    hung: {
      value: () => {
        const at = performance.now();
        for (const exchange of open) if (at - exchange.at >= HUNG_AFTER_MS) return true;
        return false;
      },
    },
    onSettled: { value: (listener: () => void) => void listeners.push(listener) },
    count: {
      value: (predicate: (record: FetchRecord) => boolean) => calls.filter(predicate).length,
    },
  }) as RecordingFetch;
}
