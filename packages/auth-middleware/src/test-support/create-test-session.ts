import { createSession } from '../create-session.js';
import type { SessionOptions } from '../types.js';
import { BASE_URL, PASSWORD, USERNAME } from './fake-plextrac.js';
import type { FakeTime } from './fake-time.js';

/** A session for the fake PlexTrac on fake time; `options` override any default. */
export function createTestSession(
  time: FakeTime,
  server: Pick<SessionOptions, 'fetch'>,
  options: Partial<SessionOptions> = {},
) {
  return createSession({
    baseUrl: BASE_URL,
    username: USERNAME,
    password: PASSWORD,
    fetch: server.fetch,
    clock: time.clock,
    sleep: time.sleep,
    ...options,
  });
}
