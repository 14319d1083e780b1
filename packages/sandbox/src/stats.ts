const AUTH_OPERATIONS = new Set(['authenticate', 'authenticateMfa', 'refreshToken']);

/** Request counters of a sandbox: e.g. "the demo made exactly one authentication round trip". */
export interface SandboxStats {
  /** Every request received, known route or not. */
  readonly total: number;
  /** Requests to authenticate, authenticateMfa and refreshToken. */
  readonly authRoundTrips: number;
  /** Requests per operationId (unknown routes under `unmatched`). */
  readonly byOperation: Readonly<Record<string, number>>;
  /** Requests to one operation. */
  count(operationId: string): number;
  reset(): void;
}

export interface StatsRecorder {
  stats: SandboxStats;
  record(operationId: string | undefined): void;
}

export function createStats(): StatsRecorder {
  let counts = new Map<string, number>();
  let total = 0;
  const count = (operationId: string) => counts.get(operationId) ?? 0;
  const stats: SandboxStats = {
    get total() {
      return total;
    },
    get authRoundTrips() {
      let sum = 0;
      for (const id of AUTH_OPERATIONS) sum += count(id);
      return sum;
    },
    get byOperation() {
      return Object.fromEntries(counts);
    },
    count,
    reset() {
      counts = new Map();
      total = 0;
    },
  };
  return {
    stats,
    record(operationId) {
      total += 1;
      const key = operationId ?? 'unmatched';
      counts.set(key, count(key) + 1);
    },
  };
}
