/**
 * Browser-side benchmark of @cairn/elements: bundle sizes against an equivalent ECharts bundle,
 * and first render in headless Chromium (100 gauges; a tree of 5,000 objectives) against ECharts,
 * and a <kpi-board> of 700 KPIs; then server rendering with @lit-labs/ssr (bench/ssr.ts, its own process).
 * Prints figures and ratios with the targets; figures, not tests.
 *
 *   npm run bench                       (from packages/elements, after npm run build)
 *   npx tsx bench/run.ts [options]
 *
 * Options:
 *   --runs 5              fresh pages per scenario; the median is reported
 *   --build               build dist first (tsc, vite build, standalone bundles)
 *   --sizes-only          skip the browser part
 *   --no-ssr              skip the server-rendering part
 *   --profile             one more run per scenario under the CPU profiler; prints where the time goes
 *   --chromium <path>     Chromium to drive (default: $CHROMIUM_PATH or /usr/bin/chromium)
 *   --json <file>         also write the raw results as JSON
 *
 * Exits non-zero only on real errors (a build or a page that fails), never because of a figure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composition, readMap, type DecodedMap } from './composition.js';
import { profileScenario, type ProfileSummary } from './profile.js';
import { launch, pageHtml, runRounds, type Scenario, type ScenarioResult } from './render.js';
import { startServer } from './server.js';
import { measureSizes, newestSource, type FileSize, type SizeReport } from './sizes.js';
import { syntheticKpis } from './synthetic-kpis.js';
import { echartsTree, syntheticSnapshot } from './synthetic.js';

const PACKAGE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));
const BENCH_DIR = join(PACKAGE_DIR, 'bench');
const OUT_DIR = join(BENCH_DIR, '.out');
const DIST = join(PACKAGE_DIR, 'dist');

export const TARGETS = {
  gaugeStandaloneGzip: 12_000,
  bundleGzip: 45_000,
  /** Cairn bundle / ECharts gauge+tree bundle, gzipped. */
  bundleVsEcharts: 1 / 5,
  treeFirstRenderMs: 200,
};
const GAUGES = 100;
const TREE_OBJECTIVES = 5000;
const BOARD_KPIS = 700;

interface Options {
  runs: number;
  build: boolean;
  sizesOnly: boolean;
  ssr: boolean;
  profile: boolean;
  chromium: string;
  json: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: 5, build: false, sizesOnly: false, ssr: true, profile: false, chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', json: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const next = (): string => {
      const value = argv[(i += 1)];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      return value;
    };
    if (arg === '--runs') options.runs = Math.max(1, Number(next()) || 1);
    else if (arg === '--build') options.build = true;
    else if (arg === '--sizes-only') options.sizesOnly = true;
    else if (arg === '--no-ssr') options.ssr = false;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--chromium') options.chromium = next();
    else if (arg === '--json') options.json = next();
    else if (arg !== '--') throw new Error(`unknown option ${arg}`);
  }
  return options;
}

