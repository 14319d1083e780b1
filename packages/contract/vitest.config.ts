import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Tests start real Prism processes (~1 s each) on loopback.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
