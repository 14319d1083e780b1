import { existsSync, readFileSync } from 'node:fs';

const hasProc = existsSync('/proc/self/cmdline');

/** The arguments of `pid` from /proc; [] for a zombie, undefined when there is no such process. */
function argsOf(pid: number): string[] | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return text === '' ? [] : text.split('\0');
  } catch {
    return undefined;
  }
}

/**
 * Whether `args` is a server this kit started: `node <bin> mock|proxy <spec> ... --port <port>`.
 * The bin is not judged by name: `prismBin` may be any file.
 */
function isKitServer(args: string[], port: number): boolean {
  const at = args.indexOf('--port');
  return at >= 0 && args[at + 1] === String(port) && (args[2] === 'mock' || args[2] === 'proxy');
}

/**
 * Whether `pid` still runs a Prism listening on `port` (started with `--port <port>`): a PID
 * is reused once its process exits, and a stranger must be neither reported nor killed.
 * Undefined where `/proc` cannot tell (not Linux): callers fall back to "the PID is alive".
 */
export function runsPrism(pid: number, port: number): boolean | undefined {
  if (!hasProc) return undefined;
  const args = argsOf(pid);
  return args !== undefined && isKitServer(args, port);
}

/**
 * True only when a live process that is not our Prism now has `pid`. A PID that no live process
 * has (gone, or a zombie) is false: its process group may still hold Prism's children, and a
 * process group ID is never reused while the group has members, so signalling it is safe.
 */
export function pidRunsAnotherProgram(pid: number, port: number): boolean {
  if (!hasProc) return false;
  const args = argsOf(pid);
  return args !== undefined && args.length > 0 && !isKitServer(args, port);
}
