/** Milliseconds since the epoch, like `Date.now()`; the shape the session's `clock` option takes. */
export interface NowClock {
  now(): number;
}

/** A clock the demo can move: the sandbox's (server and session share it) or the session's own. */
export interface TimeControl {
  /** The clock given to the session. */
  readonly clock: NowClock;
  /** True when moving time also moves the server's clock (the sandbox); false for a real instance. */
  readonly movesServer: boolean;
  /** Moves time forward by `ms`. */
  advance(ms: number): void;
  /** Undoes every `advance` of the session-only clock (a real instance keeps real time). */
  reset(): void;
}

/** Time shared by the sandbox and the session: advancing it expires tokens on both sides. */
export function sharedTime(serverClock: NowClock & { advance(ms: number): void }): TimeControl {
  return {
    clock: { now: () => serverClock.now() },
    movesServer: true,
    advance: (ms) => serverClock.advance(ms),
    reset: () => undefined,
  };
}

/** The session's own clock in front of a real instance: real time plus an offset. */
export function sessionOnlyTime(base: NowClock = Date): TimeControl {
  let offset = 0;
  return {
    clock: { now: () => base.now() + offset },
    movesServer: false,
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
  };
}

/** Reads `exp` (epoch ms) from a JWT without verifying it; undefined when absent or unreadable. */
export function tokenExpiry(token: string): number | undefined {
  const payload = token.replace(/^Bearer\s+/i, '').split('.')[1];
  if (!payload) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
