import { performance } from 'node:perf_hooks';
import { createDemoClients } from './create-demo-clients.js';
import type { DemoContext } from './demo-context.js';
import type { DemoOutput } from './demo-output.js';
import { demoSteps } from './demo-steps.js';
import { describeError } from './describe-error.js';
import type { DemoTarget } from './env-config.js';
import { createLocalFaults } from './local-faults.js';
import { plural } from './plural.js';
import { type DemoSummary, printSummary } from './report.js';
import { runSteps } from './run-steps.js';
import { type RunningTarget, startTarget } from './start-target.js';
import { sessionOnlyTime, sharedTime } from './time-control.js';
import { createTrafficRecorder, type TrafficRecorder } from './traffic-recorder.js';
import { createViolationsFetch } from './violations-fetch.js';

export interface RunDemoOptions {
  readonly target: DemoTarget;
  /** Against a real instance, also run the writing steps (the sandbox always does). */
  readonly write?: boolean;
  readonly output: DemoOutput;
  /** Aborting it (Ctrl-C) stops the run; servers are stopped either way. */
  readonly signal?: AbortSignal;
  /** Concurrent reads across the expired token. Default 200. */
  readonly concurrency?: number;
}

function printHeader(
  output: DemoOutput,
  running: RunningTarget,
  ctx: DemoContext,
  writeAsked: boolean,
): void {
  const { line, style } = output;
  for (const text of running.description) line(`  ${text}`);
  line(`  signing in as        ${ctx.username}${ctx.usesMfa ? ' (MFA, TOTP)' : ''}`);
  if (ctx.mode === 'instance' && !ctx.write) {
    line(
      `  ${style.warn('read-only')}: writing steps are skipped or replaced by reads; pass --write to run them`,
    );
  }
  if (ctx.mode === 'sandbox' && writeAsked) {
    line(
      `  ${style.warn('note')}: --write only matters against a real instance (PLEXTRAC_URL is not set); the sandbox always runs the writing steps`,
    );
  }
  line('  Prism checks every request and response against specs/plextrac.yaml');
  line();
}

function buildContext(
  running: RunningTarget,
  options: RunDemoOptions,
  traffic: TrafficRecorder,
  signal: AbortSignal,
): DemoContext {
  const mode = options.target.kind;
  const localFaults = createLocalFaults();
  const fetch = localFaults.wrap(createViolationsFetch({ recorder: traffic }));
  const time = running.sandbox ? sharedTime(running.sandbox.clock) : sessionOnlyTime();
  const clients = createDemoClients({
    baseUrl: running.apiUrl,
    username: running.username,
    password: running.password,
    totpSecret: running.totpSecret,
    fetch,
    clock: time.clock,
  });
  return {
    ...clients,
    baseUrl: running.apiUrl,
    fetch,
    mode,
    write: mode === 'sandbox' || options.write === true,
    username: running.username,
    usesMfa: running.totpSecret !== undefined,
    traffic,
    time,
    sandbox: running.sandbox,
    localFaults,
    concurrency: options.concurrency ?? 200,
    signal,
    state: { findingIds: [], created: {} },
  };
}

/** What a write run created on a real instance and did not delete (after a failure). */
function leftBehind(ctx: DemoContext): string | undefined {
  const { clientId, reportId, artifactId } = ctx.state.created;
  const cleaned = ctx.state.cleanedUp === true;
  const items = [
    artifactId === undefined ? undefined : `artifact ${artifactId}`,
    reportId === undefined ? undefined : `report ${reportId}`,
    clientId === undefined ? undefined : `client ${clientId}`,
  ].filter((item) => item !== undefined);
  return cleaned || items.length === 0 ? undefined : items.join(', ');
}

/**
 * Runs the demo: starts the servers, walks the script step by step, stops every server (also
 * on failure or abort) and prints the summary. Resolves with the summary; `failure` is set when
 * a step failed or Prism reported a violation. Rejects only when nothing could start
 * (e.g. an unreachable PLEXTRAC_URL, a ConfigError).
 */
export async function runDemo(options: RunDemoOptions): Promise<DemoSummary> {
  const { output } = options;
  const signal = options.signal ?? new AbortController().signal;
  const started = performance.now();
  const where =
    options.target.kind === 'sandbox'
      ? 'the embedded sandbox behind prism proxy --errors'
      : `${options.target.url} through prism proxy`;
  output.line(output.style.bold(`plextrac-ts demo: ${where}`));
  const running = await startTarget(options.target, signal);
  const traffic = createTrafficRecorder();
  let ctx: DemoContext | undefined;
  const failures: string[] = [];
  try {
    ctx = buildContext(running, options, traffic, signal);
    printHeader(output, running, ctx, options.write === true);
    failures.push(...(await runSteps(ctx, output, demoSteps(ctx.mode, ctx.write))));
  } catch (error) {
    failures.push(describeError(error));
  } finally {
    await running.stop();
    output.line();
    const names = running.servers.map((server) =>
      server.pid === undefined ? server.name : `${server.name} (pid ${server.pid})`,
    );
    output.line(`Stopped ${names.join(' and ')}.`);
  }
  const left = ctx?.mode === 'instance' ? leftBehind(ctx) : undefined;
  if (left) output.line(`Left on the instance (delete by hand): ${left}.`);
  const errors = traffic.violations.length;
  const reasons = signal.aborted ? ['interrupted'] : failures.slice(0, 1);
  if (!signal.aborted && failures.length > 1) reasons.push(`${failures.length - 1} more failed`);
  if (errors > 0)
    reasons.push(`Prism reported ${plural(errors, 'contract violation')} (listed above)`);
  const failure = reasons.length > 0 ? reasons.join('; ') : undefined;
  const summary: DemoSummary = {
    mode: options.target.kind,
    write: ctx?.write ?? false,
    traffic: traffic.counts(),
    concurrentAuthRoundTrips: ctx?.state.concurrent?.authRoundTrips,
    concurrentReads: ctx?.state.concurrent?.reads,
    replays: ctx?.session.stats.replays ?? 0,
    sandboxCounted: running.sandbox
      ? {
          requests: running.sandbox.stats.total,
          authRequests: running.sandbox.stats.authRoundTrips,
        }
      : undefined,
    violations: traffic.violations,
    warnings: traffic.warnings,
    durationMs: performance.now() - started,
    failure,
  };
  printSummary(output, summary);
  return summary;
}
