import { readFileSync } from 'node:fs';

/**
 * True only when a live process other than the kit's Prism on `port` now has `pid`: a PID is
 * reused once its process exits, and a stranger must be neither reported nor killed. The kit's
 * Prism is `node <bin> mock|proxy <spec> ... --port <port>`; the bin is not judged by name, as
 * `prismBin` may be any file. False where `/proc` cannot tell (not Linux), for a PID no process
 * has, and for a zombie: its process group may still hold Prism's children, and a process group
 * ID is never reused while the group has members, so signalling it is safe.
 */
export function pidRunsAnotherProgram(pid: number, port: number): boolean {
  let args: string[];
  try {
    args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return false;
  }
  if (args.length === 1 && args[0] === '') return false; // a zombie
  const at = args.indexOf('--port');
  const ours = at >= 0 && args[at + 1] === String(port) && /^(mock|proxy)$/.test(args[2] ?? '');
  return !ours;
}
