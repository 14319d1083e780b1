import type { SandboxOptions } from './types.js';

export interface SandboxConfig {
  tokenTtlSeconds: number;
  authLimitPerMinute: number;
  port: number;
  host: string;
  tenantId: number;
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value <= 0) {
    throw new TypeError(`[@plextrac-ts/sandbox] ${name} must be a positive integer, got ${value}.`);
  }
  return value;
}

/** Checks the numeric options and fills defaults; throws a TypeError naming the bad option. */
export function validateOptions(options: SandboxOptions): SandboxConfig {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new TypeError(`[@plextrac-ts/sandbox] port must be an integer 0-65535, got ${port}.`);
  }
  const tenantId = options.tenantId ?? 0;
  if (!Number.isInteger(tenantId) || tenantId < 0) {
    throw new TypeError(
      `[@plextrac-ts/sandbox] tenantId must be an integer >= 0, got ${tenantId}.`,
    );
  }
  const host = options.host ?? '127.0.0.1';
  if (typeof host !== 'string' || host.trim() === '') {
    throw new TypeError('[@plextrac-ts/sandbox] host must be a non-empty string.');
  }
  const clock = options.clock;
  if (
    clock !== undefined &&
    (typeof clock.now !== 'function' || typeof clock.advance !== 'function')
  ) {
    throw new TypeError('[@plextrac-ts/sandbox] clock must have now(), advance(ms) and set(ms).');
  }
  return {
    tokenTtlSeconds: positiveInteger('tokenTtlSeconds', options.tokenTtlSeconds ?? 900),
    authLimitPerMinute: positiveInteger('authLimitPerMinute', options.authLimitPerMinute ?? 10),
    port,
    host,
    tenantId,
  };
}
