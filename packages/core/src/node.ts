/** @cairn/core/node — reads a goals folder from disk. Node only. */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from './load/classify.js';
import { loadRepository, type LoadOptions } from './load/load-repository.js';
import type { Repository, SourceFile } from './load/model.js';
import { encodingProblem } from './source/encoding.js';

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
      else if (entry.isFile() && classify(path)) found.push(readSource(full, path));
    }
  };
  walk(resolve(dir), '');
  return found;
}

/** One file as text, with what is wrong with its encoding if its bytes are not UTF-8. */
function readSource(full: string, path: string): SourceFile {
  const bytes = readFileSync(full);
  const text = bytes.toString('utf8');
  // isUtf8 is native and fast; the slower look for where it broke runs only when it fails.
  return isUtf8(bytes) ? { path, text } : { path, text, encoding: encodingProblem(bytes, text) };
}

/** Reads and loads a goals folder; problems are in the result, never thrown. */
export async function loadGoalsFolder(dir: string, options: LoadOptions = {}): Promise<Repository> {
  return loadRepository(await readGoalsFolder(dir), options);
}

export { openDiskCache, defaultCacheDir, type DiskCache, type DiskCacheStats } from './cache/disk-cache.js';

export * from './index.js';
