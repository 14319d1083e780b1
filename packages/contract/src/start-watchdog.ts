import { spawn } from 'node:child_process';

/**
 * The watchdog, run with `node -e` (so it needs no file of its own next to the compiled kit):
 * every `interval` ms it checks its owner; once the owner is gone (even killed by SIGKILL, which
 * runs no exit hook) it sends SIGTERM, then SIGKILL, to Prism's process group. It exits as soon
 * as Prism is gone. argv: owner PID, Prism PID, interval ms, grace ms.
 */
const WATCHDOG = `
const [owner, prism, interval, grace] = process.argv.slice(1).map(Number);
const alive = (pid) => {
  try { process.kill(pid, 0); return true; } catch (error) { return error.code === 'EPERM'; }
};
const signal = (name) => { try { process.kill(-prism, name); } catch {} };
const ownerGone = () => process.ppid !== owner || !alive(owner);
const timer = setInterval(() => {
  if (!alive(prism)) process.exit(0);
  if (!ownerGone()) return;
  clearInterval(timer);
  signal('SIGTERM');
  setTimeout(() => { signal('SIGKILL'); process.exit(0); }, grace);
}, interval);
`;

export interface WatchdogOptions {
  /** How often the owner is checked (default 500 ms). */
  intervalMs?: number;
  /** SIGTERM to SIGKILL once the owner is gone (default 1000 ms). */
  graceMs?: number;
}

/**
 * Starts a small detached process that kills Prism's process group (`prismPid`) when this
 * process dies without stopping it, and exits by itself once Prism exits. Returns its PID.
 */
export function startWatchdog(prismPid: number, options: WatchdogOptions = {}): number | undefined {
  const args = [process.pid, prismPid, options.intervalMs ?? 500, options.graceMs ?? 1000];
  const child = spawn(process.execPath, ['-e', WATCHDOG, ...args.map(String)], {
    detached: true,
    stdio: 'ignore',
    // Only what `node -e` needs: no NODE_OPTIONS (--import tsx, inspectors) from the owner.
    env: { PATH: process.env.PATH ?? '' },
  });
  child.once('error', () => undefined);
  child.unref();
  return child.pid;
}
