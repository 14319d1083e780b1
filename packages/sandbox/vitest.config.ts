import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The proxy suite starts Prism (about 1-3 s) and shares the machine with other suites.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
