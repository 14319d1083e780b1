import { inspect } from 'node:util';
import { ConfigError } from './demo-error.js';

/** Where the demo runs: the embedded sandbox, or a real PlexTrac instance behind `prism proxy`. */
export type DemoTarget =
  | { readonly kind: 'sandbox' }
  | {
      readonly kind: 'instance';
      /** Instance root, e.g. `https://company.plextrac.com` (no trailing slash). */
      readonly url: string;
      readonly username: string;
      /** Non-enumerable: never in JSON.stringify or util.inspect. */
      readonly password: string;
      /** Base32, normalised (upper case, no spaces); non-enumerable like the password. */
      readonly totpSecret: string | undefined;
    };

export const envNames = {
  url: 'PLEXTRAC_URL',
  username: 'PLEXTRAC_USERNAME',
  password: 'PLEXTRAC_PASSWORD',
  totpSecret: 'PLEXTRAC_TOTP_SECRET',
} as const;

const required = [envNames.url, envNames.username, envNames.password] as const;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw;
}

/** Checks PLEXTRAC_URL and returns the instance root; the message never echoes credentials. */
export function parseInstanceUrl(raw: string): string {
  const name = envNames.url;
  const trimmed = raw.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    throw new ConfigError(
      `${name} must start with https:// (or http:// for a loopback host), e.g. https://company.plextrac.com.`,
    );
  }
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    // No cause: URL's TypeError carries the input, credentials and all, in `input`.
    throw new ConfigError(`${name} is not a valid URL; use e.g. https://company.plextrac.com.`);
  }
  if (url.username || url.password) {
    throw new ConfigError(
      `${name} must not contain credentials; set ${envNames.username} and ${envNames.password} instead.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`${name} must use https:// (got ${url.protocol}//).`);
  }
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) {
    throw new ConfigError(
      `${name} uses http:// for ${url.hostname}: credentials would travel unencrypted; use https://.`,
    );
  }
  if (url.search || url.hash) {
    throw new ConfigError(`${name} must not have a query or fragment; use the instance root.`);
  }
  // Prism's proxy forwards to the upstream's origin only, so a path would be lost.
  if (url.pathname !== '/') {
    throw new ConfigError(
      `${name} must be the instance root without a path (no /api/...), e.g. ${url.origin}.`,
    );
  }
  return url.origin;
}

/** Normalises a base32 TOTP secret (spaces and case are forgiven); the message never echoes it. */
export function parseTotpSecret(raw: string): string {
  const secret = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z2-7]+=*$/.test(secret)) {
    throw new ConfigError(
      `${envNames.totpSecret} is not base32 (only letters A-Z and digits 2-7); copy the secret shown when MFA was set up.`,
    );
  }
  if (secret.replace(/=+$/, '').length < 16) {
    throw new ConfigError(
      `${envNames.totpSecret} is too short for a TOTP secret (at least 16 base32 characters); copy the whole secret.`,
    );
  }
  return secret;
}

function redacted(target: DemoTarget): Record<string, unknown> {
  return target.kind === 'sandbox'
    ? { kind: 'sandbox' }
    : { kind: 'instance', url: target.url, username: target.username };
}

/**
 * Reads the target from the environment: no PLEXTRAC_* variable means the sandbox; URL, username
 * and password together mean a real instance. Anything in between is a ConfigError (exit code 2).
 */
export function readTarget(env: NodeJS.ProcessEnv): DemoTarget {
  const present = Object.values(envNames).filter((name) => value(env, name) !== undefined);
  if (present.length === 0) return { kind: 'sandbox' };
  const missing = required.filter((name) => value(env, name) === undefined);
  if (missing.length > 0) {
    throw new ConfigError(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: a real instance needs ${required.join(', ')} (and ${envNames.totpSecret} for MFA users); unset every PLEXTRAC_* variable to use the sandbox.`,
    );
  }
  const url = parseInstanceUrl(value(env, envNames.url) as string);
  const username = (value(env, envNames.username) as string).trim();
  const password = value(env, envNames.password) as string;
  const rawSecret = value(env, envNames.totpSecret);
  const totpSecret = rawSecret === undefined ? undefined : parseTotpSecret(rawSecret);
  const target = { kind: 'instance', url, username } as DemoTarget;
  Object.defineProperties(target, {
    password: { value: password, enumerable: false },
    totpSecret: { value: totpSecret, enumerable: false },
    toJSON: { value: () => redacted(target), enumerable: false },
    [inspect.custom]: { value: () => redacted(target), enumerable: false },
  });
  return Object.freeze(target);
}
