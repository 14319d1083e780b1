/** Exit codes of `pnpm demo`, documented in the README. */
export const exitCodes = {
  ok: 0,
  /** A step failed or the API disagreed with the spec. */
  failed: 1,
  /** A missing or wrong environment variable or argument, or an unreachable PLEXTRAC_URL. */
  config: 2,
  /** Interrupted (Ctrl-C, SIGINT). */
  interrupted: 130,
  /** Terminated (SIGTERM). */
  terminated: 143,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** An error the demo reports on one line and turns into an exit code; never printed with a stack. */
export class DemoError extends Error {
  readonly exitCode: ExitCode;

  constructor(
    message: string,
    exitCode: ExitCode = exitCodes.failed,
    options?: { cause?: unknown },
  ) {
    super(`[@plextrac-ts/demo] ${message}`, options);
    this.name = 'DemoError';
    this.exitCode = exitCode;
  }
}

/** A configuration problem (environment variable or argument): exit code 2. */
export class ConfigError extends DemoError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, exitCodes.config, options);
    this.name = 'ConfigError';
  }
}
