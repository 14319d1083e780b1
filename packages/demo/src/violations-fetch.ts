import { parseViolationHeader } from '@plextrac-ts/contract';
import { DemoError } from './demo-error.js';
import { describeOperation } from './operations.js';
import type { TrafficRecorder, ViolationEntry } from './traffic-recorder.js';

export interface ViolationsFetchOptions {
  readonly recorder: TrafficRecorder;
  /** The fetch underneath; defaults to the global one. */
  readonly fetch?: typeof fetch;
  /** Every request gets an answer within this time or fails (Prism never answers some bodies). */
  readonly timeoutMs?: number;
}

interface PrismEntry {
  location?: unknown;
  severity?: unknown;
  message?: unknown;
}

function toEntries(list: unknown, fallbackLocation: string): ViolationEntry[] {
  if (!Array.isArray(list)) return [];
  return list.map((raw: PrismEntry) => ({
    severity: String(raw?.severity ?? 'Error').toLowerCase() === 'error' ? 'error' : 'warning',
    location: Array.isArray(raw?.location) ? raw.location.join('.') : fallbackLocation,
    message: typeof raw?.message === 'string' ? raw.message : JSON.stringify(raw),
  }));
}

/** Reads Prism's `sl-violations` header (the contract kit keeps a truncated list's complete entries). */
export function parseViolationsHeader(header: string): ViolationEntry[] {
  return toEntries(parseViolationHeader(header), 'response');
}

/** Reads a Prism problem+json answer (`...prism/errors#VIOLATIONS`, `#UNPROCESSABLE_ENTITY`, ...). */
export async function readPrismProblem(response: Response): Promise<ViolationEntry[]> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('problem+json')) return [];
  let body: { type?: unknown; title?: unknown; detail?: unknown; validation?: unknown };
  try {
    body = (await response.clone().json()) as typeof body;
  } catch {
    return [];
  }
  if (
    body?.type === 'FetchError' &&
    typeof body.title === 'string' &&
    /invalid json/i.test(body.title)
  ) {
    // Prism's proxy could not parse the instance's JSON: the answer breaks its content type.
    const reason = /reason: (.*)$/.exec(body.title)?.[1] ?? 'unparseable';
    return [
      { severity: 'error', location: 'response.body', message: `not valid JSON (${reason})` },
    ];
  }
  if (typeof body?.type !== 'string' || !/prism\/errors#/i.test(body.type)) return [];
  const kind = body.type.slice(body.type.indexOf('#') + 1);
  const where = kind === 'VIOLATIONS' ? 'response' : 'request';
  const entries = toEntries(body.validation, where);
  if (entries.length > 0) return entries;
  const detail = [body.title, body.detail].filter((part) => typeof part === 'string').join(': ');
  return [{ severity: 'error', location: where, message: `${kind}: ${detail || 'no detail'}` }];
}

/**
 * A fetch that counts every request and records what Prism says about it: the `sl-violations`
 * header (proxy without --errors) and Prism's own problem+json answers (with --errors). Every
 * request is bounded by `timeoutMs`.
 */
export function createViolationsFetch(options: ViolationsFetchOptions): typeof fetch {
  const { recorder, timeoutMs = 20_000 } = options;
  const baseFetch = options.fetch ?? globalThis.fetch;
  return async (input, init) => {
    const original = new Request(input, init);
    const timeout = AbortSignal.timeout(timeoutMs);
    const request = new Request(original, { signal: AbortSignal.any([original.signal, timeout]) });
    const url = new URL(request.url);
    recorder.recordRequest(request.method, url);
    let response: Response;
    try {
      response = await baseFetch(request);
    } catch (cause) {
      if (timeout.aborted && !original.signal.aborted) {
        const operation = describeOperation(request.method, url.pathname);
        throw new DemoError(`${operation} got no answer within ${timeoutMs / 1000} s.`, undefined, {
          cause,
        });
      }
      throw cause;
    }
    const problems = await readPrismProblem(response);
    const header = response.headers.get('sl-violations');
    const entries = problems.length > 0 ? problems : header ? parseViolationsHeader(header) : [];
    if (entries.length > 0) {
      recorder.recordViolations(request.method, url, response.status, entries);
    }
    return response;
  };
}
