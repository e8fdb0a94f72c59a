import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * A temporary sibling of `path`, hidden (so goals loaders skip it) and named after this
 * process, so that a later run can tell a leftover of a killed process from a live write.
 */
export function temporaryPath(path: string, pid = process.pid): string {
  return join(dirname(path), `.${basename(path)}.cairn-${pid}.tmp`);
}

const TEMPORARY = /^\..+\.cairn-(\d+)\.tmp$/;

/** Whether a process with this id is running (a process of another user counts as running). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the temporaries that processes killed with SIGKILL (or a power cut) left in a folder.
 * Best effort: a folder that cannot be listed has nothing this run could remove either.
 */
export function removeStaleTemporaries(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1]);
    if (!pid || pid === process.pid || isRunning(pid)) continue;
    try {
      rmSync(join(folder, name), { force: true });
      removed.push(name);
    } catch {
      // Someone else's leftover that this user may not remove: it harms nothing.
    }
  }
  return removed;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs `work` with `cleanup` bound to SIGINT, SIGTERM and SIGHUP: on a signal the cleanup runs
 * (synchronously) and, once every such guard has run, the signal is raised again so the process
 * ends as the signal meant (exit 130 for Ctrl-C). The guard is gone when `work` settles.
 */
export async function withSignalCleanup<T>(cleanup: () => void, work: () => Promise<T>): Promise<T> {
  const onSignal = (signal: NodeJS.Signals): void => {
    remove();
    try {
      cleanup();
    } finally {
      // The last guard to run re-raises; the others leave that to it.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    }
  };
  const remove = (): void => {
    for (const signal of SIGNALS) process.off(signal, onSignal);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
  try {
    return await work();
  } finally {
    remove();
  }
}
