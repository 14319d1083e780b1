import { existsSync, readFileSync } from 'node:fs';

const hasProc = existsSync('/proc/self/cmdline');

/**
 * Whether `pid` still runs a Prism listening on `port` (started with `--port <port>`): a PID
 * is reused once its process exits, and a stranger must be neither reported nor killed.
 * Undefined where `/proc` cannot tell (not Linux): callers fall back to "the PID is alive".
 */
export function runsPrism(pid: number, port: number): boolean | undefined {
  if (!hasProc) return undefined;
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return false; // gone, or not ours to read
  }
  const at = args.indexOf('--port');
  return at >= 0 && args[at + 1] === String(port) && args.some((arg) => /prism/i.test(arg));
}
