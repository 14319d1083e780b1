import { defineConfig } from 'vitest/config';

// These tests spawn pnpm, turbo, git and the linters on copies of the repository: slow on a
// loaded CI machine, so hooks get the same room as tests.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
