import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/quiet-lit.ts'],
    // In-process runs (test/run-main.ts) change the working folder, which worker threads may not do.
    pool: 'forks',
    // A few tests spawn the built `cairn` or npm; a cold start on a busy 2-core machine can take seconds.
    testTimeout: 30_000,
  },
});
