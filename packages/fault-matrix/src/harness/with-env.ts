import type { SandboxOptions } from '@plextrac-ts/sandbox';
import { type MatrixEnv, startMatrixEnv } from './matrix-env.js';

/** Runs `body` against a fresh sandbox and always stops it, whatever the outcome. */
export async function withEnv<T>(
  name: string,
  body: (env: MatrixEnv) => Promise<T>,
  options: Omit<SandboxOptions, 'clock' | 'users'> = {},
): Promise<T> {
  const env = await startMatrixEnv(name, options);
  try {
    return await body(env);
  } finally {
    await env.stop();
  }
}

/** The error `promise` rejects with; fails the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('[@plextrac-ts/fault-matrix] expected a rejection, but the promise resolved');
}

/** Counts requests to one path in a recorded fetch log. */
export const to =
  (path: string) =>
  (record: { path: string }): boolean =>
    record.path === path;

export const AUTHENTICATE = '/api/v1/authenticate';
export const AUTHENTICATE_MFA = '/api/v1/authenticate/mfa';
export const REFRESH = '/api/v1/token/refresh';
export const WHOAMI = '/api/v1/user/whoami';
