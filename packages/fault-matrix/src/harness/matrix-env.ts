import {
  type AuthEvent,
  createSession,
  type Session,
  type SessionOptions,
} from '@plextrac-ts/auth-middleware';
import { createSandbox, type Sandbox, type SandboxOptions } from '@plextrac-ts/sandbox';
import { type ClientKind, type MatrixApi, makeApi } from './matrix-api.js';
import { ANALYST, matrixUsers, PASSWORD } from './matrix-users.js';
import { createRecordingFetch, type RecordingFetch } from './recording-fetch.js';
import { trackPort } from './resource-tracker.js';
import { addArtifact } from './secret-collector.js';
import { createMatrixClock, createVirtualTime, type VirtualTime } from './virtual-time.js';

/** An odd value, so no backoff or limiter wait is ever mistaken for a timeout. */
const AUTH_TIMEOUT_MS = 14_999;

export interface MatrixEnv {
  sandbox: Sandbox;
  /** The loopback-only fetch every session and client of this env sends through. */
  fetch: RecordingFetch;
  time: VirtualTime;
  /** Every event of every session of this env, in order (also fed to the secret scan). */
  events: AuthEvent[];
  session(overrides?: Partial<SessionOptions>): Session;
  api(kind: ClientKind, session?: Session): MatrixApi;
  /** Records an error a caller saw, for the secret scan, and returns it. */
  caught(source: string, error: unknown): unknown;
  stop(): Promise<void>;
}

/**
 * One sandbox on loopback with a manual clock, plus sessions whose clock and sleep are the
 * same virtual time: a session waiting 60 s for the limiter makes the sandbox 60 s older too.
 */
export async function startMatrixEnv(
  name: string,
  options: Omit<SandboxOptions, 'clock' | 'users'> = {},
): Promise<MatrixEnv> {
  const clock = createMatrixClock();
  const sandbox = await createSandbox({ users: matrixUsers, clock, ...options });
  trackPort(sandbox.url, `sandbox of ${name}`);
  const fetch = createRecordingFetch(() => clock.now());
  const time = createVirtualTime(clock, fetch);
  fetch.onSettled(time.poke);
  const events: AuthEvent[] = [];
  const sessions: Session[] = [];

  const session = (overrides: Partial<SessionOptions> = {}): Session => {
    const authTimeoutMs = overrides.authTimeoutMs ?? AUTH_TIMEOUT_MS;
    time.addTimeout(authTimeoutMs);
    const created = createSession({
      baseUrl: sandbox.url,
      username: ANALYST,
      password: PASSWORD,
      fetch,
      clock: { now: time.now },
      sleep: time.sleep,
      ...overrides,
      authTimeoutMs,
      onEvent: (event) => {
        events.push(event);
        addArtifact(`event:${name}:${event.type}`, event);
        if (event.type === 'error')
          addArtifact(`event-error:${name}:${event.operation}`, event.error);
        overrides.onEvent?.(event);
      },
    });
    sessions.push(created);
    return created;
  };
  let defaultSession: Session | undefined;

  return {
    sandbox,
    fetch,
    time,
    events,
    session,
    api(kind, chosen) {
      if (chosen) return makeApi(kind, chosen, fetch);
      defaultSession ??= session();
      return makeApi(kind, defaultSession, fetch);
    },
    caught(source, error) {
      addArtifact(`error:${name}:${source}`, error);
      return error;
    },
    async stop() {
      for (const [index, s] of sessions.entries()) addArtifact(`session:${name}#${index}`, s);
      await sandbox.stop();
    },
  };
}
