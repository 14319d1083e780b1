import type { Session } from '@plextrac-ts/auth-middleware';
import type { PlexTracClient } from '@plextrac-ts/client';
import type { Sandbox } from '@plextrac-ts/sandbox';
import type { SdkClient } from './create-demo-clients.js';
import type { StepLine } from './demo-output.js';
import type { LocalFaults } from './local-faults.js';
import type { TimeControl } from './time-control.js';
import type { TrafficCounts, TrafficRecorder } from './traffic-recorder.js';

/** What the steps found or created, for the steps after them. */
export interface DemoState {
  clientId?: number;
  clientName?: string;
  reportId?: number;
  reportName?: string;
  findingIds: Array<number | string>;
  artifactId?: string;
  /** Measured by the concurrent-reads step, for the summary. */
  concurrent?: { reads: number; authRoundTrips: number; traffic: TrafficCounts };
  /** Ids the demo created on a real instance (deleted by the clean-up step). */
  created: { clientId?: number; reportId?: number; artifactId?: string };
  /** Set by the clean-up step once everything created is deleted. */
  cleanedUp?: boolean;
}

/** Everything a step needs; built once by `runDemo`. */
export interface DemoContext {
  /** `sandbox` or `instance`. */
  readonly mode: 'sandbox' | 'instance';
  /** Whether the writing steps run (always against the sandbox; with --write on an instance). */
  readonly write: boolean;
  readonly username: string;
  readonly usesMfa: boolean;
  /** The Prism proxy both clients talk to. */
  readonly baseUrl: string;
  /** The fetch under both clients (counts requests, records violations), without auth. */
  readonly fetch: typeof fetch;
  /** The openapi-fetch client, with the auth middleware. */
  readonly api: PlexTracClient;
  /** The hey-api client the SDK functions take as `client`, with the same session. */
  readonly sdk: SdkClient;
  readonly session: Session;
  readonly traffic: TrafficRecorder;
  readonly time: TimeControl;
  /** The sandbox handle (fault switch, clock, stats); undefined against a real instance. */
  readonly sandbox: Sandbox | undefined;
  /** 401s the demo injects itself against a real instance. */
  readonly localFaults: LocalFaults;
  /** Concurrent reads in the expired-token step (200). */
  readonly concurrency: number;
  readonly signal: AbortSignal;
  readonly state: DemoState;
}

/** What a step reports on its line. */
export interface StepOutcome {
  readonly status: 'ok' | 'skipped';
  readonly detail: string;
}

/** One line of the demo script. */
export interface DemoStep {
  /** When it fails, the steps after it cannot run (the login). */
  readonly essential?: boolean;
  readonly title: (ctx: DemoContext) => string;
  readonly run: (ctx: DemoContext, line: StepLine) => Promise<StepOutcome>;
}

export const ok = (detail: string): StepOutcome => ({ status: 'ok', detail });
export const skipped = (detail: string): StepOutcome => ({ status: 'skipped', detail });
