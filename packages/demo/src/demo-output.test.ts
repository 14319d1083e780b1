import { describe, expect, it } from 'vitest';
import { createDemoOutput } from './demo-output.js';

function capture(tty: boolean, color = tty) {
  let text = '';
  const output = createDemoOutput({ write: (chunk) => (text += chunk), tty, color });
  return { output, text: () => text };
}

describe('createDemoOutput', () => {
  it('writes plain step lines with a dot per tenth of progress when not a terminal', () => {
    const { output, text } = capture(false);
    const line = output.step(8, '200 concurrent reads');
    for (let done = 0; done <= 200; done += 1) line.progress(done, 200);
    line.end('ok', 'served by 1 auth round-trip', '202 req, 900 ms');
    expect(text()).toBe(
      '  8. 200 concurrent reads ... [..........] ok (202 req, 900 ms)\n      served by 1 auth round-trip\n',
    );
  });

  it('redraws a counter in place on a terminal, and colours the status', () => {
    const { output, text } = capture(true);
    const line = output.step(1, 'reads');
    for (let done = 0; done <= 20; done += 1) line.progress(done, 20);
    line.end('failed', 'boom');
    expect(text()).toContain('\r  1. reads ... 20/20');
    expect(text()).toContain('\u001b[2K  1. reads ... \u001b[31mFAILED\u001b[0m\n      boom\n');
  });

  it('uses no escape codes at all without a terminal', () => {
    const { output, text } = capture(false);
    output.line(output.style.bold('Summary'));
    output.step(2, 'skip me').end('skipped', 'read-only');
    expect(text()).not.toContain('\u001b');
    expect(text()).toContain('  2. skip me ... skipped\n      read-only\n');
  });
});
