/** @cairn/core/node — reads a goals folder from disk. Node only. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { classify } from './load/classify.js';
import { loadRepository } from './load/load-repository.js';
import type { Repository, SourceFile } from './load/model.js';

const SKIP = new Set(['node_modules', '.git', 'dist', '.turbo']);

/** Every file of a goals folder that Cairn reads, as in-memory sources with posix paths. */
export async function readGoalsFolder(dir: string): Promise<SourceFile[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && classify(relative(dir, full).split(sep).join('/'))) found.push(full);
    }
  };
  await walk(dir);
  return Promise.all(found.map(async (full) => ({ path: relative(dir, full).split(sep).join('/'), text: await readFile(full, 'utf8') })));
}

/** Reads and loads a goals folder; problems are in the result, never thrown. */
export async function loadGoalsFolder(dir: string): Promise<Repository> {
  return loadRepository(await readGoalsFolder(dir));
}

export * from './index.js';
