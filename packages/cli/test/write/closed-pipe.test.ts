import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CAIRN_BIN, cairnEnv, TEST_DIR } from '../run-cairn.js';

/** Runs the built cairn and closes its standard output after the first chunk, as `| head -c 10` does. */
function runAndCloseEarly(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; got: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CAIRN_BIN, ...args], { cwd: TEST_DIR, env: cairnEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let got = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.stdout.once('data', (chunk: Buffer) => {
      got = Math.min(chunk.length, 10);
      child.stdout.destroy();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr, got }));
  });
}

describe('a reader that closes the pipe early', () => {
  it('ends `cairn export` quietly with exit 0', async () => {
    const result = await runAndCloseEarly(['export', '../../../examples/acme', '--no-cache']);
    expect(result.got).toBe(10);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('ends `cairn score --format json` quietly with exit 0', async () => {
    const result = await runAndCloseEarly(['score', '../../../examples/acme', '--format', 'json', '--no-cache']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
