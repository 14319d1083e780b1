import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileTokenStore } from './create-file-token-store.js';
import { ConfigurationError } from './errors.js';
import { resetAuthRateLimiter } from './rate-limiter.js';
import { createTestSession } from './test-support/create-test-session.js';
import { createFakePlexTrac } from './test-support/fake-plextrac.js';
import { createFakeTime } from './test-support/fake-time.js';

let dir: string;
beforeEach(async () => {
  resetAuthRateLimiter();
  dir = await mkdtemp(join(tmpdir(), 'plextrac-ts-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const value = (token: string) => ({ token, expiresAt: Date.UTC(2030, 0, 1), tenantId: 3 });

describe('createFileTokenStore', () => {
  it('writes the file with mode 0600, creating missing folders', async () => {
    const path = join(dir, 'nested', 'tokens.json');
    const store = createFileTokenStore(path);
    await store.set('https://a.example u', value('t-1'));
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(await store.get('https://a.example u')).toEqual(value('t-1'));
  });

  it('keys tokens by origin and username', async () => {
    const path = join(dir, 'tokens.json');
    const store = createFileTokenStore(path);
    await store.set('https://a.example alice', value('a'));
    await store.set('https://b.example alice', value('b'));
    await store.set('https://a.example bob', value('c'));
    expect(await store.get('https://a.example alice')).toMatchObject({ token: 'a' });
    expect(await store.get('https://b.example alice')).toMatchObject({ token: 'b' });
    await store.delete('https://a.example alice');
    expect(await store.get('https://a.example alice')).toBeUndefined();
    expect(await store.get('https://a.example bob')).toMatchObject({ token: 'c' });
  });

  it('returns nothing for a missing file', async () => {
    expect(await createFileTokenStore(join(dir, 'none.json')).get('k')).toBeUndefined();
  });

  it('ignores a corrupt file and replaces it on the next write', async () => {
    const path = join(dir, 'tokens.json');
    await writeFile(path, '{"version":1,"tokens":{"k":{"tok', { mode: 0o600 });
    const store = createFileTokenStore(path);
    expect(await store.get('k')).toBeUndefined();
    await store.set('k', value('fresh'));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      version: 1,
      tokens: { k: value('fresh') },
    });
  });

  it('refuses a file that other users can read, saying how to fix it', async () => {
    const path = join(dir, 'tokens.json');
    await writeFile(path, JSON.stringify({ version: 1, tokens: { k: value('t') } }));
    await chmod(path, 0o644);
    const store = createFileTokenStore(path);
    const error: unknown = await Promise.resolve(store.get('k')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('chmod 600');
    await expect(store.set('k', value('u'))).rejects.toBeInstanceOf(ConfigurationError);
  });

  it.each([
    ['0640', 0o640],
    ['0620', 0o620],
    ['0610', 0o610],
    ['0604', 0o604],
    ['0602', 0o602],
  ])('refuses a file with mode %s: group access counts as well as others', async (_name, mode) => {
    const path = join(dir, 'tokens.json');
    await writeFile(path, JSON.stringify({ version: 1, tokens: { k: value('t') } }));
    await chmod(path, mode);
    const store = createFileTokenStore(path);
    const error: unknown = await Promise.resolve(store.get('k')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('chmod 600');
  });

  it('survives 40 concurrent writers: always valid JSON and no temp files left', async () => {
    const path = join(dir, 'tokens.json');
    const stores = Array.from({ length: 4 }, () => createFileTokenStore(path));
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => stores[i % 4]?.set(`key-${i % 5}`, value(`t-${i}`))),
    );
    const data = JSON.parse(await readFile(path, 'utf8'));
    expect(data.version).toBe(1);
    expect(Object.keys(data.tokens).length).toBeGreaterThan(0);
    expect(await readdir(dir)).toEqual(['tokens.json']);
  });

  // No time.run here: nothing waits on the fake clock, and the file I/O settles on its own.
  it('lets a second session (a new run) reuse the token without logging in', async () => {
    const path = join(dir, 'tokens.json');
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const make = () =>
      createTestSession(time, server, {
        tokenStore: createFileTokenStore(path),
      });
    const token = await make().getToken();
    const again = make();
    expect(await again.getToken()).toBe(token);
    expect(again.tenantId).toBe(7);
    expect(server.authRequests()).toHaveLength(1);
  });

  it('makes the session fail with the ConfigurationError when the token file is unsafe', async () => {
    const path = join(dir, 'tokens.json');
    await writeFile(path, '{}');
    await chmod(path, 0o666);
    const time = createFakeTime();
    const server = createFakePlexTrac(time);
    const session = createTestSession(time, server, {
      tokenStore: createFileTokenStore(path),
    });
    await expect(session.getToken()).rejects.toBeInstanceOf(ConfigurationError);
    expect(server.requests).toHaveLength(0);
  });
});
