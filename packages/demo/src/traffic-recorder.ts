import { authKind, describeOperation } from './operations.js';

/** One disagreement between a request or response and the spec, as Prism reported it. */
export interface Violation {
  /** `operationId (METHOD /path/template)`, or `METHOD /path` when the spec has no such path. */
  readonly operation: string;
  readonly status: number;
  readonly severity: 'error' | 'warning';
  /** Where, e.g. `response.body.data.0.name`. */
  readonly location: string;
  readonly message: string;
}

/** A violation as Prism lists it, before the demo names its operation. */
export type ViolationEntry = Omit<Violation, 'operation' | 'status'>;

export interface TrafficCounts {
  readonly requests: number;
  readonly logins: number;
  readonly mfaSteps: number;
  readonly refreshes: number;
  readonly violations: number;
  readonly warnings: number;
}

/** Counts every HTTP request the demo makes and keeps every violation Prism reports. */
export interface TrafficRecorder {
  counts(): TrafficCounts;
  readonly violations: readonly Violation[];
  readonly warnings: readonly Violation[];
  recordRequest(method: string, url: URL): void;
  recordViolations(
    method: string,
    url: URL,
    status: number,
    entries: readonly ViolationEntry[],
  ): void;
}

/** Auth round-trips in a span of counts: each login (its MFA step included) and each refresh. */
export function authRoundTrips(counts: TrafficCounts): number {
  return counts.logins + counts.refreshes;
}

/** What happened between two snapshots of the counts. */
export function diffCounts(after: TrafficCounts, before: TrafficCounts): TrafficCounts {
  return {
    requests: after.requests - before.requests,
    logins: after.logins - before.logins,
    mfaSteps: after.mfaSteps - before.mfaSteps,
    refreshes: after.refreshes - before.refreshes,
    violations: after.violations - before.violations,
    warnings: after.warnings - before.warnings,
  };
}

export function createTrafficRecorder(): TrafficRecorder {
  let requests = 0;
  let logins = 0;
  let mfaSteps = 0;
  let refreshes = 0;
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  return {
    violations,
    warnings,
    counts: () => ({
      requests,
      logins,
      mfaSteps,
      refreshes,
      violations: violations.length,
      warnings: warnings.length,
    }),
    recordRequest(method, url) {
      requests += 1;
      const kind = authKind(method, url.pathname);
      if (kind === 'login') logins += 1;
      if (kind === 'mfa') mfaSteps += 1;
      if (kind === 'refresh') refreshes += 1;
    },
    recordViolations(method, url, status, entries) {
      const operation = describeOperation(method, url.pathname);
      for (const entry of entries) {
        const violation = { ...entry, operation, status };
        (entry.severity === 'error' ? violations : warnings).push(violation);
      }
    },
  };
}
