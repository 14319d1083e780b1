import { Bench } from 'tinybench';

export interface MeasureOptions {
  /** Time budget of one measurement in milliseconds. */
  timeMs: number;
  /** Calls per timed sample: batching keeps the timer's own cost out of very fast calls. */
  batch: number;
  /** Warm the JIT before timing (the first round of a comparison does). */
  warmup: boolean;
}

/**
 * Operations per second of `call`, from tinybench's median sample, so one GC pause or
 * scheduler hiccup does not move the figure.
 */
export async function measureOpsPerSecond(
  call: () => Promise<unknown>,
  options: MeasureOptions,
): Promise<number> {
  const { batch } = options;
  const bench = new Bench({
    time: options.timeMs,
    iterations: 10,
    warmup: options.warmup,
    warmupTime: options.timeMs / 2,
    warmupIterations: 5,
    throws: true,
  });
  bench.add('call', async () => {
    for (let i = 0; i < batch; i += 1) {
      await call();
    }
  });
  const [task] = await bench.run();
  const result = task?.result;
  if (!result || !('latency' in result)) {
    throw new Error(`[@plextrac-ts/bench] tinybench did not complete (state ${result?.state}).`);
  }
  return (batch * 1000) / result.latency.p50;
}
