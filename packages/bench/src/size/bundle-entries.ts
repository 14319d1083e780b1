export interface BundleEntry {
  id: 'auth-middleware' | 'sdk-call-with-auth' | 'client-with-auth' | 'openapi-fetch';
  title: string;
  /** The user's module: it calls what it imports, so tree-shaking keeps exactly that. */
  contents: string;
  external: readonly string[];
}

const SESSION = `createSession({ baseUrl: 'https://example.plextrac.com', username: 'u', password: 'p' })`;

/** (a)–(c) are what a user bundles to use our packages; (d) is the reference. */
export const BUNDLE_ENTRIES: readonly BundleEntry[] = [
  {
    id: 'auth-middleware',
    title: 'auth middleware + session, otplib external',
    contents: `import { createAuthMiddleware, createSession } from '@plextrac-ts/auth-middleware';
export const middleware = createAuthMiddleware(${SESSION});`,
    external: ['otplib', '@otplib/*'],
  },
  {
    id: 'sdk-call-with-auth',
    title: 'one SDK call + createSdkAuth + createSession',
    contents: `import { createSdkAuth, createSession } from '@plextrac-ts/auth-middleware';
import { client, getWhoami } from '@plextrac-ts/sdk';
client.setConfig(createSdkAuth(${SESSION}));
export const whoami = () => getWhoami();`,
    external: [],
  },
  {
    id: 'client-with-auth',
    title: 'createPlexTracClient + createAuthMiddleware + createSession',
    contents: `import { createAuthMiddleware, createSession } from '@plextrac-ts/auth-middleware';
import { createPlexTracClient } from '@plextrac-ts/client';
const client = createPlexTracClient({ baseUrl: 'https://example.plextrac.com' });
client.use(createAuthMiddleware(${SESSION}));
export const whoami = () => client.GET('/api/v1/user/whoami');`,
    external: [],
  },
  {
    id: 'openapi-fetch',
    title: 'openapi-fetch alone (reference)',
    contents: `import createClient from 'openapi-fetch';
const client = createClient({ baseUrl: 'https://example.plextrac.com' });
export const whoami = () => client.GET('/api/v1/user/whoami');`,
    external: [],
  },
];

export function bundleEntry(id: BundleEntry['id']): BundleEntry {
  const entry = BUNDLE_ENTRIES.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`[@plextrac-ts/bench] no bundle entry "${id}".`);
  return entry;
}
