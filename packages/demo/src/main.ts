#!/usr/bin/env node
import { DemoError, exitCodes } from './demo-error.js';
import { outputForStream } from './demo-output.js';
import { describeError } from './describe-error.js';
import { readTarget } from './env-config.js';
import { parseDemoArgs, usage } from './parse-demo-args.js';
import { scrubSecrets } from './scrub-secrets.js';

/** Gives a stuck shutdown this long after Ctrl-C before exiting anyway. */
const interruptGraceMs = 8_000;

const controller = new AbortController();
/** The exit code for the signal that aborted the run. */
let stopCode: number = exitCodes.interrupted;

function fail(message: string, code: number): never {
  process.stderr.write(`${scrubSecrets(message)}\n`);
  process.exit(code);
}

async function main(): Promise<number> {
  const args = parseDemoArgs(process.argv.slice(2));
  if (args.help) {
    process.stdout.write(`${usage}\n`);
    return exitCodes.ok;
  }
  const target = readTarget(process.env);
  for (const [signal, code] of [
    ['SIGINT', exitCodes.interrupted],
    ['SIGTERM', exitCodes.terminated],
  ] as const) {
    process.once(signal, () => {
      stopCode = code;
      process.stderr.write(`\n${signal}: stopping the servers...\n`);
      controller.abort();
      const giveUp = () =>
        fail(`[@plextrac-ts/demo] ${signal}: stopped before the servers were.`, code);
      setTimeout(giveUp, interruptGraceMs).unref();
      process.once(signal, giveUp);
    });
  }
  // Loaded after the configuration is checked, so a bad variable is reported at once.
  const { runDemo } = await import('./run-demo.js');
  const summary = await runDemo({
    target,
    write: args.write,
    output: outputForStream(process.stdout),
    signal: controller.signal,
  });
  if (controller.signal.aborted) {
    process.stderr.write('[@plextrac-ts/demo] interrupted; every server was stopped.\n');
    return stopCode;
  }
  if (summary.failure !== undefined) {
    const reason = summary.failure.startsWith('[@plextrac-ts/')
      ? summary.failure
      : `[@plextrac-ts/demo] ${summary.failure}`;
    process.stderr.write(`${scrubSecrets(reason)}\n`);
    return exitCodes.failed;
  }
  return exitCodes.ok;
}

for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) =>
    fail(`[@plextrac-ts/demo] ${describeError(error)}`, exitCodes.failed),
  );
}

main().then(
  // Exit explicitly: a keep-alive socket must not hold the demo open once servers are stopped.
  (code) => process.exit(code),
  (error: unknown) => {
    if (controller.signal.aborted) fail('[@plextrac-ts/demo] interrupted.', stopCode);
    const code = error instanceof DemoError ? error.exitCode : exitCodes.failed;
    const message = describeError(error);
    fail(message.startsWith('[@plextrac-ts/') ? message : `[@plextrac-ts/demo] ${message}`, code);
  },
);
