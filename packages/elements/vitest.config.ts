import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { mediaCommands } from './test/media-commands.js';
import { ssrCommands } from './test/ssr-commands.js';

/** Flags the system Chromium needs on this kind of machine: headless, and no calls home. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export default defineConfig({
  test: {
    // The demo snapshot is scored from examples/acme before the tests, never kept as a stale copy.
    globalSetup: ['./test/acme-setup.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
          // The node tests share one copy of the modules per worker; the elements keep no state
          // in modules. (The browser tests stay isolated: each hydrates into a fresh page.)
          isolate: false,
          // Type tests (*.test-d.ts) run through tsc over themselves and what they import; every
          // other file is the package's typecheck task's to check, not checked twice here.
          typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.typetest.json' },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          setupFiles: ['./test/quiet-lit.ts'],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
              // Room for the tallest screenshot at full size: a smaller page would scale the test frame down.
              contextOptions: { viewport: { width: 1400, height: 6000 } },
            }),
            instances: [{ browser: 'chromium' }],
            commands: { ...ssrCommands, ...mediaCommands },
            // Screenshots are compared with a small tolerance for anti-aliasing; accept a change with `-u`.
            expect: { toMatchScreenshot: { comparatorName: 'pixelmatch', comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.0002 } } },
          },
        },
      },
    ],
  },
});
