import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { UsageError } from './output.js';

/**
 * Write to a temporary sibling, then rename: readers never see half a file, and a failed
 * write leaves nothing behind. A path that cannot be written is the caller's to fix.
 */
export async function writeFileAtomic(path: string, text: string, shown = path): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing?.isDirectory()) throw new UsageError(`${shown} is a folder; give a file name, e.g. ${shown.replace(/\/$/, '')}/snapshot.json`);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UsageError(`cannot write ${shown}: ${reason(error)}`);
  }
}

/** A folder for output files; an existing file there is a usage error, not a crash. */
export async function ensureFolder(path: string, shown = path): Promise<void> {
  const existing = await stat(path).catch(() => null);
  if (existing && !existing.isDirectory()) throw new UsageError(`${shown} is a file; --out needs a folder`);
  await mkdir(path, { recursive: true }).catch((error: unknown) => {
    throw new UsageError(`cannot create the folder ${shown}: ${reason(error)}`);
  });
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'the file system is read-only',
    ENOSPC: 'no space left on the device',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EEXIST: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
  };
  return (code && words[code]) ?? (error as Error).message ?? String(error);
}
