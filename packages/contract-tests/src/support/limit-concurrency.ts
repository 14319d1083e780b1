import type { RequestFetch } from './with-timeout.js';

/**
 * Lets at most `max` requests be on the wire at once; the rest queue. The callers above stay
 * concurrent (the session sees every call at once); only the sockets are pooled, so a
 * loaded machine does not drop connections when 1,000 calls start together.
 */
export function limitConcurrency(base: RequestFetch, max: number): RequestFetch {
  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return async (request) => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await base(request);
    } finally {
      release();
    }
  };
}
