import type { DemoOutput } from './demo-output.js';
import { plural } from './plural.js';
import { authRoundTrips, type TrafficCounts, type Violation } from './traffic-recorder.js';

/** What one run of the demo measured; printed by `printSummary`, returned by `runDemo`. */
export interface DemoSummary {
  readonly mode: 'sandbox' | 'instance';
  readonly write: boolean;
  readonly traffic: TrafficCounts;
  /** Auth round-trips during the concurrent reads (must be exactly 1), if that step ran. */
  readonly concurrentAuthRoundTrips: number | undefined;
  readonly concurrentReads: number | undefined;
  readonly replays: number;
  /** What the sandbox itself counted (sandbox mode): a cross-check of the client-side counts. */
  readonly sandboxCounted: { readonly requests: number; readonly authRequests: number } | undefined;
  readonly violations: readonly Violation[];
  readonly warnings: readonly Violation[];
  readonly durationMs: number;
  /** The one-line reason the run failed, if it did. */
  readonly failure: string | undefined;
}

const maxListed = 40;

function row(label: string, value: string): string {
  return `  ${label.padEnd(22)}${value}`;
}

function listViolations(output: DemoOutput, title: string, list: readonly Violation[]): void {
  if (list.length === 0) return;
  output.line();
  output.line(title);
  for (const violation of list.slice(0, maxListed)) {
    output.line(
      `  - ${violation.operation} -> ${violation.status}: ${violation.location}: ${violation.message}`,
    );
  }
  if (list.length > maxListed) output.line(`  ... and ${list.length - maxListed} more`);
}

function describeAuth(traffic: TrafficCounts): string {
  const http = traffic.logins + traffic.mfaSteps + traffic.refreshes;
  const parts = `${plural(traffic.logins, 'login')}, ${plural(traffic.refreshes, 'refresh', 'refreshes')}`;
  return `${authRoundTrips(traffic)} (${parts}; ${plural(http, 'HTTP request')} incl. ${plural(traffic.mfaSteps, 'MFA step')})`;
}

/** Prints every violation (operation and message), then the summary block. */
export function printSummary(output: DemoOutput, summary: DemoSummary): void {
  const { style, line } = output;
  const { traffic } = summary;
  const violations = summary.violations.length;
  const title =
    summary.mode === 'instance'
      ? `Where the instance disagrees with specs/plextrac.yaml (${violations}):`
      : `Contract violations (${violations}):`;
  listViolations(output, title, summary.violations);
  listViolations(output, `Warnings (${summary.warnings.length}):`, summary.warnings);
  line();
  line(style.bold('Summary'));
  line(row('requests made', `${traffic.requests} (all through prism proxy)`));
  line(row('auth round-trips', describeAuth(traffic)));
  const trips = summary.concurrentAuthRoundTrips;
  const concurrent =
    trips === undefined
      ? 'not run'
      : `${summary.concurrentReads} reads, ${plural(trips, 'auth round-trip')}`;
  line(row('concurrent part', trips === 1 ? style.ok(concurrent) : style.bad(concurrent)));
  if (summary.sandboxCounted) {
    const { requests, authRequests } = summary.sandboxCounted;
    line(
      row('sandbox counted', `${plural(requests, 'request')}, ${authRequests} to auth endpoints`),
    );
  }
  line(row('401 replays', String(summary.replays)));
  const warnings =
    summary.warnings.length > 0 ? `  (${plural(summary.warnings.length, 'warning')})` : '';
  line(
    row('contract violations', (violations === 0 ? style.ok : style.bad)(String(violations))) +
      warnings,
  );
  line(row('time taken', `${(summary.durationMs / 1000).toFixed(1)} s`));
  const result =
    summary.failure === undefined ? style.ok('ok') : style.bad(`FAILED: ${summary.failure}`);
  line(row('result', result));
}
