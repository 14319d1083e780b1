#!/usr/bin/env node
import { runCli } from './run-cli.js';

try {
  const sandbox = await runCli(process.argv.slice(2), { out: (line) => console.log(line) });
  if (!sandbox) process.exit(0);
  const shutdown = () => {
    sandbox.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
