export interface WaitForHttpOptions {
  /** Give up after this many milliseconds. */
  timeoutMs: number;
  /** Pause between probes (default 50 ms). */
  intervalMs?: number;
  /** Settles with the reason to stop waiting early, e.g. when the server process exits. */
  abandon?: Promise<Error>;
  /** Resolves true once the server answers; the default sends a GET and accepts any status. */
  probe?: (url: string) => Promise<boolean>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Polls `url` until any HTTP answer arrives (a 404 means the server is up). */
export async function waitForHttp(url: string, options: WaitForHttpOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? defaultSleep;
  const probe = options.probe ?? probeHttp;
  const intervalMs = options.intervalMs ?? 50;
  if (!(Number.isFinite(options.timeoutMs) && options.timeoutMs > 0)) {
    // NaN would never time out: `now() >= NaN` is always false.
    throw new TypeError(
      `[@plextrac-ts/contract] the start timeout must be a finite number of milliseconds above 0, got ${options.timeoutMs}.`,
    );
  }
  let abandoned: Error | undefined;
  void options.abandon?.then((reason) => {
    abandoned = reason;
  });
  const deadline = now() + options.timeoutMs;
  for (;;) {
    if (abandoned) throw abandoned;
    if (await probe(url)) return;
    if (abandoned) throw abandoned;
    if (now() >= deadline) {
      throw new Error(
        `[@plextrac-ts/contract] ${url} did not answer within ${options.timeoutMs} ms.`,
      );
    }
    await sleep(intervalMs);
  }
}

async function probeHttp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000), redirect: 'manual' });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
