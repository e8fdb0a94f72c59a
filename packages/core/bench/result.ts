/** What one measured pass (bench/measure.ts) reports to bench/run.ts. */
export const RESULT_PREFIX = 'BENCH-RESULT ';

export interface MeasureResult {
  files: number;
  ms: { read: number; load: number; validate: number; score: number; total: number; json: number; save: number };
  /** With --cache: files answered by the cache, files checked afresh, and whether saving worked. */
  cache: { hits: number; misses: number; saved: boolean } | null;
  /** RSS after the modules were loaded, before any work (MB). */
  baselineMB: number;
  /** process.resourceUsage().maxRSS after scoring (MB): the peak of load + validate + score. */
  peakMB: number;
  /** The same after JSON.stringify of the snapshot as well (MB). */
  peakWithJsonMB: number;
  /** V8 heap in use right after scoring, with the repository and snapshot still alive (MB). */
  heapAfterScoreMB: number;
  snapshotBytes: number;
  objectives: number;
  keyResults: number;
  kpis: number;
  errors: number;
  warnings: number;
  firstProblems: string[];
}
