import { parseArgs } from 'node:util';
import { createSandbox } from './create-sandbox.js';
import type { Sandbox } from './types.js';

const USAGE = 'Usage: plextrac-sandbox [--port <port>] [--host <host>] [--empty]';

export interface CliIo {
  out(line: string): void;
}

/**
 * Starts a sandbox from command-line arguments and prints its URL and demo users.
 * Resolves `undefined` for `--help`.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<Sandbox | undefined> {
  const values = parseCliArgs(argv);
  if (values.help) {
    io.out(USAGE);
    return undefined;
  }
  // Digits only: Number() would also take '', '1e3' and '0x50'.
  const port =
    values.port === undefined ? 0 : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`[@plextrac-ts/sandbox] --port must be an integer 0-65535. ${USAGE}`);
  }
  const sandbox = await createSandbox({
    port,
    host: values.host ?? '127.0.0.1',
    ...(values.empty ? { seed: false as const } : {}),
  });
  io.out(`PlexTrac sandbox listening on ${sandbox.url}`);
  io.out('Demo users (sandbox-only credentials):');
  for (const user of sandbox.users) {
    const login =
      user.authProvider === 'sso'
        ? 'SSO only: password login is refused'
        : `password ${user.password}`;
    const mfa = user.totpSecret ? `, TOTP secret ${user.totpSecret} (SHA1, 6 digits, 30 s)` : '';
    io.out(`  ${user.username}  ${login}${mfa}`);
  }
  io.out('Press Ctrl+C to stop.');
  return sandbox;
}

function parseCliArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      // `pnpm sandbox -- --port 4010` passes the literal `--` through.
      args: argv.filter((arg) => arg !== '--'),
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        empty: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    // parseArgs explains over several lines ("...ambiguous.\nDid you forget...\nTo specify...").
    const detail = (error instanceof Error ? error.message : String(error))
      .split('\n')
      .map((line) => line.trim().replace(/\.$/, ''))
      .filter((line) => line !== '')
      .join('; ');
    throw new TypeError(`[@plextrac-ts/sandbox] ${detail}. ${USAGE}`, { cause: error });
  }
}
