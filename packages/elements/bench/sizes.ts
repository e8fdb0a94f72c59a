/**
 * Sizes: gzipped (level 9) bytes of Cairn's bundles in dist/, of a tree-shaken ECharts bundle
 * for a gauge + tree page and of Cairn's own gauge + tree bundle (both built here with vite's
 * build() API, minified like dist/cairn-elements.js), and of the full echarts.min.js.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

export interface FileSize {
  /** Short name for the table. */
  name: string;
  path: string;
  raw: number;
  gzip: number;
}

export interface SizeReport {
  bundle: FileSize | null;
  standalone: FileSize[];
  /** kpi-gauge and okr-tree only, built here like the ECharts bundle; null until both exist. */
  cairnGaugeTree: FileSize | null;
  echartsGaugeTree: FileSize;
  echartsFull: FileSize;
}

export const ELEMENT_TAGS = ['kpi-gauge', 'okr-tree', 'kpi-trend', 'okr-progress', 'okr-card', 'kpi-board'] as const;

export function gzipBytes(content: Uint8Array): number {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
}

export function measureFile(name: string, path: string): FileSize {
  const content = readFileSync(path);
  return { name, path, raw: content.length, gzip: gzipBytes(content) };
}

/** The directory of the installed echarts package (resolved from this package, as vite does). */
export function echartsDir(packageDir: string): string {
  const require = createRequire(join(packageDir, 'package.json'));
  return dirname(require.resolve('echarts/package.json'));
}

/**
 * Builds `entry` into `outDir`/`fileName` with the settings of vite.config.ts (one minified ES
 * module, es2022), in production mode, with a source map next to it (for bench/profile.ts and
 * bench/composition.ts; the map is not counted).
 */
export async function buildBundle(packageDir: string, entry: string, outDir: string, fileName: string): Promise<string> {
  await build({
    configFile: false,
    root: packageDir,
    logLevel: 'warn',
    // ECharts' ESM guards its dev-only checks with process.env.NODE_ENV; a production page strips them.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['es'], fileName: () => fileName },
      rolldownOptions: { output: { codeSplitting: false, minify: true, comments: false } },
    },
  });
  const file = join(outDir, fileName);
  if (readFileSync(file, 'utf8').includes('process.env')) throw new Error(`${file} still reads process.env: the define did not apply`);
  return file;
}

export async function measureSizes(packageDir: string, outDir: string): Promise<SizeReport> {
  const dist = join(packageDir, 'dist');
  const bundlePath = join(dist, 'cairn-elements.js');
  const bundle = existsSync(bundlePath) ? measureFile('cairn-elements.js', bundlePath) : null;
  const standaloneDir = join(dist, 'standalone');
  const present = existsSync(standaloneDir) ? readdirSync(standaloneDir).filter((f) => f.endsWith('.js')) : [];
  // The known tags first, in their usual order, then anything else that was built.
  const order = (f: string): number => {
    const i = (ELEMENT_TAGS as readonly string[]).indexOf(f.replace(/\.js$/, ''));
    return i === -1 ? ELEMENT_TAGS.length : i;
  };
  const standalone = present
    .sort((a, b) => order(a) - order(b) || a.localeCompare(b))
    .map((f) => measureFile(`standalone/${f}`, join(standaloneDir, f)));
  const echartsFile = await buildBundle(packageDir, join(packageDir, 'bench', 'echarts-entry.ts'), outDir, 'echarts-gauge-tree.js');
  const echartsGaugeTree = measureFile('ECharts gauge+tree (tree-shaken)', echartsFile);
  // Only when both elements exist: the like-for-like counterpart of the ECharts bundle.
  const hasBoth = ['kpi-gauge', 'okr-tree'].every((tag) => existsSync(join(packageDir, 'src', tag, `${tag}.ts`)));
  const cairnGaugeTree = hasBoth
    ? measureFile('Cairn gauge+tree (kpi-gauge + okr-tree)', await buildBundle(packageDir, join(packageDir, 'bench', 'cairn-gauge-tree-entry.ts'), outDir, 'cairn-gauge-tree.js'))
    : null;
  const echartsFull = measureFile('ECharts full (echarts.min.js)', join(echartsDir(packageDir), 'dist', 'echarts.min.js'));
  return { bundle, standalone, cairnGaugeTree, echartsGaugeTree, echartsFull };
}

/** Newest modification time of the element sources (tests excluded), to warn about a stale dist. */
export function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}