const log = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
/** Decimal kilobytes (1 kB = 1,000 bytes), as vite prints them. */
const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value: number): string => (value >= 100 ? Math.round(value).toLocaleString('en-GB') : value.toFixed(1));
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const verdict = (ok: boolean): string => (ok ? 'pass' : 'MISS');

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(' | ')} |`;
  log(line(header));
  log(`|${widths.map((w, c) => (c === 0 ? `${'-'.repeat(w + 1)}-` : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  rows.forEach((r) => log(line(r)));
}

function build(): void {
  const steps: [string, string[]][] = [
    ['npx', ['tsc', '-p', 'tsconfig.build.json']],
    ['npx', ['vite', 'build']],
    ['node', ['scripts/build-standalone.mjs']],
  ];
  for (const [command, args] of steps) {
    log(`building: ${command} ${args.join(' ')}`);
    execFileSync(command, args, { cwd: PACKAGE_DIR, stdio: 'inherit' });
  }
}

/** Whether the one-file bundle or a standalone file defines `tag`. */
function built(tag: string): boolean {
  if (existsSync(join(DIST, 'standalone', `${tag}.js`))) return true;
  const bundle = join(DIST, 'cairn-elements.js');
  return existsSync(bundle) && readFileSync(bundle, 'utf8').includes(`"${tag}"`);
}

function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

interface Pair {
  label: string;
  cairn: ScenarioResult | undefined;
  echarts: ScenarioResult | undefined;
  /** Whether the 5,000-node target applies to the Cairn side. */
  treeTarget: boolean;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const cpu = cpus();
  log(`Cairn elements benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB`);

  log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine skews the timings)`);
  if (options.build) build();
  const bundlePath = join(DIST, 'cairn-elements.js');
  if (!existsSync(bundlePath)) throw new Error('dist/cairn-elements.js is missing: run `npm run build` first, or pass --build');
  const newest = newestSource(join(PACKAGE_DIR, 'src'));
  if (newest > statSync(bundlePath).mtimeMs) log('note: some src/ file is newer than dist/cairn-elements.js; rebuild (or pass --build) for current figures');

  // 1. Sizes.
  log();
  log('sizes: gzip level 9 of dist/, and building the gauge+tree bundles of ECharts (tree-shaken) and of Cairn with vite …');
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, '.gitignore'), '# Build output and results of bench/run.ts\n*\n');
  const sizes: SizeReport = await measureSizes(PACKAGE_DIR, OUT_DIR);
  for (const f of [sizes.bundle, ...sizes.standalone, sizes.cairnGaugeTree, sizes.echartsGaugeTree, sizes.echartsFull]) {
    if (f) log(`  ${f.name}: ${kB(f.raw)} minified, ${kB(f.gzip)} gzipped`);
  }

  const parts = composition(bundlePath);
  if (parts) {
    log('  cairn-elements.js by origin (source map): minified / added to the gzipped bundle');
    log(`    ${parts.map((p) => `${p.name} ${kB(p.chars)} / ${kB(p.gzipInBundle)}`).join(', ')}`);
  }

  // 2. First render.
  const results = new Map<string, ScenarioResult>();
  const profiles = new Map<string, ProfileSummary>();
  const skipped: string[] = [];
  let chromium = 'not run';
  if (!options.sizesOnly) {
    chromium = chromiumVersion(options.chromium);
    log();
    log(`first render: ${options.runs} fresh page(s) per scenario, round-robin, in headless ${chromium}`);
    const scenarios: Scenario[] = [];
    if (built('kpi-gauge')) {
      scenarios.push({ id: 'gauges-cairn', label: `${GAUGES} <kpi-gauge>`, url: `/gauges-cairn.html?count=${GAUGES}` });
    } else skipped.push('kpi-gauge not built yet: no gauge figures for Cairn');
    scenarios.push({ id: 'gauges-echarts', label: `${GAUGES} ECharts gauges`, url: `/gauges-echarts.html?count=${GAUGES}` });
    const hasTree = built('okr-tree');
    if (hasTree) {
      scenarios.push(
        { id: 'tree-cairn-list', label: '<okr-tree> list (default)', url: '/tree-cairn.html' },
        { id: 'tree-cairn-chart', label: '<okr-tree layout="chart">', url: '/tree-cairn.html?layout=chart' },
        { id: 'tree-cairn-chart-all', label: '<okr-tree layout="chart" expand-all>', url: '/tree-cairn.html?layout=chart&expandAll=1' },
      );
    } else {
      skipped.push('okr-tree not built yet: the 5,000-objective tree is measured for ECharts only');
      log('  note: okr-tree not built yet (not in dist/): the Cairn tree figures are skipped');
    }
    if (built('kpi-board')) scenarios.push({ id: 'board-cairn', label: `<kpi-board> of ${BOARD_KPIS} KPIs`, url: '/board-cairn.html' });
    else skipped.push('kpi-board not built yet: no board figures');
    scenarios.push(
      { id: 'tree-echarts-depth2', label: 'ECharts tree, initialTreeDepth 2 (default)', url: '/tree-echarts.html?depth=2' },
      { id: 'tree-echarts-all', label: 'ECharts tree, all expanded', url: '/tree-echarts.html?depth=-1' },
    );

    log(`  generating the synthetic snapshot (${TREE_OBJECTIVES.toLocaleString('en-GB')} objectives) …`);
    const { snapshot, stats } = syntheticSnapshot(TREE_OBJECTIVES);
    log(
      `  ${stats.objectives.toLocaleString('en-GB')} objectives, ${stats.keyResults.toLocaleString('en-GB')} key results, ${stats.roots} roots, ${stats.depth} levels, ` +
        `${stats.alignedToKeyResult.toLocaleString('en-GB')} aligned to a key result; ${kB(stats.jsonBytes)} of JSON`,
    );
    const server = await startServer({ '/dist/': DIST, '/out/': OUT_DIR, '/pages/': join(BENCH_DIR, 'pages') });
    server.put('/data/tree.json', JSON.stringify(snapshot));
    server.put('/data/echarts-tree.json', JSON.stringify(echartsTree(snapshot)));
    server.put('/data/board.json', JSON.stringify(syntheticKpis(BOARD_KPIS)));
    for (const page of ['gauges-cairn', 'gauges-echarts', 'tree-cairn', 'tree-echarts', 'board-cairn']) server.put(`/${page}.html`, pageHtml(`${page}.js`));
    log(`  serving on ${server.origin}`);
    const browser = await launch(options.chromium);
    try {
      for (const [id, result] of await runRounds(browser, server.origin, scenarios, options.runs, (line) => log(line))) results.set(id, result);
      if (options.profile) {
        const maps = new Map<string, DecodedMap>();
        for (const [suffix, file] of [['/dist/cairn-elements.js', bundlePath], ['/out/echarts-gauge-tree.js', sizes.echartsGaugeTree.path]] as const) {
          const map = readMap(file);
          if (map) maps.set(suffix, map);
        }
        for (const scenario of scenarios) {
          log(`  profiling ${scenario.label} …`);
          profiles.set(scenario.id, await profileScenario(browser, server.origin, scenario, maps));
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  }

  // 3. Tables.
  log();
  log('Sizes (gzip -9; 1 kB = 1,000 bytes)');
  const sizeRow = (f: FileSize, target: number | null, vsEcharts: boolean): string[] => [
    f.name,
    kB(f.raw),
    kB(f.gzip),
    target === null ? '' : `≤ ${kB(target)}: ${verdict(f.gzip <= target)}`,
    vsEcharts ? `${((f.gzip / sizes.echartsGaugeTree.gzip) * 100).toFixed(1)} %` : '',
  ];
  const sizeRows: string[][] = [];
  if (sizes.bundle) sizeRows.push(sizeRow(sizes.bundle, TARGETS.bundleGzip, true));
  for (const f of sizes.standalone) sizeRows.push(sizeRow(f, f.name === 'standalone/kpi-gauge.js' ? TARGETS.gaugeStandaloneGzip : null, true));
  if (sizes.cairnGaugeTree) sizeRows.push(sizeRow(sizes.cairnGaugeTree, null, true));
  sizeRows.push(sizeRow(sizes.echartsGaugeTree, null, true), sizeRow(sizes.echartsFull, null, true));
  table(['file', 'minified', 'gzipped', 'target', 'of ECharts gauge+tree'], sizeRows);
  // The target compares the same page built both ways: a gauge and a tree. The other two
  // ratios are printed for information (the whole bundle carries four more elements).
  const fifth = (label: string, f: FileSize | null, of: FileSize, targeted: boolean): void => {
    if (!f) return;
    const share = f.gzip / of.gzip;
    const judged = targeted ? `target ≤ 1/5: ${verdict(share <= TARGETS.bundleVsEcharts)}` : 'for information';
    log(`${label}: ${share.toFixed(3)} (1/${(1 / share).toFixed(1)}); ${judged}`);
  };
  fifth('Cairn gauge+tree / ECharts gauge+tree (the same page, like for like)', sizes.cairnGaugeTree, sizes.echartsGaugeTree, true);
  fifth('Cairn whole bundle (6 elements) / ECharts gauge+tree', sizes.bundle, sizes.echartsGaugeTree, false);
  fifth('Cairn whole bundle / full echarts.min.js', sizes.bundle, sizes.echartsFull, false);
  if (!sizes.cairnGaugeTree) log('note: okr-tree not built yet: no Cairn gauge+tree bundle');

  if (!options.sizesOnly) {
    log();
    log(`First render, median of ${options.runs} fresh pages (ms; "render" starts after the library is loaded)`);
    const pairs: Pair[] = [
      { label: `${GAUGES} gauges`, cairn: results.get('gauges-cairn'), echarts: results.get('gauges-echarts'), treeTarget: false },
      { label: 'tree, list vs ECharts depth 2', cairn: results.get('tree-cairn-list'), echarts: results.get('tree-echarts-depth2'), treeTarget: true },
      { label: 'tree, chart vs ECharts depth 2', cairn: results.get('tree-cairn-chart'), echarts: results.get('tree-echarts-depth2'), treeTarget: true },
      // The target is the first render of a 5,000-node tree, which opens on its roots; drawing
      // every node at once is the worst case, shown for comparison.
      { label: 'tree, chart all vs ECharts all (worst case)', cairn: results.get('tree-cairn-chart-all'), echarts: results.get('tree-echarts-all'), treeTarget: false },
    ];
    table(
      ['scenario', 'Cairn render', 'ECharts render', 'Cairn/ECharts', 'Cairn load', 'ECharts load', 'drawn (Cairn / ECharts)', 'target'],
      pairs.map((p) => [
        p.label,
        p.cairn ? ms(p.cairn.renderMs) : 'skipped',
        p.echarts ? ms(p.echarts.renderMs) : '–',
        p.cairn && p.echarts ? ratio(p.cairn.renderMs, p.echarts.renderMs) : '–',
        p.cairn ? ms(p.cairn.loadMs) : '–',
        p.echarts ? ms(p.echarts.loadMs) : '–',
        `${p.cairn ? p.cairn.drawn : '–'} / ${p.echarts ? p.echarts.drawn : '–'}`,
        p.treeTarget ? (p.cairn ? `≤ ${TARGETS.treeFirstRenderMs} ms: ${verdict(p.cairn.renderMs <= TARGETS.treeFirstRenderMs)}` : `≤ ${TARGETS.treeFirstRenderMs} ms: not measured`) : '',
      ]),
    );
    log('drawn: gauges with an SVG dial; tree rows/cards in the DOM (Cairn windows and culls) / SVG labels (ECharts draws every expanded node).');
    const board = results.get('board-cairn');
    if (board) log(`<kpi-board> of ${BOARD_KPIS} KPIs: first render ${ms(board.renderMs)} ms (${board.drawn} tiles in the DOM); ${board.note}`);
    for (const note of skipped) log(`note: ${note}`);
    for (const [id, p] of profiles) {
      const pct = (h: { share: number }): string => `${(h.share * 100).toFixed(0)} %`;
      log();
      log(`Profile of ${id} (one run, ${ms(p.totalMs)} ms of samples, self time)`);
      log(`  by file: ${p.byFile.map((h) => `${h.name} ${pct(h)}`).join(', ')}`);
      log(`  by function: ${p.byFunction.map((h) => `${h.name} ${pct(h)}`).join(', ')}`);
    }
  }

  // Its own process: the DOM shim of @lit-labs/ssr must not leak into this one.
  if (options.ssr) {
    log();
    execFileSync(process.execPath, ['--import', 'tsx', join(BENCH_DIR, 'ssr.ts')], { cwd: PACKAGE_DIR, stdio: 'inherit' });
  }

  if (options.json) {
    const raw = { node: process.version, cores: cpu.length, cpu: cpu[0]?.model ?? null, chromium, runs: options.runs, sizes, render: Object.fromEntries(results), profiles: Object.fromEntries(profiles) };
    writeFileSync(options.json, `${JSON.stringify(raw, null, 2)}\n`);
    log(`raw results: ${options.json}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
