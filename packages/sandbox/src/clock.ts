/** Time source of a sandbox: token `iat`/`exp`, TOTP steps and the auth rate limit all read it. */
export interface SandboxClock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to `ms` epoch milliseconds. */
  set(ms: number): void;
}

function checkMs(name: string, ms: number): void {
  if (!Number.isFinite(ms)) {
    throw new TypeError(
      `[@plextrac-ts/sandbox] clock.${name} needs a finite number of milliseconds.`,
    );
  }
}

/** A clock that follows real time, shifted by whatever `advance`/`set` added (the default). */
export function createSystemClock(): SandboxClock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      checkMs('advance', ms);
      offset += ms;
    },
    set(ms) {
      checkMs('set', ms);
      offset = ms - Date.now();
    },
  };
}

/** A frozen clock that only moves when told to: deterministic tests (TOTP steps, expiry). */
export function createManualClock(startMs: number = Date.now()): SandboxClock {
  checkMs('start', startMs);
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      checkMs('advance', ms);
      current += ms;
    },
    set(ms) {
      checkMs('set', ms);
      current = ms;
    },
  };
}
