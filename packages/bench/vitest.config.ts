import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The count tests send thousands of real (stubbed) requests; a loaded CI machine needs room.
    testTimeout: 30_000,
  },
});
