/** What the CLI's benchmarks share: their command-line switches and timing one built `cairn` run. */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/cairn.js', import.meta.url));

/** A numeric switch such as `--runs 3`, or the fallback. */
export function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Milliseconds of one `cairn` run in a fresh process; thrown, not exited, so callers clean up. */
export function timedCairn(args: string[], options: SpawnSyncOptions = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28, ...options });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`cairn ${args.join(' ')} failed (exit ${String(result.status)}):\n${String(result.stderr)}`);
  return ms;
}
