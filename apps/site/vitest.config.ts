import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // The demo site is built once for every test file; building takes tens of seconds on a busy machine.
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/quiet-lit.ts'],
    hookTimeout: 240_000,
    testTimeout: 120_000,
    // One Chromium at a time: the machine has two cores shared with other work.
    fileParallelism: false,
    // Tests marked concurrent (page kinds in one Chromium) overlap their waits three at a time.
    maxConcurrency: 3,
  },
});
