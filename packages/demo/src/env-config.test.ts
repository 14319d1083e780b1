import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './demo-error.js';
import { parseInstanceUrl, parseTotpSecret, readTarget } from './env-config.js';

const password = 'correct horse battery staple';
const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const env = {
  PLEXTRAC_URL: 'https://company.plextrac.com/',
  PLEXTRAC_USERNAME: ' robot@example.com ',
  PLEXTRAC_PASSWORD: password,
  PLEXTRAC_TOTP_SECRET: 'jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp',
};

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('readTarget', () => {
  it('chooses the sandbox when no PLEXTRAC_* variable is set (empty ones count as unset)', () => {
    expect(readTarget({})).toEqual({ kind: 'sandbox' });
    expect(readTarget({ PLEXTRAC_URL: '  ', PLEXTRAC_PASSWORD: '' })).toEqual({ kind: 'sandbox' });
  });

  it('reads a complete instance configuration and normalises URL, username and secret', () => {
    const target = readTarget(env);
    expect(target).toMatchObject({
      kind: 'instance',
      url: 'https://company.plextrac.com',
      username: 'robot@example.com',
      password,
      totpSecret: secret,
    });
  });

  it('keeps the password and TOTP secret out of JSON.stringify and util.inspect', () => {
    const target = readTarget(env);
    for (const text of [JSON.stringify(target), inspect(target, { showHidden: true, depth: 5 })]) {
      expect(text).toContain('robot@example.com');
      expect(text).not.toContain(password);
      expect(text).not.toContain(secret);
    }
  });

  it('names every missing variable when only some are set', () => {
    const error = configError(() => readTarget({ PLEXTRAC_URL: env.PLEXTRAC_URL }));
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(
      /^\[@plextrac-ts\/demo\] PLEXTRAC_USERNAME, PLEXTRAC_PASSWORD are not set/,
    );
  });

  it('accepts an instance without a TOTP secret (a service account)', () => {
    const target = readTarget({ ...env, PLEXTRAC_TOTP_SECRET: undefined });
    expect(target.kind === 'instance' && target.totpSecret).toBeUndefined();
  });
});

describe('parseInstanceUrl', () => {
  it.each([
    ['company.plextrac.com', /must start with https:\/\//],
    ['ftp://company.plextrac.com', /must start with https:\/\/|must use https/],
    ['http://company.plextrac.com', /uses http:\/\/ for company\.plextrac\.com/],
    ['https://user:pw@company.plextrac.com', /must not contain credentials/],
    ['https://company.plextrac.com/api/v1', /instance root without a path/],
    ['https://company.plextrac.com/?tenant=1', /query or fragment/],
    ['https://company.plextrac.com/plextrac', /instance root without a path/],
    ['https://', /not a valid URL/],
  ])('rejects %s', (url, message) => {
    const error = configError(() => parseInstanceUrl(url));
    expect(error.message).toMatch(/PLEXTRAC_URL/);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('pw@');
  });

  it('rejects an unparsable URL with credentials without keeping them anywhere', () => {
    const error = configError(() =>
      parseInstanceUrl('https://user:hunter2@company.plextrac.com:99999'),
    );
    expect(error.message).toMatch(/not a valid URL/);
    expect(inspect(error, { depth: Infinity })).not.toContain('hunter2');
  });

  it('allows http:// only for loopback hosts', () => {
    expect(parseInstanceUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
    expect(parseInstanceUrl('http://localhost:3000')).toBe('http://localhost:3000');
  });
});

describe('parseTotpSecret', () => {
  it('rejects a secret with characters outside base32 without echoing it', () => {
    const error = configError(() => parseTotpSecret('JBSWY3DPEHPK3PXP0189'));
    expect(error.message).toMatch(/PLEXTRAC_TOTP_SECRET is not base32/);
    expect(error.message).not.toContain('JBSWY3DPEHPK3PXP0189');
  });

  it('rejects a secret too short to be one', () => {
    expect(configError(() => parseTotpSecret('JBSWY3DP')).message).toMatch(/too short/);
  });

  it('forgives spaces, dashes, lower case and padding', () => {
    expect(parseTotpSecret('jbsw-y3dp ehpk-3pxp==')).toBe('JBSWY3DPEHPK3PXP==');
  });
});
