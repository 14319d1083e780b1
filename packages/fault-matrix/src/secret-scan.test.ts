import { inspect } from 'node:util';
import { createAuthFetch, createSession, type Session } from '@plextrac-ts/auth-middleware';
import { describe, expect } from 'vitest';
import { createInstantTime } from './harness/instant-time.js';
import { matrixTest } from './harness/matrix-test.js';
import { ANALYST, MFA_PASSWORD, MFA_USER, PASSWORD, TOTP_SECRET } from './harness/matrix-users.js';
import { leftovers, portAccepts } from './harness/resource-tracker.js';
import {
  addArtifact,
  addSecret,
  collectorSummary,
  scanForSecrets,
  secretsIn,
} from './harness/secret-collector.js';
import { startLoopbackServer } from './harness/start-loopback-server.js';
import { createStubFetch, fakeJwt, json } from './harness/stub-fetch.js';
import { withEnv } from './harness/with-env.js';

/** A session against a server that echoes secrets back in its answers; every outcome is kept. */
async function hostile(name: string, answer: Parameters<typeof createStubFetch>[0], extra = {}) {
  const time = createInstantTime(Date.UTC(2045, 0, 1));
  const stub = createStubFetch(answer);
  const session: Session = createSession({
    baseUrl: `https://${name}.hostile.example`,
    username: ANALYST,
    password: PASSWORD,
    fetch: stub,
    clock: time.clock,
    sleep: time.sleep,
    authTimeoutMs: time.authTimeoutMs,
    onEvent: (event) => addArtifact(`event:hostile-${name}:${event.type}`, event),
    ...extra,
  });
  const authFetch = createAuthFetch(session);
  for (let i = 0; i < 2; i++) {
    try {
      // The answer's body is the server's own text (it may echo anything): not ours to redact.
      await (await authFetch(`https://${name}.hostile.example/api/v1/user/whoami`)).text();
    } catch (error) {
      addArtifact(`error:hostile-${name}`, error);
    }
    await time.sleep(16 * 60_000); // past the token's expiry: the second round logs in again
  }
  addArtifact(`session:hostile-${name}`, session);
  addArtifact(`session-inspect:hostile-${name}`, inspect(session, { depth: 20, showHidden: true }));
}

const echo = (text: string) =>
  json(401, { status: 'error', message: `rejected: ${text}`, error: text });

describe('secret scan (runs last: it reads what every other file recorded)', () => {
  matrixTest('secrets-scan', 'session', async (context) => {
    // Servers that echo the password, TOTP secret or token in their error messages.
    await hostile('echo-password', () => echo(`password ${PASSWORD} is wrong`));
    await hostile(
      'echo-totp',
      (request) =>
        request.url.endsWith('/authenticate')
          ? json(200, { status: 'success', mfa_enabled: true, code: 'challenge-code' })
          : echo(`code for secret ${TOTP_SECRET} rejected`),
      { username: MFA_USER, password: MFA_PASSWORD, totpSecret: TOTP_SECRET },
    );
    const issued = fakeJwt({ iat: 2_000_000_000, exp: 2_000_000_900 });
    await hostile('echo-token', (request) =>
      new URL(request.url).pathname === '/api/v1/authenticate'
        ? json(200, { status: 'success', tenant_id: 0, token: issued, cookie: fakeJwt({}) })
        : echo(`token ${issued} expired; refresh with ${issued}`),
    );
    // A server token that is not a valid header value (a NUL inside).
    const broken = `${fakeJwt({ exp: 4_000_000_000 })}\u0000x`;
    addSecret('server token with a NUL', broken);
    await hostile('bad-token', (request) =>
      request.url.endsWith('/authenticate')
        ? json(200, { status: 'success', tenant_id: 0, token: broken, cookie: 'c' })
        : json(200, {}),
    );
    await withEnv('secrets-scan', async (env) => {
      const session = env.session();
      expect((await env.api('openapi-fetch', session).whoami()).status).toBe(200);
      addArtifact('session-json:secrets-scan', JSON.stringify(session));
    });

    // The scanner finds what it must (canary), then scans everything the run recorded.
    expect(secretsIn(`a ${PASSWORD} b ${issued.split('.')[2]} c`)).toEqual(
      expect.arrayContaining(['password', 'stub token (signature)']),
    );
    const summary = collectorSummary();
    const leaks = scanForSecrets();
    context.task.meta.secretLeaks = new Set(leaks.map((leak) => leak.artifact)).size;
    expect(summary.secrets).toBeGreaterThan(4);
    expect(summary.sources).toEqual(expect.arrayContaining(['event', 'error', 'session']));
    const where = new Map<string, Set<string>>();
    for (const leak of leaks) {
      const key = `${leak.source} (${leak.via})`;
      where.set(key, (where.get(key) ?? new Set()).add(leak.secret));
    }
    const report = [...where].map(([key, labels]) => `${key}: ${[...labels].join(', ')}`);
    expect(report, `secrets leaked (${leaks.length} hits; the list names where)`).toEqual([]);
  });

  matrixTest('hygiene-no-leftovers', 'session', async () => {
    // The probe can tell an open port from a closed one.
    const canary = await startLoopbackServer('canary', (_req, res) => {
      res.end();
    });
    const port = Number(new URL(canary.url).port);
    expect(await portAccepts(port)).toBe(true);
    await canary.stop();
    expect(await portAccepts(port)).toBe(false);

    const { tracked, alive } = await leftovers();
    expect(tracked).toBeGreaterThan(0);
    expect(alive).toEqual([]);
    // Let the probes' own sockets finish closing, then no TCP server or socket may be open.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const tcp = process.getActiveResourcesInfo().filter((type) => type.startsWith('TCP'));
    expect(tcp).toEqual([]);
  });
});
