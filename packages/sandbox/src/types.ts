import type { SandboxClock } from './clock.js';
import type { SandboxFaults } from './faults.js';
import type { SandboxStats } from './stats.js';
import type { SandboxSeed } from './store/seed.js';
import type { SandboxUser, SandboxUserInput } from './users.js';

export interface SandboxOptions {
  /** Users who can sign in. Default: the demo users (see README). */
  users?: readonly SandboxUserInput[];
  /** Time source. Default: real time that `advance`/`set` shift. */
  clock?: SandboxClock;
  /** Lifetime of issued tokens. Default 900 (PlexTrac's 15 minutes). */
  tokenTtlSeconds?: number;
  /** Auth requests (login, MFA, refresh) allowed per rolling minute. Default 10. */
  authLimitPerMinute?: number;
  /** Default 0: a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** The numeric tenant id in tokens and tenant paths. Default 0. */
  tenantId?: number;
  /** Initial data. Default: a small demo data set; `false` starts empty. */
  seed?: SandboxSeed | false;
}

export interface Sandbox {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly clock: SandboxClock;
  readonly faults: SandboxFaults;
  readonly users: readonly SandboxUser[];
  readonly stats: SandboxStats;
  /** The 6-digit code the user's authenticator shows now (or at `atMs`) on the sandbox clock. */
  totp(username: string, atMs?: number): Promise<string>;
  /** Closes the server and every open socket, hung ones included. Safe to call twice. */
  stop(): Promise<void>;
}
