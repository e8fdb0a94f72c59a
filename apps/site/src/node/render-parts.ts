import { spawn } from 'node:child_process';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Snapshot } from '@cairn/core';
import { siteRoot } from './astro-config.js';
import type { RunState } from './run-state.js';

/** What one process of a split build renders, and where. */
export interface PartJob {
  run: RunState;
  outDir: string;
  cacheDir: string;
}

/** Below this many objectives and KPIs a second process costs more (its own Astro start and bundling) than it saves. */
const SPLIT_FROM = 3000;
/** More processes than this hold as many snapshots in memory for little more speed. */
const MOST_PROCESSES = 4;

/** How many processes render a site's pages: one per core (up to four) for a large site, else one. */
export function renderProcesses(snapshot: Snapshot, asked?: number): number {
  if (asked !== undefined) {
    if (!Number.isInteger(asked) || asked < 1) throw new Error(`processes must be a whole number from 1, not ${asked}`);
    return asked;
  }
  return snapshot.objectives.length + snapshot.kpis.length >= SPLIT_FROM ? Math.min(availableParallelism(), MOST_PROCESSES) : 1;
}

/**
 * Renders the pages in `count` processes at once, each a share of every route (Astro renders on
 * one thread), then moves the parts into `outDir`. Pages every part renders (the home page, the
 * feeds, the bundled assets) come out the same from each, and the first part's copy is kept.
 */
export async function renderInParts(run: RunState, outDir: string, runDir: string, count: number): Promise<void> {
  const script = join(siteRoot, 'dist', 'node', 'render-part.js');
  const dirs = Array.from({ length: count }, (_, index) => (index === 0 ? outDir : `${outDir}.part-${index}`));
  try {
    const parts = await Promise.allSettled(
      dirs.map((dir, index) => renderPart(script, { run: { ...run, part: { index, count } }, outDir: dir, cacheDir: join(runDir, `astro-cache-${index}`) })),
    );
    const failed = parts.find((part) => part.status === 'rejected');
    if (failed) throw failed.reason;
    for (const dir of dirs.slice(1)) await moveInto(dir, outDir);
  } finally {
    await Promise.all(dirs.slice(1).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

function renderPart(script: string, job: PartJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(job)], { stdio: ['ignore', 'inherit', 'pipe'] });
    const errors: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const text = Buffer.concat(errors).toString('utf8').trim();
      if (code === 0) {
        // Astro's warnings, as a one-process build prints them.
        if (text) process.stderr.write(`${text}\n`);
        resolve();
      } else {
        reject(new Error(`rendering part ${job.run.part.index + 1} of ${job.run.part.count} failed (${signal ?? `exit ${code}`})${text ? `: ${text}` : ''}`));
      }
    });
  });
}

/** Moves every file of `from` that `into` does not hold yet into the same place in `into`. */
async function moveInto(from: string, into: string): Promise<void> {
  const made = new Set<string>();
  for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(into, relative(from, source));
    if (await stat(target).then(() => true, () => false)) continue;
    const folder = dirname(target);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await rename(source, target);
  }
}
