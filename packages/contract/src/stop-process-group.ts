export interface StopProcessGroupOptions {
  /** Wait this long after SIGTERM before sending SIGKILL (default 3000 ms). */
  graceMs?: number;
  /** Wait this long after SIGKILL before giving up (default 2000 ms). */
  killMs?: number;
}

/**
 * Stops a detached child and its process group: SIGTERM, then SIGKILL after `graceMs`.
 * `exited` must settle when the child's 'exit' event fires (create it right after spawn).
 */
export async function stopProcessGroup(
  pid: number,
  exited: Promise<unknown>,
  options: StopProcessGroupOptions = {},
): Promise<void> {
  signalGroup(pid, 'SIGTERM');
  if (!(await settlesWithin(exited, options.graceMs ?? 3000))) {
    signalGroup(pid, 'SIGKILL');
    if (!(await settlesWithin(exited, options.killMs ?? 2000))) {
      throw new Error(
        `[@plextrac-ts/contract] process ${pid} did not exit after SIGKILL; kill it by hand.`,
      );
    }
  }
  // The leader is gone; anything it left in its group goes too.
  signalGroup(pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return;
    throw new Error(`[@plextrac-ts/contract] cannot send ${signal} to process group ${pid}.`, {
      cause: error,
    });
  }
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
