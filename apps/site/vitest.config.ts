import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The demo site is built once for every test file; building takes tens of seconds on a busy machine.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/quiet-lit.ts'],
    hookTimeout: 240_000,
    testTimeout: 120_000,
    // Two test files at a time: a file waits on Chromium or on a build's I/O often enough that
    // a second one fits beside it on two cores (docs/benchmarks.md, "The test suite").
    fileParallelism: true,
    maxWorkers: 2,
  },
});
