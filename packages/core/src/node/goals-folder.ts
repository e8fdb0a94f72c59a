import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { resolve, sep } from 'node:path';
import { classify } from '../load/classify.js';
import { loadRepository, type LoadOptions } from '../load/load-repository.js';
import type { Repository, SourceFile } from '../load/model.js';
import { readTexts, type FileToRead } from './read-texts.js';

const SKIP: ReadonlySet<string> = new Set(['node_modules', '.git', 'dist', '.turbo']);

/** The folders of a goals folder that hold Cairn's files; nothing else below the top is read. */
const DATA_FOLDERS: ReadonlySet<string> = new Set(['objectives', 'kpis']);

/**
 * The goals folder itself cannot be read (it is missing, not a folder, or not readable): a
 * mistake in how Cairn was called, not in the data, so it is thrown rather than reported as a
 * problem of a file. Its message is written for the person who gave the folder.
 */
export class GoalsFolderError extends Error {
  override name = 'GoalsFolderError';
}

/**
 * Every file of a goals folder that Cairn reads, as in-memory sources with posix paths.
 * Synchronous reads on purpose: for thousands of small files they are several times faster
 * than as many promises, and nothing else is waiting on a one-shot command.
 *
 * Only the top of the folder and its `objectives/` and `kpis/` folders are walked. Symbolic
 * links are followed while they stay inside the goals folder; a link that leads out of it is
 * not read, and is reported instead (a goals repository is edited by many hands, and a link to
 * `/etc/passwd` must not end up in a code frame). A folder that cannot be read is reported as a
 * problem of its own; the goals folder itself, as a `GoalsFolderError`.
 */
export async function readGoalsFolder(dir: string): Promise<SourceFile[]> {
  const root = resolve(dir);
  const rootReal = realRoot(dir, root);
  const inside = (real: string): boolean => real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : `${rootReal}${sep}`);
  // Files to read, and what could not be read already said, in the order they are found.
  const found: (FileToRead | SourceFile)[] = [];
  // Folders walked so far, by real path, so that a symbolic link to one of them (such as a link
  // back up the tree) is not walked again. A folder that is not a link has its parent's real path
  // plus its name, so only links cost a system call.
  const walked = new Set<string>();
  // Folders still to walk, the next one last: a stack rather than recursion, so no depth of
  // folders can exhaust the call stack. Paths are joined by hand: path.join per file costs more
  // than the reads.
  const pending: { folder: string; under: string; real: string }[] = [{ folder: root, under: '', real: rootReal }];
  while (pending.length > 0) {
    const { folder, under, real } = pending.pop() as (typeof pending)[number];
    if (walked.has(real)) continue;
    walked.add(real);
    const entries = readFolder(folder, under, dir);
    if (!Array.isArray(entries)) {
      found.push(entries);
      continue;
    }
    const subfolders: typeof pending = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || SKIP.has(entry.name)) continue;
      const top = under === '';
      const path = top ? entry.name : `${under}/${entry.name}`;
      // At the top only Cairn's own files and folders: `cairn validate /` must not walk the disk.
      if (top && !DATA_FOLDERS.has(entry.name) && !classify(path)) continue;
      const full = `${folder}/${entry.name}`;
      const target = entryTarget(entry, full);
      if (target.real !== undefined && !inside(target.real)) {
        if (target.kind === 'folder' || classify(path)) found.push(leavesFolder(path, target.kind === 'folder'));
      } else if (target.kind === 'folder') {
        subfolders.push({ folder: full, under: path, real: target.real ?? `${real}/${entry.name}` });
      } else if (top && DATA_FOLDERS.has(entry.name)) {
        found.push({
          path,
          text: '',
          unreadable: `${path} must be a folder of ${path === 'objectives' ? 'objective' : 'KPI'} files, but it is ${target.kind === 'broken link' ? 'a link to nothing' : 'a file'}`,
          hint: `move it aside and make ${path}/ a folder`,
        });
      } else if (classify(path)) {
        if (target.kind === 'file') found.push({ full, path });
        else if (target.kind === 'broken link') found.push({ path, text: '', unreadable: 'it is a link to a file that does not exist' });
      }
    }
    for (let i = subfolders.length - 1; i >= 0; i -= 1) pending.push(subfolders[i] as (typeof pending)[number]);
  }
  const texts = readTexts(found.filter(isToRead));
  let next = 0;
  return found.map((file) => (isToRead(file) ? (texts[next++] as SourceFile) : file));
}

/** The real path of the goals folder, or the reason it cannot be read, thrown. */
function realRoot(dir: string, root: string): string {
  let real: string;
  try {
    real = realpathSync(root);
  } catch (error) {
    throw new GoalsFolderError(`cannot read the goals folder ${dir}: ${reason(error)}`);
  }
  if (!statSync(real).isDirectory()) throw new GoalsFolderError(`the goals folder ${dir} is not a folder`);
  return real;
}

/** The entries of a folder by name, or the problem of a folder below the top that cannot be read. */
function readFolder(folder: string, under: string, dir: string): Dirent[] | SourceFile {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (under === '') throw new GoalsFolderError(`cannot read the goals folder ${dir}: ${reason(error)}`);
    return { path: under, text: '', unreadable: `this folder cannot be read: ${reason(error)}`, hint: "fix the folder's permissions, or remove it from the goals folder" };
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'ENOTDIR') return 'not a folder';
  return `the system said ${code ?? String(error)}`;
}

function leavesFolder(path: string, folder: boolean): SourceFile {
  return folder
    ? { path, text: '', unreadable: 'this folder is a link to a place outside the goals folder; Cairn reads nothing outside the goals folder', hint: 'copy the files into the goals folder, or link to a folder inside it' }
    : { path, text: '', unreadable: 'it is a link to a file outside the goals folder, and Cairn reads nothing outside the goals folder', hint: 'copy the file into the goals folder, or link to a file inside it' };
}

function isToRead(file: FileToRead | SourceFile): file is FileToRead {
  return 'full' in file;
}

interface Target {
  kind: 'file' | 'folder' | 'broken link' | 'other';
  /** The real path, for a symbolic link (its target's). */
  real?: string | undefined;
}

/** What an entry is; a symbolic link is what it leads to, with that place's real path. */
function entryTarget(entry: Dirent, full: string): Target {
  if (entry.isDirectory()) return { kind: 'folder' };
  if (entry.isFile()) return { kind: 'file' };
  if (!entry.isSymbolicLink()) return { kind: 'other' };
  try {
    const real = realpathSync(full);
    const target = statSync(real);
    return { kind: target.isDirectory() ? 'folder' : target.isFile() ? 'file' : 'other', real };
  } catch {
    return { kind: 'broken link' };
  }
}

/** Reads and loads a goals folder; problems in its files are in the result, never thrown. */
export async function loadGoalsFolder(dir: string, options: LoadOptions = {}): Promise<Repository> {
  return loadRepository(await readGoalsFolder(dir), options);
}
