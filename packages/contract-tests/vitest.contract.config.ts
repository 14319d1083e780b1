import { defineConfig } from 'vitest/config';

// `pnpm test:contract`: one Prism mock (--errors) for the whole run, started by the kit's
// globalSetup; suites that need the sandbox's clock and counters start it in their worker
// through the kit. Both globalSetups end the run by checking no process or port is left.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'contract',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.unit.test.ts', 'src/integration-example/**'],
          globalSetup: ['./src/global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-example',
          include: ['src/integration-example/**/*.test.ts'],
          exclude: ['src/**/*.unit.test.ts'],
          globalSetup: ['./src/integration-example/global-setup.ts'],
        },
      },
    ],
  },
});
