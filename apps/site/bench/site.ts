/**
 * The site benchmark (figures, not tests): build time and peak memory of `cairn build` on
 * generated repositories of 1,000 and 5,000 objectives, beside a bare Astro 5 project rendering
 * as many trivial pages in the same run (the floor); then Lighthouse and bytes per page on the
 * demo. Results are printed and kept in node_modules/.cache/cairn-site-bench/site-results.json.
 *
 *   npm run bench -w @cairn/site            all of it
 *   npm run bench -w @cairn/site -- --sizes 1000 --runs 1 --skip-lighthouse
 *   npm run bench -w @cairn/site -- --sizes none          Lighthouse and bytes only
 *   npm run bench -w @cairn/site -- --sizes none --lighthouse-runs 5   median of 5 runs a page (default 3)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generateRepository, sizeSpec } from '../../../packages/core/bench/generate.js';
import { lighthouseDemo, type PageFigures } from './lighthouse.js';

// Inside node_modules: ignored by git, and a bare Astro project there still resolves astro.
const OUT = fileURLToPath(new URL('../node_modules/.cache/cairn-site-bench/', import.meta.url));
const CHILD = fileURLToPath(new URL('./build-child.mjs', import.meta.url));
const ACME = fileURLToPath(new URL('../../../examples/acme/', import.meta.url));

interface BuildFigures {
  kind: 'cairn' | 'astro';
  ms: number;
  pages: number;
  maxRssMB: number;
  /** The machine's 1-minute load average when the build ended: on a shared machine, how much else was running. */
  load: number;
}

interface SizeFigures {
  objectives: number;
  pages: number;
  cairn: BuildFigures[];
  astro: BuildFigures[];
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
}

/** One build in a fresh Node process (its memory is its own), with Astro's telemetry off. */
function buildOnce(kind: 'cairn' | 'astro', source: string, out: string): BuildFigures {
  rmSync(out, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [CHILD, kind, source, out], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH-RESULT '));
  if (run.status !== 0 || !line) throw new Error(`${kind} build of ${source} failed (exit ${run.status}):\n${run.stderr.slice(-4000)}`);
  rmSync(out, { recursive: true, force: true });
  return { ...(JSON.parse(line.slice('BENCH-RESULT '.length)) as Omit<BuildFigures, 'load'>), load: Number((loadavg()[0] ?? 0).toFixed(1)) };
}

/** A bare Astro 5 project with one dynamic route that renders `pages` trivial pages. */
function floorProject(dir: string, pages: number): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "cairn-bench-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8"><title>Page {n}</title></head><body><h1>Page {n}</h1><p>A trivial page.</p></body></html>
`,
  );
  return dir;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

function measureSize(objectives: number, runs: number): SizeFigures {
  const goals = join(OUT, `goals-${objectives}`);
  rmSync(goals, { recursive: true, force: true });
  const stats = generateRepository(goals, sizeSpec(String(objectives), objectives));
  console.log(`\n${objectives.toLocaleString('en-GB')} objectives: ${stats.files.toLocaleString('en-GB')} files, ${stats.teams} teams, ${stats.kpis} KPIs`);
  const cairn: BuildFigures[] = [];
  const astro: BuildFigures[] = [];
  let floor = '';
  // Interleaved, so a busy stretch of the machine slows both sides alike.
  for (let run = 0; run < runs; run++) {
    const built = buildOnce('cairn', goals, join(OUT, `site-${objectives}`));
    cairn.push(built);
    console.log(`  cairn build  ${(built.ms / 1000).toFixed(1)} s  ${built.maxRssMB} MB  ${built.pages} pages  (load ${built.load})`);
    floor ||= floorProject(join(OUT, `floor-${objectives}`), built.pages);
    const bare = buildOnce('astro', floor, join(OUT, `floor-site-${objectives}`));
    astro.push(bare);
    console.log(`  bare Astro   ${(bare.ms / 1000).toFixed(1)} s  ${bare.maxRssMB} MB  ${built.pages} pages  (load ${bare.load})`);
  }
  rmSync(goals, { recursive: true, force: true });
  return { objectives, pages: cairn[0]?.pages ?? 0, cairn, astro };
}

function summary(sizes: SizeFigures[]): string[] {
  const lines = ['', 'objectives | pages | cairn build (median) | bare Astro (median) | ratio | cairn peak MB | Astro peak MB | memory ratio'];
  for (const s of sizes) {
    const c = median(s.cairn.map((r) => r.ms));
    const a = median(s.astro.map((r) => r.ms));
    const cm = median(s.cairn.map((r) => r.maxRssMB));
    const am = median(s.astro.map((r) => r.maxRssMB));
    lines.push(`${s.objectives} | ${s.pages} | ${(c / 1000).toFixed(1)} s | ${(a / 1000).toFixed(1)} s | ${(c / a).toFixed(2)}× | ${cm} | ${am} | ${(cm / am).toFixed(2)}×`);
  }
  const [small, large] = sizes;
  if (small && large) {
    const growth = median(large.cairn.map((r) => r.ms)) / median(small.cairn.map((r) => r.ms));
    const size = large.objectives / small.objectives;
    lines.push(`growth ${small.objectives} → ${large.objectives} objectives (×${size}): cairn build ×${growth.toFixed(2)}, bare Astro ×${(median(large.astro.map((r) => r.ms)) / median(small.astro.map((r) => r.ms))).toFixed(2)}`);
  }
  return lines;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  // `--sizes none` measures the demo pages only.
  const sizes = (option('--sizes') ?? '1000,5000').split(',').filter((size) => size !== 'none').map(Number);
  const runs = Number(option('--runs') ?? '2');
  const results: { sizes: SizeFigures[]; pages?: PageFigures[] } = { sizes: [] };
  for (const objectives of sizes) results.sizes.push(measureSize(objectives, runs));
  if (results.sizes.length > 0) for (const line of summary(results.sizes)) console.log(line);
  if (!process.argv.includes('--skip-lighthouse')) {
    results.pages = await lighthouseDemo(ACME, join(OUT, 'acme-site'), Number(option('--lighthouse-runs') ?? '3'));
    console.log('\npage | performance (median; every run) | accessibility | best practices | SEO | HTML gz | CSS gz | JS gz | total gz | load | CPU index');
    for (const p of results.pages) {
      const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
      console.log(`${p.page} | ${p.scores.performance} (${p.performanceRuns.join(', ')}) | ${p.scores.accessibility} | ${p.scores['best-practices']} | ${p.scores.seo} | ${kb(p.bytes.html)} | ${kb(p.bytes.css)} | ${kb(p.bytes.js)} | ${kb(p.bytes.html + p.bytes.css + p.bytes.js + p.bytes.other)} | ${p.load} | ${p.benchmarkIndex}`);
      if (p.misses.length > 0) console.log(`  missed: ${p.misses.join(', ')}`);
    }
  }
  writeFileSync(join(OUT, 'site-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${join(OUT, 'site-results.json')}`);
}

await main();
