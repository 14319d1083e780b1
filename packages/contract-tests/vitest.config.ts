import { defineConfig } from 'vitest/config';

// `pnpm test`: the fast checks that need no server. The contract run is vitest.contract.config.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.unit.test.ts'],
  },
});
