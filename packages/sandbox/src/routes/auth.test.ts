import { decodeJwt, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { ANALYST, MFA_USER } from '../test-support/sandbox-client.js';
import { startTestSandbox } from '../test-support/start-test-sandbox.js';

describe('password login', () => {
  it('issues an HS256 JWT with username, tenantId, iat and exp = iat + ttl from the sandbox clock', async () => {
    const { call, sandbox } = await startTestSandbox({ tokenTtlSeconds: 600, tenantId: 7 });
    const result = await call('POST', '/api/v1/authenticate', { json: ANALYST });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ status: 'success', tenant_id: 7 });
    expect(typeof result.json.cookie).toBe('string');
    const claims = decodeJwt(result.json.token);
    expect(claims).toMatchObject({ username: 'analyst@example.com', tenantId: 7 });
    expect(claims.iat).toBe(Math.floor(sandbox.clock.now() / 1000));
    expect(claims.exp).toBe((claims.iat ?? 0) + 600);
  });

  it('answers the same non-descript 401 for a wrong password, an unknown user and an SSO user', async () => {
    const { call } = await startTestSandbox();
    const wrong = await call('POST', '/api/v1/authenticate', {
      json: { ...ANALYST, password: 'hunter2-secret' },
    });
    const unknown = await call('POST', '/api/v1/authenticate', {
      json: { username: 'nobody@example.com', password: 'x' },
    });
    const sso = await call('POST', '/api/v1/authenticate', {
      json: { username: 'sso@example.com', password: 'x' },
    });
    expect([wrong.status, unknown.status, sso.status]).toEqual([401, 401, 401]);
    expect(unknown.json).toEqual(wrong.json);
    expect(sso.json).toEqual(wrong.json);
    expect(wrong.text).not.toContain('hunter2-secret');
  });

  it('answers 400 naming a missing field, without echoing the password', async () => {
    const { call } = await startTestSandbox();
    const result = await call('POST', '/api/v1/authenticate', {
      json: { password: 'only-a-password' },
    });
    expect(result.status).toBe(400);
    expect(result.json.message).toContain('username');
    expect(result.text).not.toContain('only-a-password');
  });
});

