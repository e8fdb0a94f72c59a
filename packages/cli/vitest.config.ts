import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Each test spawns the built `cairn`; a cold Node start on a busy 2-core machine can take seconds.
    testTimeout: 30_000,
  },
});
