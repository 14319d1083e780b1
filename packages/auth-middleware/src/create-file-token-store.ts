import { mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigurationError } from './errors.js';
import type { StoredToken, TokenStore } from './types.js';

type Tokens = Record<string, StoredToken>;

function isStoredToken(value: unknown): value is StoredToken {
  const v = value as StoredToken | undefined;
  return typeof v?.token === 'string' && typeof v.expiresAt === 'number';
}

/**
 * Keeps tokens in a JSON file (keyed by origin and username) so scripts and CLIs reuse a token
 * across runs. The file is written with mode 0600 through a temp file and a rename, so readers
 * never see half a file and concurrent writers cannot corrupt it (the last write wins). A
 * corrupt file is ignored and replaced on the next write. A file that group or others can
 * access is refused with a ConfigurationError: the token may have leaked; chmod 600 or delete.
 */
export function createFileTokenStore(path: string): TokenStore {
  if (typeof path !== 'string' || !path) {
    throw new ConfigurationError('createFileTokenStore needs a file path.', {
      cause: new Error('invalid path'),
    });
  }

  async function load(): Promise<Tokens> {
    let text: string;
    try {
      const { mode } = await stat(path);
      if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
        throw new ConfigurationError(
          `The token file ${path} is accessible to other users (mode ${(mode & 0o777).toString(8)}). Run chmod 600 on it, or delete it to start over.`,
          { cause: new Error('unsafe token file permissions') },
        );
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const data = JSON.parse(text);
      if (data?.version === 1 && data.tokens && typeof data.tokens === 'object') return data.tokens;
    } catch {
      // corrupt: ignored, and replaced by the next write
    }
    return {};
  }

  async function save(tokens: Tokens): Promise<void> {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temp, JSON.stringify({ version: 1, tokens }), { mode: 0o600, flag: 'wx' });
      await rename(temp, path);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
  }

  return {
    async get(key) {
      const tokens = await load();
      const value = Object.hasOwn(tokens, key) ? tokens[key] : undefined;
      return isStoredToken(value) ? value : undefined;
    },
    async set(key, value) {
      const tokens = await load();
      tokens[key] = value;
      await save(tokens);
    },
    async delete(key) {
      const tokens = await load();
      if (!Object.hasOwn(tokens, key)) return;
      delete tokens[key];
      await save(tokens);
    },
  };
}
