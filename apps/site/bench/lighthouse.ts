/**
 * Lighthouse 12 on four pages of the demo site (home, a period, an objective, a KPI), served by
 * previewSite as a static host would, in the system Chromium; and the bytes each page
 * transfers, gzipped, by kind (HTML, CSS, JS), from the requests Lighthouse saw.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { buildSite, previewSite } from '../dist/node/index.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export const DEMO_PAGES: Record<string, string> = {
  home: '',
  period: 'periods/2026-q4/',
  objective: 'objectives/2026-q4/eco-leader/',
  KPI: 'kpis/customer-satisfaction/',
};

export interface PageFigures {
  page: string;
  path: string;
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  /** Gzipped bytes of what the page requested, by kind. */
  bytes: { html: number; css: number; js: number; other: number };
  /** Failed audits (score below 1) of the categories that missed their target, for the notes. */
  misses: string[];
  /** The machine's 1-minute load average when the run began: on a shared machine, how much else was running. */
  load: number;
  /** Performance of every run of this page, in run order (the figures above are the median run's). */
  performanceRuns: number[];
  /** Lighthouse's CPU benchmark of the machine during the median run (higher is faster; a busy machine scores lower). */
  benchmarkIndex: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startChromium(): Promise<{ port: number; process: ChildProcess }> {
  const port = await freePort();
  const child = spawn(CHROMIUM, [...FLAGS, `--remote-debugging-port=${port}`, '--user-data-dir=/tmp/cairn-lighthouse-profile', 'about:blank'], { stdio: 'ignore' });
  // DevTools answers once Chromium is up; a few seconds at most.
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { port, process: child };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`Chromium at ${CHROMIUM} did not open its DevTools port`);
}

type LighthouseReport = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

const gz = (file: string): number => (existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);

/** Builds the demo for the public, serves it, and measures each page `runs` times, keeping the run of median performance (Lighthouse's own advice for variable machines). */
export async function lighthouseDemo(goalsDir: string, outDir: string, runs = 3): Promise<PageFigures[]> {
  await buildSite({ goalsDir, outDir });
  const server = await previewSite({ outDir, port: 0 });
  const chromium = await startChromium();
  const figures: PageFigures[] = [];
  try {
    for (const [page, path] of Object.entries(DEMO_PAGES)) {
      const url = new URL(path, server.url.endsWith('/') ? server.url : `${server.url}/`).href;
      const measured: { lhr: LighthouseReport; load: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const load = Number((loadavg()[0] ?? 0).toFixed(1));
        const result = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
        measured.push({ lhr: result.lhr, load });
      }
      const performanceOf = (m: (typeof measured)[number]): number => m.lhr.categories.performance?.score ?? 0;
      const ranked = [...measured].sort((a, b) => performanceOf(a) - performanceOf(b));
      const median = ranked[Math.floor(ranked.length / 2)] as (typeof measured)[number];
      const { lhr, load } = median;
      const score = (id: string): number => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const scores = { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
      const requests = (lhr.audits['network-requests']?.details as { items?: { url: string; resourceType?: string }[] } | undefined)?.items ?? [];
      const bytes = { html: 0, css: 0, js: 0, other: 0 };
      for (const request of requests) {
        const requested = new URL(request.url);
        if (requested.origin !== new URL(url).origin) continue;
        const local = decodeURIComponent(requested.pathname).replace(/\/$/, '/index.html');
        const size = gz(join(outDir, local));
        const kind = request.resourceType === 'Document' ? 'html' : request.resourceType === 'Stylesheet' ? 'css' : request.resourceType === 'Script' ? 'js' : 'other';
        bytes[kind] += size;
      }
      const targets: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
      const misses = Object.entries(targets)
        .filter(([id, target]) => score(id) < target)
        .flatMap(([id]) => (lhr.categories[id]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${id}: ${ref.id}`));
      figures.push({ page, path, scores, bytes, misses, load, performanceRuns: measured.map((m) => Math.round(performanceOf(m) * 100)), benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) });
    }
  } finally {
    chromium.process.kill();
    await server.close();
  }
  return figures;
}
