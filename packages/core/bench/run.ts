/**
 * Performance benchmark of @cairn/core: generates synthetic goals repositories on disk
 * (S = 1,000 and L = 10,000 objectives), then reads, loads, validates and scores each in fresh
 * child processes, and prints the figures, the L/S growth and the targets. Each size runs
 * cold (no cache: what CI and a first run pay) and warm (the disk cache of an earlier run,
 * what `cairn` pays on every later run of unchanged files).
 *
 *   npm run bench                      (from the root or packages/core)
 *   npx tsx bench/run.ts [options]     (from packages/core)
 *
 * Options:
 *   --sizes S=1000,L=10000   sizes as name=objectives (teams, KPIs scale along)
 *   --runs 3                 fresh processes per size; the median of each stage is reported
 *   --profile                also run each size once under `node --cpu-prof` and list hot spots
 *   --keep                   keep the generated folders (their path is printed)
 *   --json <file>            also write the raw results as JSON
 *
 * Exits 1 only when a generated repository is not valid (a generator bug), never for timing.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRepository, sizeSpec, type GeneratedStats, type SizeSpec } from './generate.js';
import { summariseProfile, type ProfileSummary } from './profile.js';
import { RESULT_PREFIX, type MeasureResult } from './result.js';

const PACKAGE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const MEASURE = join(PACKAGE_DIR, 'bench', 'measure.ts');
const TARGET = { objectives: 10_000, totalMs: 3000, peakMB: 1024 };
const STAGES = ['read', 'load', 'validate', 'score', 'total'] as const;

interface Options {
  sizes: SizeSpec[];
  runs: number;
  profile: boolean;
  keep: boolean;
  json: string | undefined;
}

type Mode = 'cold' | 'warm';

interface SizeResult {
  spec: SizeSpec;
  mode: Mode;
  generated: GeneratedStats;
  generateMs: number;
  runs: MeasureResult[];
  median: MeasureResult['ms'];
  peakMB: number;
  peakWithJsonMB: number;
  baselineMB: number;
  profile?: ProfileSummary;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { sizes: [sizeSpec('S', 1000), sizeSpec('L', 10_000)], runs: 3, profile: false, keep: false, json: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = (): string => {
      const value = argv[(i += 1)];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === '--sizes') {
      options.sizes = next()
        .split(',')
        .map((entry) => {
          const [name = '', count = ''] = entry.split('=');
          const objectives = Number(count);
          if (!name || !Number.isInteger(objectives) || objectives < 40) throw new Error(`--sizes: "${entry}" is not name=objectives (at least 40)`);
          return sizeSpec(name, objectives);
        });
    } else if (arg === '--runs') options.runs = Math.max(1, Number(next()) || 1);
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--json') options.json = next();
    else if (arg !== '--') throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const log = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const fmtInt = (n: number): string => Math.round(n).toLocaleString('en-GB');
const fmtMs = (ms: number): string => (ms >= 100 ? fmtInt(ms) : ms.toFixed(1));
const fmtMB = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** One measured pass in a fresh Node process (tsx loads the TypeScript sources). */
function measure(dir: string, nodeFlags: string[] = [], cacheDir?: string): Promise<MeasureResult> {
  return new Promise((resolve, reject) => {
    const args = [...nodeFlags, '--import', 'tsx', MEASURE, dir, ...(cacheDir === undefined ? [] : ['--cache', cacheDir])];
    const child = spawn(process.execPath, args, { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) {
        reject(new Error(`measure.ts exited with ${code}${out ? `:\n${out}` : ''}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as MeasureResult);
    });
  });
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  log(line(header));
  log(`|${widths.map((w, c) => (c === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  rows.forEach((r) => log(line(r)));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const root = mkdtempSync(join(tmpdir(), 'cairn-bench-'));
  const cleanup = (): void => {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });

  log(`Cairn core benchmark — Node ${process.version}, ${process.platform}/${process.arch}`);
  log(`sizes ${options.sizes.map((s) => `${s.name}=${fmtInt(s.objectives)}`).join(', ')}; ${options.runs} fresh process(es) per size; work folder ${root}`);
  const results: SizeResult[] = [];
  try {
    for (const spec of options.sizes) {
      const dir = join(root, spec.name);
      log();
      log(`[${spec.name}] generating ${fmtInt(spec.objectives)} objectives, ${fmtInt(spec.teams)} teams, ${fmtInt(spec.kpis)} KPIs × ${spec.measurementsPerKpi} measurements …`);
      const g0 = performance.now();
      const generated = generateRepository(dir, spec);
      const generateMs = performance.now() - g0;
      log(
        `[${spec.name}] generated in ${fmtMs(generateMs)} ms: ${fmtInt(generated.files)} files, ${fmtMB(generated.bytes)} MB; ` +
          `${fmtInt(generated.objectives)} objectives (${fmtInt(generated.aligned)} aligned), ${fmtInt(generated.keyResults)} key results ` +
          `(${Object.entries(generated.keyResultsByType)
            .map(([type, n]) => `${fmtInt(n)} ${type}`)
            .join(', ')}), ${fmtInt(generated.checkins)} check-ins, ${fmtInt(generated.teams)} teams, ${generated.periods} periods, ` +
          `${fmtInt(generated.kpis)} KPIs (${fmtInt(generated.kpisWithCsv)} with CSV), ${fmtInt(generated.measurements)} measurements`,
      );

      const cold = await runMode(spec, dir, generated, generateMs, 'cold', options);
      if (!cold) return;
      results.push(cold);
      const cacheDir = join(root, `${spec.name}-cache`);
      log(`[${spec.name}] priming the cache …`);
      const priming = await measure(dir, [], cacheDir);
      log(
        `[${spec.name}] priming run: load ${fmtMs(priming.ms.load)} ms (cold, storing ${fmtInt(priming.cache?.misses ?? 0)} files), ` +
          `then saving the cache ${fmtMs(priming.ms.save)} ms (${priming.cache?.saved ? 'saved' : 'NOT saved'})`,
      );
      const warm = await runMode(spec, dir, generated, generateMs, 'warm', options, cacheDir);
      if (!warm) return;
      results.push(warm);
    }
    report(results, options);
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify({ node: process.version, results }, null, 2)}\n`);
      log(`raw results written to ${options.json}`);
    }
  } finally {
    cleanup();
    if (options.keep) log(`generated folders kept in ${root}`);
  }
}

/** The runs of one size in one mode, or null (and exit code 1) when the repository is not valid. */
async function runMode(spec: SizeSpec, dir: string, generated: GeneratedStats, generateMs: number, mode: Mode, options: Options, cacheDir?: string): Promise<SizeResult | null> {
  const tag = `[${spec.name} ${mode}]`;
  const runs: MeasureResult[] = [];
  for (let run = 1; run <= options.runs; run += 1) {
    log(`${tag} run ${run}/${options.runs} …`);
    const result = await measure(dir, [], cacheDir);
    runs.push(result);
    const { ms } = result;
    const hits = result.cache ? ` · cache ${fmtInt(result.cache.hits)} hits, ${fmtInt(result.cache.misses)} misses` : '';
    log(
      `${tag} run ${run}/${options.runs}: read ${fmtMs(ms.read)} · load ${fmtMs(ms.load)} · validate ${fmtMs(ms.validate)} · score ${fmtMs(ms.score)} · ` +
        `total ${fmtMs(ms.total)} ms · peak ${fmtInt(result.peakMB)} MB${hits}`,
    );
    if (run === 1) {
      log(`${tag} checkRepository: ${result.errors} errors, ${result.warnings} warnings`);
      if (result.errors > 0 || result.objectives !== generated.objectives) {
        console.error(`\nGENERATOR BUG: the generated ${spec.name} repository is not valid (${result.errors} errors, ${result.objectives}/${generated.objectives} objectives scored):`);
        result.firstProblems.forEach((p) => console.error(`  ${p}`));
        console.error(`(kept for inspection: ${dir})`);
        process.exitCode = 1;
        options.keep = true;
        return null;
      }
      if (result.warnings > 0) result.firstProblems.forEach((p) => log(`    ${p}`));
    }
  }
  const size: SizeResult = {
    spec,
    mode,
    generated,
    generateMs,
    runs,
    median: {
      read: median(runs.map((r) => r.ms.read)),
      load: median(runs.map((r) => r.ms.load)),
      validate: median(runs.map((r) => r.ms.validate)),
      score: median(runs.map((r) => r.ms.score)),
      total: median(runs.map((r) => r.ms.total)),
      json: median(runs.map((r) => r.ms.json)),
      save: median(runs.map((r) => r.ms.save)),
    },
    peakMB: Math.max(...runs.map((r) => r.peakMB)),
    peakWithJsonMB: Math.max(...runs.map((r) => r.peakWithJsonMB)),
    baselineMB: median(runs.map((r) => r.baselineMB)),
  };
  if (options.profile) {
    const profileDir = join(dir, '..', `${spec.name}-${mode}-profile`);
    log(`${tag} profiling one more run with --cpu-prof …`);
    await measure(dir, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`], cacheDir);
    const file = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    if (file) size.profile = summariseProfile(join(profileDir, file));
  }
  return size;
}

function report(results: SizeResult[], options: Options): void {
  log();
  log(`Median of ${options.runs} fresh process(es) per size, times in ms; peak = max of process.resourceUsage().maxRSS over the runs;`);
  log('heap = V8 heap in use after scoring (repository and snapshot alive); snapshot = JSON.stringify size; JSON ms = stringify time (not in total).');
  table(
    ['size', 'cache', 'objectives', 'KRs', 'KPIs', 'files', 'read', 'load', 'validate', 'score', 'total', 'best total', 'peak MB', 'heap MB', 'snapshot MB', 'JSON ms'],
    results.map((r) => [
      r.spec.name,
      r.mode,
      fmtInt(r.generated.objectives),
      fmtInt(r.generated.keyResults),
      fmtInt(r.generated.kpis),
      fmtInt(r.runs[0]?.files ?? 0),
      fmtMs(r.median.read),
      fmtMs(r.median.load),
      fmtMs(r.median.validate),
      fmtMs(r.median.score),
      fmtMs(r.median.total),
      fmtMs(Math.min(...r.runs.map((run) => run.ms.total))),
      fmtInt(r.peakMB),
      fmtInt(median(r.runs.map((run) => run.heapAfterScoreMB))),
      fmtMB(r.runs[0]?.snapshotBytes ?? 0),
      fmtMs(r.median.json),
    ]),
  );
  log(`(baseline RSS of a measuring process before any work: ~${fmtInt(median(results.map((r) => r.baselineMB)))} MB; peak including JSON.stringify: ${results.map((r) => `${r.spec.name} ${fmtInt(r.peakWithJsonMB)} MB`).join(', ')})`);

  for (const mode of ['cold', 'warm'] as const) {
    const ofMode = results.filter((r) => r.mode === mode);
    const small = ofMode[0];
    const large = ofMode[ofMode.length - 1];
    if (!small || !large || small === large) continue;
    const dataRatio = large.spec.objectives / small.spec.objectives;
    log();
    log(`Growth ${large.spec.name}/${small.spec.name}, ${mode} (data grows ${dataRatio.toFixed(1)}×; linear means about ${dataRatio.toFixed(0)}×):`);
    const growth = (a: number, b: number): string => {
      const ratio = b / a;
      const verdict = ratio > dataRatio * 1.5 ? 'SUPERLINEAR' : ratio < dataRatio * 0.5 ? 'sublinear' : 'linear';
      return `${ratio.toFixed(1)}× (${verdict})`;
    };
    table(
      ['stage', 'ratio'],
      [
        ...STAGES.map((stage) => [stage, growth(small.median[stage], large.median[stage])]),
        ['total, best run', growth(Math.min(...small.runs.map((r) => r.ms.total)), Math.min(...large.runs.map((r) => r.ms.total)))],
        ['peak MB', `${(large.peakMB / small.peakMB).toFixed(1)}× (incl. ~${fmtInt(small.baselineMB)} MB baseline)`],
        ['peak MB − baseline', growth(small.peakMB - small.baselineMB, large.peakMB - large.baselineMB)],
        ['snapshot bytes', growth(small.runs[0]?.snapshotBytes ?? 1, large.runs[0]?.snapshotBytes ?? 0)],
      ],
    );
  }

  const targets = results.filter((r) => r.spec.objectives === TARGET.objectives);
  log();
  if (targets.length > 0) {
    log(`Target: ${fmtInt(TARGET.objectives)} objectives loaded, validated and scored in under ${TARGET.totalMs / 1000} s and under 1 GB.`);
    for (const target of targets) {
      const timeOk = target.median.total < TARGET.totalMs;
      const memoryOk = target.peakMB < TARGET.peakMB;
      log(`  ${target.mode} time   ${fmtInt(target.median.total)} ms of ${fmtInt(TARGET.totalMs)} ms  → ${timeOk ? 'MET' : 'MISSED'} (${((target.median.total / TARGET.totalMs) * 100).toFixed(0)} % of budget)`);
      log(`  ${target.mode} memory ${fmtInt(target.peakMB)} MB of ${fmtInt(TARGET.peakMB)} MB → ${memoryOk ? 'MET' : 'MISSED'} (${((target.peakMB / TARGET.peakMB) * 100).toFixed(0)} % of budget)`);
    }
  } else {
    log(`Target (${fmtInt(TARGET.objectives)} objectives in < 3 s and < 1 GB): no size with exactly ${fmtInt(TARGET.objectives)} objectives was run.`);
  }

  for (const r of results) {
    if (!r.profile) continue;
    log();
    log(`Hot spots of ${r.spec.name} ${r.mode} (one --cpu-prof run, whole process incl. start-up, ${fmtInt(r.profile.totalMs)} ms sampled), self time:`);
    table(
      ['function', 'where', 'ms', 'share'],
      r.profile.functions.map((f) => [f.name, f.where, fmtMs(f.ms), `${(f.share * 100).toFixed(1)} %`]),
    );
    log();
    table(
      ['file / package', 'ms', 'share'],
      r.profile.files.map((f) => [f.name, fmtMs(f.ms), `${(f.share * 100).toFixed(1)} %`]),
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
