import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { link, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../output.js';
import { reasonOf } from './error-words.js';
import { isRunning, temporaryPath, withSignalCleanup } from './temporaries.js';

export interface LockOptions {
  /** How long to wait for another cairn that holds the lock; default 20 seconds. */
  waitMs?: number | undefined;
  shown?: string | undefined;
}

/** A lock this old with no process id in it was left by a run that died while taking it. */
const ABANDONED_MS = 60_000;

/**
 * Runs `work` while holding a lock on `path`: a hidden `.<name>.cairn-lock` beside it, holding
 * this process's id from the moment it exists (see `takeLock`). Two cairns editing one file take
 * turns, so both edits land; a lock whose process is gone is taken over. A signal while waiting
 * for the lock, taking it or working leaves neither the lock nor its temporary behind.
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = join(dirname(path), `.${basename(path)}.cairn-lock`);
  const temporary = temporaryPath(`${lock}.${randomBytes(4).toString('hex')}`);
  let held = false;
  const release = (): void => {
    rmSync(temporary, { force: true });
    if (held) rmSync(lock, { force: true });
  };
  try {
    return await withSignalCleanup(release, async () => {
      await waitForLock(lock, temporary, options.shown ?? path, options.waitMs ?? 20_000);
      held = true;
      return await work();
    });
  } finally {
    release();
  }
}

/** Takes the lock, taking over one whose holder is gone and waiting up to `waitMs` for a live one. */
async function waitForLock(lock: string, temporary: string, shown: string, waitMs: number): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await takeLock(lock, temporary);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw new UsageError(`cannot lock ${shown} for writing: ${reasonOf(error)}`);
    }
    const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
    const age = Date.now() - ((await stat(lock).catch(() => null))?.mtimeMs ?? Date.now());
    if ((holder > 0 && !isRunning(holder)) || (!(holder > 0) && age > ABANDONED_MS)) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new UsageError(`another cairn (process ${holder || 'unknown'}) is writing ${shown}; nothing was written — run the command again when it has finished`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(Math.random() * 30)));
  }
}

/**
 * Makes the lock file with this process's id already in it: the id goes into a temporary, which
 * is then hard-linked to the lock's name (failing with EEXIST, like O_EXCL, when the lock is held).
 * A lock made empty and filled afterwards is left empty by a kill -9 between the two steps, and
 * an empty lock cannot say that its holder is gone. Where the file system has no hard links the
 * lock is made with O_EXCL instead.
 */
async function takeLock(lock: string, temporary: string): Promise<void> {
  await writeFile(temporary, String(process.pid), { flag: 'wx' });
  try {
    await link(temporary, lock);
    return;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
  } finally {
    await rm(temporary, { force: true });
  }
  const handle = await open(lock, 'wx');
  try {
    await handle.writeFile(String(process.pid));
  } finally {
    await handle.close();
  }
}
