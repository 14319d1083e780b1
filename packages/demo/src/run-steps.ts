import { performance } from 'node:perf_hooks';
import type { DemoContext, DemoStep } from './demo-context.js';
import type { DemoOutput } from './demo-output.js';
import { shortReason } from './describe-error.js';

/** Runs one step on its line; resolves with the reason it failed, or undefined. */
async function runStep(
  ctx: DemoContext,
  output: DemoOutput,
  step: DemoStep,
  number: number,
): Promise<string | undefined> {
  const before = ctx.traffic.counts();
  const started = performance.now();
  const line = output.step(number, step.title(ctx));
  try {
    const outcome = await step.run(ctx, line);
    const requests = ctx.traffic.counts().requests - before.requests;
    const ms = Math.round(performance.now() - started);
    line.end(outcome.status, outcome.detail, `${requests} req, ${ms} ms`);
    return undefined;
  } catch (error) {
    const brokeSpec = ctx.traffic.counts().violations > before.violations;
    // A TypeError on an answer of the wrong shape says little; the violations say what was wrong.
    const reason = ctx.signal.aborted
      ? 'interrupted'
      : brokeSpec && error instanceof TypeError
        ? 'the answer does not match the spec (see the violations below)'
        : shortReason(error);
    line.end('failed', reason);
    return reason;
  }
}

/**
 * Runs the steps in order. A failed step does not stop the script (later steps skip what they
 * lack), so one run reports every problem; an `essential` step (the login) or an abort does.
 * Resolves with one line per failed step.
 */
export async function runSteps(
  ctx: DemoContext,
  output: DemoOutput,
  steps: readonly DemoStep[],
): Promise<string[]> {
  const failures: string[] = [];
  for (const [index, step] of steps.entries()) {
    if (ctx.signal.aborted) break;
    const reason = await runStep(ctx, output, step, index + 1);
    if (reason === undefined) continue;
    failures.push(`step ${index + 1} failed: ${reason}`);
    if (step.essential === true) break;
  }
  return failures;
}
