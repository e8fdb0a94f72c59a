/** @cairn/core/node — reads a goals folder from disk. Node only. */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
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
        if (kind === 'file') found.push(readSource(full, path));
        else if (kind === 'broken link') found.push({ path, text: '', unreadable: 'it is a link to a file that does not exist' });
      }
    }
  };
  const root = resolve(dir);
  walk(root, '', realpathSync(root));
  return found;
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

/** One file as text, with what is wrong with its encoding if its bytes are not UTF-8. */
function readSource(full: string, path: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { path, text: '', unreadable: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `the system said ${code ?? String(error)}` };
  }
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
