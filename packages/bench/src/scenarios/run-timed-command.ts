import { spawn } from 'node:child_process';

export interface CommandRun {
  elapsedMs: number;
  output: string;
}

/** Runs a command to completion, timing it; a non-zero exit is an error carrying its output. */
export function runTimedCommand(
  command: string,
  args: readonly string[],
  cwd: string,
): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', (error) =>
      reject(new Error(`[@plextrac-ts/bench] could not start ${command}.`, { cause: error })),
    );
    child.on('close', (code) => {
      const elapsedMs = performance.now() - started;
      if (code === 0) {
        resolve({ elapsedMs, output });
      } else {
        reject(
          new Error(
            `[@plextrac-ts/bench] \`${command} ${args.join(' ')}\` exited with ${code}:\n${output}`,
          ),
        );
      }
    });
  });
}
