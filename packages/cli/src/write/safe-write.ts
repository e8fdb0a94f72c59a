import { rmSync } from 'node:fs';
import { link, lstat, mkdir, open, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from '../output.js';
import { reasonOf } from './error-words.js';
import { removeStaleTemporaries, temporaryPath, withSignalCleanup } from './temporaries.js';

export interface WriteOptions {
  /** The path as the user wrote it, for messages. */
  shown?: string | undefined;
  /**
   * The text the file held when the caller read it: if it holds anything else by the time the new
   * text is ready, nothing is written (someone else wrote it meanwhile) and the write fails.
   */
  unchangedSince?: string | undefined;
  /** Only create the file: if anything is at the path by the time the text is ready, nothing is written. */
  exclusive?: boolean | undefined;
}

/** How a write reached its path. */
export type WriteWay = 'created' | 'replaced' | 'written through';

/**
 * Writes a whole file without ever leaving half of it or destroying what is not a regular file:
 * - a new path or a regular file: a temporary sibling, synced, then renamed over it, keeping the
 *   old file's permissions (and owner, when run as root);
 * - a symbolic link: the same, on the file it points to; the link stays a link;
 * - a device, a FIFO or anything else that is not a regular file: written straight through,
 *   so `--out /dev/stdout` or a named pipe gets the bytes and stays what it was.
 * A temporary is removed on failure and on SIGINT/SIGTERM/SIGHUP, and leftovers of killed runs
 * in the same folder are removed first.
 */
export async function writeFileSafely(path: string, text: string, options: WriteOptions = {}): Promise<WriteWay> {
  const shown = options.shown ?? path;
  const fail = (error: unknown): never => {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot write ${shown}: ${reasonOf(error)}`);
  };
  const existing = await lstat(path).catch((error: { code?: string }) => (error.code === 'ENOENT' ? null : fail(error)));
  let target = path;
  if (existing && options.exclusive) throw new UsageError(`${shown} already exists; nothing was written`);
  let info = existing;
  if (existing?.isSymbolicLink()) {
    info = await stat(path).catch((error: { code?: string }) => {
      if (error.code === 'ENOENT') throw new UsageError(`cannot write ${shown}: it is a symbolic link to a file that does not exist`);
      return fail(error);
    });
    target = await realpath(path).catch(fail);
  }
  if (info?.isDirectory()) throw new UsageError(`${shown} is a folder; give a file name, e.g. ${shown.replace(/\/$/, '')}/snapshot.json`);
  if (info && !info.isFile()) {
    await writeFile(target, text, 'utf8').catch(fail);
    return 'written through';
  }
  await mkdir(dirname(target), { recursive: true }).catch(fail);
  removeStaleTemporaries(dirname(target));
  const temporary = temporaryPath(target);
  const discard = (): void => rmSync(temporary, { force: true });
  try {
    await withSignalCleanup(discard, async () => {
      // A leftover of an earlier process that had this same id cannot be running now.
      await rm(temporary, { force: true });
      const mode = info ? info.mode & 0o7777 : 0o666;
      const handle = await open(temporary, 'wx', mode);
      try {
        // open() applies the umask; an existing file's exact mode is set again here.
        if (info) await handle.chmod(mode);
        if (info && process.getuid?.() === 0 && (info.uid !== 0 || info.gid !== 0)) await handle.chown(info.uid, info.gid);
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (options.unchangedSince !== undefined) {
        const now = await readFile(target, 'utf8').catch(() => null);
        if (now !== options.unchangedSince) throw new UsageError(`${shown} changed while cairn was writing it; nothing was written, run the command again`);
      }
      if (options.exclusive) {
        // A hard link fails if the path was taken meanwhile, where a rename would replace it.
        await link(temporary, target).catch((error: { code?: string }) => {
          throw error.code === 'EEXIST' ? new UsageError(`${shown} already exists; nothing was written`) : error;
        });
        await rm(temporary, { force: true });
      } else {
        await rename(temporary, target);
      }
    });
  } catch (error) {
    discard();
    fail(error);
  }
  return info ? 'replaced' : 'created';
}

/** A folder for output files; an existing file there is a usage error, not a crash. */
export async function ensureFolder(path: string, shown = path): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`${shown} is a file; --out needs a folder`);
  await mkdir(path, { recursive: true }).catch((error: unknown) => {
    throw new UsageError(`cannot create the folder ${shown}: ${reasonOf(error)}`);
  });
}
