import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Property tests run hundreds of cases; on a busy 2-core CI machine, with the other packages'
    // tests beside them, a second-long test can take several. Speed is the benchmark's job.
    testTimeout: 60_000,
    // Core keeps no module-level state (test/run-state.test.ts holds it to that), so the test
    // files of a worker share one copy of the modules instead of importing them again each.
    isolate: false,
  },
});
