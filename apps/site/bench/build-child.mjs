/**
 * One site build in a process of its own, so its time and peak memory are its own. Prints one
 * `BENCH-RESULT {json}` line: `cairn <goals> <out>` builds a goals folder with @cairn/site (the
 * built package, as `cairn build` runs it); `astro <project> <out>` builds a bare Astro project.
 * Plain JavaScript run by plain node: no TypeScript loader sits in front of either build's modules.
 */
import { performance } from 'node:perf_hooks';

const [kind, source, out] = process.argv.slice(2);
if ((kind !== 'cairn' && kind !== 'astro') || !source || !out) {
  console.error('usage: node bench/build-child.mjs cairn|astro <goals-or-project> <out>');
  process.exit(2);
}

const started = performance.now();
let pages = 0;
if (kind === 'cairn') {
  const { buildSite } = await import('../dist/node/index.js');
  pages = (await buildSite({ goalsDir: source, outDir: out })).pages;
} else {
  const { build } = await import('astro');
  await build({ root: source, outDir: out, logLevel: 'error' });
}
const ms = performance.now() - started;
// maxRSS is in kilobytes; esbuild and pagefind, separate processes, are not counted for either side.
console.log(`BENCH-RESULT ${JSON.stringify({ kind, ms: Math.round(ms), pages, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}`);