describe('protected routes', () => {
  it('accept the raw token and the Bearer form', async () => {
    const { call, login } = await startTestSandbox();
    const token = await login();
    expect((await call('GET', '/api/v1/user/whoami', { token })).status).toBe(200);
    expect((await call('GET', '/api/v1/user/whoami', { token: `Bearer ${token}` })).status).toBe(
      200,
    );
  });

  it('answer 401 for a missing, malformed or forged token', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    const token = await login();
    const forged = await new SignJWT({ username: 'analyst@example.com', tenantId: 0 })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(sandbox.clock.now() / 1000))
      .setExpirationTime(Math.floor(sandbox.clock.now() / 1000) + 900)
      .sign(new TextEncoder().encode('a-key-that-is-not-the-sandbox-key'));
    const payload = token.split('.')[1];
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`;
    for (const bad of [null, 'not-a-jwt', 'Bearer ', forged, unsigned, `${token}x`]) {
      const result = await call('GET', '/api/v1/client/list', { token: bad });
      expect(result.status, String(bad)).toBe(401);
      expect(result.json).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    }
  });

  it('answer 401 once the sandbox clock passes exp, and not a second before', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    sandbox.clock.advance(899_000);
    expect((await call('GET', '/api/v1/client/list')).status).toBe(200);
    sandbox.clock.advance(1_000);
    expect((await call('GET', '/api/v1/client/list')).status).toBe(401);
  });

  it('reject tokens early by faults.tokenSkewMs (clock-skew fault)', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    sandbox.faults.tokenSkewMs = 120_000;
    sandbox.clock.advance(779_000);
    expect((await call('GET', '/api/v1/client/list')).status).toBe(200);
    sandbox.clock.advance(1_000);
    expect((await call('GET', '/api/v1/client/list')).status).toBe(401);
    sandbox.faults.clear();
    expect((await call('GET', '/api/v1/client/list')).status).toBe(200);
  });
});

describe('refresh', () => {
  it('exchanges an unexpired token for a new one that starts a new session', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    const first = await login();
    sandbox.clock.advance(600_000);
    const refreshed = await call('PUT', '/api/v1/token/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.token).not.toBe(first);
    expect(decodeJwt(refreshed.json.token).exp).toBe(Math.floor(sandbox.clock.now() / 1000) + 900);
    sandbox.clock.advance(600_000);
    expect((await call('GET', '/api/v1/client/list', { token: refreshed.json.token })).status).toBe(
      200,
    );
  });

  it('refuses an expired token with 401', async () => {
    const { call, login, sandbox } = await startTestSandbox();
    await login();
    sandbox.clock.advance(900_000);
    const result = await call('PUT', '/api/v1/token/refresh');
    expect(result.status).toBe(401);
  });
});

describe('MFA', () => {
  async function challenge(call: Awaited<ReturnType<typeof startTestSandbox>>['call']) {
    const result = await call('POST', '/api/v1/authenticate', { json: MFA_USER });
    expect(result.json).toMatchObject({ status: 'success', mfa_enabled: true, tenant_id: 0 });
    expect(result.json.token).toBeUndefined();
    return result.json.code as string;
  }

  it('accepts the current TOTP once, rejects a wrong code, and makes the challenge single-use', async () => {
    const { call, sandbox } = await startTestSandbox();
    const code = await challenge(call);
    const wrongDigits = (await sandbox.totp(MFA_USER.username)) === '000000' ? '111111' : '000000';
    expect(
      (await call('POST', '/api/v1/authenticate/mfa', { json: { code, token: wrongDigits } }))
        .status,
    ).toBe(401);
    const totp = await sandbox.totp(MFA_USER.username);
    const ok = await call('POST', '/api/v1/authenticate/mfa', { json: { code, token: totp } });
    expect(ok.status).toBe(200);
    expect(decodeJwt(ok.json.token).username).toBe('mfa@example.com');
    sandbox.clock.advance(30_000);
    const next = await sandbox.totp(MFA_USER.username);
    expect(
      (await call('POST', '/api/v1/authenticate/mfa', { json: { code, token: next } })).status,
    ).toBe(401);
  });

  it('rejects a replay of a TOTP step already used, even with a new challenge', async () => {
    const { call, sandbox } = await startTestSandbox();
    const totp = await sandbox.totp(MFA_USER.username);
    expect(
      (
        await call('POST', '/api/v1/authenticate/mfa', {
          json: { code: await challenge(call), token: totp },
        })
      ).status,
    ).toBe(200);
    const replay = await call('POST', '/api/v1/authenticate/mfa', {
      json: { code: await challenge(call), token: totp },
    });
    expect(replay.status).toBe(401);
    expect(replay.text).not.toContain(totp);
    sandbox.clock.advance(30_000);
    const fresh = await sandbox.totp(MFA_USER.username);
    expect(
      (
        await call('POST', '/api/v1/authenticate/mfa', {
          json: { code: await challenge(call), token: fresh },
        })
      ).status,
    ).toBe(200);
  });

  it('accepts the previous step (window 1) but not the one before it', async () => {
    const { call, sandbox } = await startTestSandbox();
    const stepOld = await sandbox.totp(MFA_USER.username, sandbox.clock.now() - 60_000);
    const stepPrevious = await sandbox.totp(MFA_USER.username, sandbox.clock.now() - 30_000);
    expect(
      (
        await call('POST', '/api/v1/authenticate/mfa', {
          json: { code: await challenge(call), token: stepOld },
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await call('POST', '/api/v1/authenticate/mfa', {
          json: { code: await challenge(call), token: stepPrevious },
        })
      ).status,
    ).toBe(200);
  });
});

describe('auth rate limit', () => {
  it('answers 429 with Retry-After past the limit, counting logins, MFA and refresh alike', async () => {
    const { call, login, sandbox } = await startTestSandbox({ authLimitPerMinute: 4 });
    await login();
    expect((await call('PUT', '/api/v1/token/refresh')).status).toBe(200);
    expect(
      (await call('POST', '/api/v1/authenticate/mfa', { json: { code: 'x', token: '123456' } }))
        .status,
    ).toBe(401);
    sandbox.clock.advance(20_000);
    expect(
      (await call('POST', '/api/v1/authenticate', { json: { ...ANALYST, password: 'wrong' } }))
        .status,
    ).toBe(401);
    const limited = await call('POST', '/api/v1/authenticate', { json: ANALYST });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('40');
    expect((await call('PUT', '/api/v1/token/refresh')).status).toBe(429);
    sandbox.clock.advance(40_000);
    expect((await call('POST', '/api/v1/authenticate', { json: ANALYST })).status).toBe(200);
  });

  it('does not limit data calls', async () => {
    const { call, login } = await startTestSandbox({ authLimitPerMinute: 1 });
    await login();
    for (let i = 0; i < 15; i += 1)
      expect((await call('GET', '/api/v1/client/list')).status).toBe(200);
  });
});
