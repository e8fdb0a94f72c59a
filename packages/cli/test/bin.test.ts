/**
 * The few tests that start the BUILT `cairn` as its own process: the binary, its exit codes
 * through process.exitCode, and the streams of a real process. Everything else runs in-process
 * through `main(argv, output)` (see run-main.ts), which is many times faster.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSI, runCairn } from './run-cairn.js';
import { runMain } from './run-main.js';

const packageVersion = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('the built cairn binary', () => {
  it('prints the version of its package.json', async () => {
    const result = await runCairn(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${packageVersion}\n`, stderr: '' });
  });

  it('exits 0 with no problems and 1 with errors, printing what main prints in-process', async () => {
    for (const [folder, code] of [['fixtures/valid', 0], ['fixtures/errors', 1]] as const) {
      const spawned = await runCairn(['validate', folder]);
      expect(spawned.code).toBe(code);
      expect(spawned).toEqual(await runMain(['validate', folder]));
    }
  });

  it('exits 2 on a usage error, with the message on stderr', async () => {
    const result = await runCairn(['score', 'fixtures/valid', '--period', 'nope']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: unknown period "nope"/);
  });

  it('colours only when FORCE_COLOR asks, as its stdout is a pipe', async () => {
    const [plain, forced] = [await runCairn(['score', 'fixtures/valid']), await runCairn(['score', 'fixtures/valid'], { env: { FORCE_COLOR: '1' } })];
    expect(plain.stdout).not.toMatch(ANSI);
    expect(forced.stdout).toMatch(ANSI);
    expect(forced.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });
});
