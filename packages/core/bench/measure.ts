/**
 * One measured pass over a goals folder, in a process of its own so its memory is its own:
 * read (fs → texts), load (parse + schema), validate (checkRepository), score (buildSnapshot),
 * then serialise the snapshot. Prints one `BENCH-RESULT {json}` line on stdout.
 *
 *   node --import tsx bench/measure.ts <goals-folder> [--as-of YYYY-MM-DD] [--cache <dir>]
 *
 * With --cache, loading goes through the disk cache in <dir> (opening it counts as load) and
 * the cache is saved after scoring (reported as `save`, outside the total).
 */
import { performance } from 'node:perf_hooks';
import { buildSnapshot, checkRepository, loadRepository, openDiskCache, readGoalsFolder } from '../dist/node/index.js';
import { RESULT_PREFIX, type MeasureResult } from './result.js';

const MB = 1024 * 1024;
const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node --import tsx bench/measure.ts <goals-folder> [--as-of YYYY-MM-DD] [--cache <dir>]');
    process.exit(2);
  }
  const baselineMB = process.memoryUsage().rss / MB;

  const t0 = performance.now();
  const files = await readGoalsFolder(dir);
  const t1 = performance.now();
  const cacheDir = option('--cache');
  const cache = cacheDir === undefined ? undefined : openDiskCache(dir, { dir: cacheDir });
  const repo = loadRepository(files, { cache });
  const t2 = performance.now();
  const problems = checkRepository(repo);
  const t3 = performance.now();
  const asOf = option('--as-of') ?? repo.config.as_of ?? new Date().toISOString().slice(0, 10);
  const snapshot = buildSnapshot(repo, asOf);
  const t4 = performance.now();
  const peakMB = maxRssMB();
  const heapAfterScoreMB = process.memoryUsage().heapUsed / MB;
  const json = JSON.stringify(snapshot);
  const t5 = performance.now();
  const saved = cache?.save() ?? false;
  const t6 = performance.now();
  const peakWithJsonMB = maxRssMB();

  const errors = problems.filter((p) => p.severity === 'error');
  const result: MeasureResult = {
    files: files.length,
    ms: { read: t1 - t0, load: t2 - t1, validate: t3 - t2, score: t4 - t3, total: t4 - t0, json: t5 - t4, save: t6 - t5 },
    cache: cache ? { ...cache.stats, saved } : null,
    baselineMB,
    peakMB,
    peakWithJsonMB,
    heapAfterScoreMB,
    snapshotBytes: Buffer.byteLength(json),
    objectives: snapshot.objectives.length,
    keyResults: snapshot.objectives.reduce((sum, o) => sum + o.keyResults.length, 0),
    kpis: snapshot.kpis.length,
    errors: errors.length,
    warnings: problems.length - errors.length,
    firstProblems: (errors.length > 0 ? errors : problems).slice(0, 10).map((p) => `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}`),
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
