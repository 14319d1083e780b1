import type { StoredToken, TokenStore } from './types.js';

/** The default store: a Map that lives as long as the session. */
export function createMemoryTokenStore(): TokenStore {
  const tokens = new Map<string, StoredToken>();
  return {
    get: async (key) => tokens.get(key),
    set: async (key, value) => {
      tokens.set(key, value);
    },
    delete: async (key) => {
      tokens.delete(key);
    },
  };
}
