import { rmSync } from 'node:fs';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../output.js';
import { reasonOf } from './error-words.js';
import { isRunning, withSignalCleanup } from './temporaries.js';

export interface LockOptions {
  /** How long to wait for another cairn that holds the lock; default 20 seconds. */
  waitMs?: number | undefined;
  shown?: string | undefined;
}

/** A lock this old with no process id in it was left by a run that died while taking it. */
const ABANDONED_MS = 60_000;

/**
 * Runs `work` while holding a lock on `path`: a hidden `.<name>.cairn-lock` beside it, made
 * with O_EXCL and holding this process's id. Two cairns editing one file take turns, so both
 * edits land; a lock whose process is gone is taken over, and a lock is never left on a signal.
 */
export async function withFileLock<T>(path: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = join(dirname(path), `.${basename(path)}.cairn-lock`);
  const shown = options.shown ?? path;
  const deadline = Date.now() + (options.waitMs ?? 20_000);
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      try {
        await handle.writeFile(String(process.pid));
      } finally {
        await handle.close();
      }
      break;
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
  const release = (): void => rmSync(lock, { force: true });
  try {
    return await withSignalCleanup(release, work);
  } finally {
    release();
  }
}
