import { fileURLToPath } from 'node:url';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export const tinySpec = here('./tiny-spec.yaml');
export const fakePrismExits = here('./fake-prism-exits.mjs');
export const fakePrismSilent = here('./fake-prism-silent.mjs');
export const fakePrismStubborn = here('./fake-prism-stubborn.mjs');
export const fakePrismUsage = here('./fake-prism-usage.mjs');
export const fakePrismDump = here('./fake-prism-dump.mjs');
export const holdMock = here('./hold-mock.ts');
export const strangerProgram = here('./stranger.mjs');
export const mockServerProgram = here('./mock-server.mjs');
export const leaderExitsProgram = here('./leader-exits.mjs');
