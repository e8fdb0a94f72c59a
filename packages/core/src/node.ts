/** @cairn/core/node — reads a goals folder from disk. Node only. */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from './load/classify.js';
import { loadRepository, type LoadOptions } from './load/load-repository.js';
import type { Repository, SourceFile } from './load/model.js';

const SKIP = new Set(['node_modules', '.git', 'dist', '.turbo']);

/**
 * Every file of a goals folder that Cairn reads, as in-memory sources with posix paths.
 * Synchronous reads on purpose: for thousands of small files they are several times faster
 * than as many promises, and nothing else is waiting on a one-shot command.
 */
export async function readGoalsFolder(dir: string): Promise<SourceFile[]> {
  const found: SourceFile[] = [];
  // Paths are joined by hand: path.join and path.relative per file cost more than the reads.
  const walk = (folder: string, under: string): void => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = `${folder}/${entry.name}`;
      const path = under === '' ? entry.name : `${under}/${entry.name}`;
      if (entry.isDirectory()) walk(full, path);
      else if (entry.isFile() && classify(path)) found.push({ path, text: readFileSync(full, 'utf8') });
    }
  };
  walk(resolve(dir), '');
  return found;
}

/** Reads and loads a goals folder; problems are in the result, never thrown. */
export async function loadGoalsFolder(dir: string, options: LoadOptions = {}): Promise<Repository> {
  return loadRepository(await readGoalsFolder(dir), options);
}

export { openDiskCache, defaultCacheDir, type DiskCache, type DiskCacheStats } from './cache/disk-cache.js';

export * from './index.js';
