import type { Sleep } from './types.js';

/** setTimeout-based sleep that stops early, rejecting with the signal's reason. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it aborts, even when
 * whatever produces `promise` ignores the signal (a fetch that never answers cannot hang us).
 */
export function raceSignal<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort?: () => void,
): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort?.();
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** A signal for one attempt: aborts with a TimeoutError after `ms` (on the injected sleep). */
export function attemptSignal(
  ms: number,
  sleep: Sleep,
  parent: AbortSignal,
): { signal: AbortSignal; clear(): void } {
  const timer = new AbortController();
  const timeout = new AbortController();
  sleep(ms, timer.signal).then(
    () => timeout.abort(new DOMException('The auth request timed out.', 'TimeoutError')),
    () => {},
  );
  return { signal: AbortSignal.any([timeout.signal, parent]), clear: () => timer.abort() };
}

/** Runs `call` with a time bound: rejects with a TimeoutError after `ms`, or when `parent` aborts. */
export async function withTimeout<T>(
  call: () => T | Promise<T>,
  ms: number,
  sleep: Sleep,
  parent: AbortSignal,
): Promise<T> {
  const attempt = attemptSignal(ms, sleep, parent);
  try {
    return await raceSignal(Promise.resolve().then(call), attempt.signal);
  } finally {
    attempt.clear();
  }
}
