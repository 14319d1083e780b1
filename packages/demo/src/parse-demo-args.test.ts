import { describe, expect, it } from 'vitest';
import { ConfigError } from './demo-error.js';
import { parseDemoArgs } from './parse-demo-args.js';

describe('parseDemoArgs', () => {
  it('reads --write and --help, and accepts the `--` pnpm passes through', () => {
    expect(parseDemoArgs([])).toEqual({ write: false, help: false });
    expect(parseDemoArgs(['--', '--write'])).toEqual({ write: true, help: false });
    expect(parseDemoArgs(['-h'])).toEqual({ write: false, help: true });
  });

  it.each([
    [['--wirte'], /Unknown option '--wirte'\. Usage: pnpm demo/],
    [['sandbox'], /Unexpected argument 'sandbox'\. Usage: pnpm demo/],
  ])('rejects %j with a one-line ConfigError', (args, message) => {
    expect(() => parseDemoArgs(args)).toThrow(ConfigError);
    expect(() => parseDemoArgs(args)).toThrow(message);
  });
});
