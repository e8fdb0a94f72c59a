import { existsSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * The output folder cannot take a site: thrown before anything is read or written. A build
 * replaces its whole output folder, so it only ever replaces one it can tell is a site.
 */
export class OutDirError extends Error {
  override name = 'OutDirError';
}

/** The goals folder's own data folders: a site inside one would be read as goals. */
const DATA_FOLDERS = ['objectives', 'kpis'];

/** Whether a relative path (from a folder to another) stays inside the first folder, or is it. */
const within = (path: string): boolean => !(path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path));

/** What every build writes, and so what marks a folder as a previous build's output. */
const BUILT_MARK = join('api', 'v1', 'snapshot.json');

/**
 * Refuses an output folder whose replacement would lose anything that is not a site: the goals
 * folder or a folder holding it, a file or a link, or a folder with files no build wrote. A new
 * path, an empty folder and a previous build's folder are fine. `shown` is the path as given.
 */
export async function checkOutDir(outDir: string, goalsDir: string, shown: string): Promise<void> {
  const out = resolve(outDir);
  const goals = resolve(goalsDir);
  const fromOut = relative(out, goals);
  if (within(fromOut)) {
    throw new OutDirError(`${shown} ${fromOut === '' ? 'is' : 'holds'} the goals folder; a build replaces its whole output folder, so give one of its own, such as ${join(shown, fromOut === '' ? 'site' : `${fromOut}-site`)}`);
  }
  const data = DATA_FOLDERS.find((name) => within(relative(join(goals, name), out)));
  if (data) {
    const where = relative(join(goals, data), out) === '' ? 'is' : 'is inside';
    throw new OutDirError(`${shown} ${where} the goals' ${data}/ folder, where its files would be read as goals; give a folder outside ${data}/, such as site`);
  }
  const info = await lstat(out).catch(() => null);
  if (info === null) return;
  if (info.isSymbolicLink()) throw new OutDirError(`${shown} is a link; a build replaces its output folder, so give the folder itself or a new one`);
  if (!info.isDirectory()) throw new OutDirError(`${shown} is a file; a build writes a folder there and replaces what is there: give a new folder, or one a previous build wrote`);
  if ((await readdir(out)).length === 0 || existsSync(join(out, BUILT_MARK))) return;
  throw new OutDirError(
    `${shown} holds files no Cairn build wrote (it has no ${BUILT_MARK.split(sep).join('/')}); a build replaces its whole output folder, so give a new or empty folder, or one a previous build wrote`,
  );
}
