import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// The matrix families in a fixed order, the secret scan last: it asserts on what every other
// file recorded into the shared collector.
const ORDER = [
  'bad-input',
  'transport-faults',
  'auth-faults',
  'data-faults',
  'properties',
  'secret-scan',
];

const rank = (spec: TestSpecification) => {
  const index = ORDER.findIndex((name) => spec.moduleId.includes(`/${name}.`));
  return index === -1 ? ORDER.length - 1.5 : index;
};

class MatrixSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/harness/capture-console.ts'],
    // One worker, one module graph: the secret collector and the server tracker see every file.
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    isolate: false,
    sequence: { sequencer: MatrixSequencer, shuffle: false },
    testTimeout: 10_000,
    hookTimeout: 10_000,
    teardownTimeout: 5_000,
    detectAsyncLeaks: true,
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
