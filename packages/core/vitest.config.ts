import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Property tests run hundreds of cases; on a busy 2-core CI machine, with the other packages'
    // tests beside them, a second-long test can take several. Speed is the benchmark's job.
    testTimeout: 60_000,
  },
});
