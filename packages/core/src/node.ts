/** @cairn/core/node — reads a goals folder from disk. Node only. */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from './load/classify.js';
import { loadRepository, type LoadOptions } from './load/load-repository.js';
import type { Repository, SourceFile } from './load/model.js';
import { readTexts, type FileToRead } from './read-texts.js';

const SKIP = new Set(['node_modules', '.git', 'dist', '.turbo']);

/**
 * Every file of a goals folder that Cairn reads, as in-memory sources with posix paths.
 * Synchronous reads on purpose: for thousands of small files they are several times faster
 * than as many promises, and nothing else is waiting on a one-shot command.
 */
export async function readGoalsFolder(dir: string): Promise<SourceFile[]> {
  // Files to read, and broken links already said, in the order they are found.
  const found: (FileToRead | SourceFile)[] = [];
  // Folders walked so far, by real path, so that a symbolic link to one of them (such as a link
  // back up the tree) is not walked again. A folder that is not a link has its parent's real path
  // plus its name, so only links cost a system call.
  const walked = new Set<string>();
  // Paths are joined by hand: path.join and path.relative per file cost more than the reads.
  const walk = (folder: string, under: string, real: string): void => {
    walked.add(real);
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const full = `${folder}/${entry.name}`;
      const path = under === '' ? entry.name : `${under}/${entry.name}`;
      const kind = entryKind(entry, full);
      if (kind === 'folder') {
        const target = entry.isSymbolicLink() ? realpathSync(full) : `${real}/${entry.name}`;
        if (!walked.has(target)) walk(full, path, target);
      } else if (classify(path)) {
        if (kind === 'file') found.push({ full, path });
        else if (kind === 'broken link') found.push({ path, text: '', unreadable: 'it is a link to a file that does not exist' });
      }
    }
  };
  const root = resolve(dir);
  walk(root, '', realpathSync(root));
  const texts = readTexts(found.filter(isToRead));
  let next = 0;
  return found.map((file) => (isToRead(file) ? (texts[next++] as SourceFile) : file));
}

function isToRead(file: FileToRead | SourceFile): file is FileToRead {
  return 'full' in file;
}

/** Symbolic links are followed: a KPI file or a team's folder kept elsewhere may be linked in. */
function entryKind(entry: Dirent, full: string): 'file' | 'folder' | 'broken link' | 'other' {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return 'other';
  try {
    const target = statSync(full);
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other';
  } catch {
    return 'broken link';
  }
}

/** Reads and loads a goals folder; problems are in the result, never thrown. */
export async function loadGoalsFolder(dir: string, options: LoadOptions = {}): Promise<Repository> {
  return loadRepository(await readGoalsFolder(dir), options);
}

export { openDiskCache, defaultCacheDir, type DiskCache, type DiskCacheStats } from './cache/disk-cache.js';

export * from './index.js';
