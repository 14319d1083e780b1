import { parseArgs } from 'node:util';
import { ConfigError } from './demo-error.js';

export interface DemoArgs {
  /** Against a real instance, also run the writing steps (create, upload, then clean up). */
  readonly write: boolean;
  readonly help: boolean;
}

export const usage = `Usage: pnpm demo [--write]

Runs the plextrac-ts demo against an embedded sandbox behind prism proxy --errors.
With PLEXTRAC_URL, PLEXTRAC_USERNAME, PLEXTRAC_PASSWORD (and PLEXTRAC_TOTP_SECRET for MFA users)
set, runs it against that instance through prism proxy instead, read-only unless --write is given,
and lists every place where the instance disagrees with specs/plextrac.yaml.

Options:
  --write   against a real instance, also create a client, report, findings and an artifact
            (and delete them afterwards); the sandbox always runs the writing steps
  --help    show this text

Exit codes: 0 ok, 1 a step failed or a contract violation, 2 bad environment variable or
argument or unreachable PLEXTRAC_URL, 130 interrupted (143 on SIGTERM).`;

/** Parses the demo's command line (what follows `pnpm demo`); unknown options are a ConfigError. */
export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  // `pnpm demo -- --write` passes a literal `--` through; accept it.
  const args = argv.filter((arg) => arg !== '--');
  try {
    const { values } = parseArgs({
      args,
      options: { write: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    return { write: values.write === true, help: values.help === true };
  } catch (cause) {
    const detail = (cause instanceof Error ? cause.message : String(cause)).split(/[.\n]/)[0];
    throw new ConfigError(`${detail}. Usage: pnpm demo [--write] [--help].`, { cause });
  }
}
