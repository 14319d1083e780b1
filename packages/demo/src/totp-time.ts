import type { TimeControl } from './time-control.js';

const stepMs = 30_000;
/** Where in a TOTP step the demo lands: early, so the session never waits for the next step. */
const intoStepMs = 500;

/**
 * Moves the (sandbox and session) clock on by at least `minMs` and lands just after the start
 * of a TOTP step: the next login's code is fresh (never a step used before) and far from the
 * step's end, so the session has no reason to wait in real time.
 */
export function advancePastTotpStep(time: TimeControl, minMs: number): number {
  const target = time.clock.now() + minMs;
  const start = target - (target % stepMs) + stepMs + intoStepMs;
  const jump = start - time.clock.now();
  time.advance(jump);
  return jump;
}
