import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { checkRepository, hasErrors, type Problem, type Repository } from '@cairn/core';
import { loadRepository } from '@cairn/core';
import { openDiskCache, readGoalsFolder, type DiskCache } from '@cairn/core/node';
import { dateSuggestion, missingDayHint } from '@cairn/core';
import { dayIn, isoDayProblem } from '@cairn/core/calendar';
import { UsageError } from './output.js';

export interface CheckedGoals {
  dir: string;
  repo: Repository;
  problems: Problem[];
  ok: boolean;
}

export interface CacheOptions {
  /** False with --no-cache: every file is parsed and checked afresh, and no cache is written. */
  cache?: boolean | undefined;
  /** --cache-dir, else CAIRN_CACHE_DIR, else node_modules/.cache/cairn (see defaultCacheDir). */
  cacheDir?: string | undefined;
}

/** Caches this run opened; written by `saveCaches` once the command has given its answer. */
const openCaches: DiskCache[] = [];

/**
 * Writes the caches of this run. Called after the command's output, so a first run prints
 * its answer before it spends time writing; a cache that cannot be written only makes the
 * next run slower, so that is not reported.
 */
export function saveCaches(): void {
  for (const cache of openCaches.splice(0)) cache.save();
}

export interface LoadOptions extends CacheOptions {
  /** The command that was run (`score`), so a hint names what the user typed. */
  command?: string | undefined;
}

/** Loads and checks a goals folder; a folder that is not there is a usage error, not bad data. */
export async function loadGoals(dir = '.', options: LoadOptions = {}): Promise<CheckedGoals> {
  const full = resolve(dir);
  const info = await stat(full).catch(() => null);
  if (!info) throw new UsageError(`no such folder: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(notAFolder(dir, options.command));
  const files = await readGoalsFolder(full);
  // Thousands of files take seconds: tell a person at a terminal what is happening, then tidy up.
  const progress = process.stderr.isTTY && files.length >= 500;
  if (progress) process.stderr.write(`Checking ${files.length.toLocaleString('en-GB')} files…`);
  // Files read without a problem before are not parsed or checked again (see docs/cli.md).
  const cache = options.cache === false ? undefined : openDiskCache(full, { dir: options.cacheDir ?? (process.env.CAIRN_CACHE_DIR || undefined) });
  const repo = loadRepository(files, { cache });
  if (cache) openCaches.push(cache);
  if (progress) process.stderr.write('\r\u001b[2K');
  // The answer is the same without those entries; a person may still want to know the cache was tampered with or damaged.
  if (cache && cache.stats.ignored > 0) {
    const n = cache.stats.ignored;
    process.stderr.write(`note: ${n} cache ${n === 1 ? 'entry' : 'entries'} did not check out (damaged, or written without this machine's key) and ${n === 1 ? 'was' : 'were'} ignored; the files were read afresh\n`);
  }
  if (repo.texts.size === 0) {
    throw new UsageError(`${dir} holds no Cairn files (periods.yaml, teams.yaml, objectives/, kpis/); is it the goals folder?`);
  }
  // Check-ins dated after the day the goals are scored at do not count yet: warn (as of the
  // pinned date or today; an --as-of flag looks at another day and is not what was meant here).
  const problems = checkRepository(repo, { asOf: resolveAsOf(undefined, repo) });
  return { dir: full, repo, problems, ok: !hasErrors(problems) };
}

/**
 * `not a folder: goals/periods.yaml (cairn score takes the goals folder: cairn score goals)`:
 * the command that was run, with the goals folder around the file when there is one.
 */
export function notAFolder(path: string, command?: string): string {
  const above = goalsFolderAbove(resolve(path));
  const folder = above === null ? null : relative(process.cwd(), above) || '.';
  if (command === undefined) return `not a folder: ${path} (give the goals folder${folder === null ? '' : `: ${folder}`})`;
  return `not a folder: ${path} (cairn ${command} takes the goals folder, e.g. cairn ${command} ${folder ?? 'examples/acme'})`;
}

/** What marks a goals folder: any of these directly inside it. */
const MARKERS = ['periods.yaml', 'periods.yml', 'periods.json', 'teams.yaml', 'teams.yml', 'teams.json', 'cairn.config.yaml', 'cairn.config.yml', 'cairn.config.json', 'objectives', 'kpis'];

export interface GoalsPaths {
  /** The goals folder the paths are in. */
  dir: string;
  /**
   * The parts of it that were named, relative to `dir` with forward slashes: files, and folders
   * inside it (such as one team's objectives). Null when the goals folder itself was named.
   */
  parts: { files: Set<string>; folders: string[] } | null;
}

/** Whether a file of the goals folder is among the parts named on the command line. */
export function isNamed(parts: GoalsPaths['parts'], file: string): boolean {
  return parts === null || parts.files.has(file) || parts.folders.some((folder) => file.startsWith(`${folder}/`));
}

/**
 * The goals folder that the paths given on the command line are in. A folder that holds
 * periods.yaml, teams.yaml, cairn.config.yaml, objectives/ or kpis/ is a goals folder; a file,
 * or a folder without them, is a part of the nearest goals folder above it. All paths must be
 * in the same goals folder.
 */
export async function goalsPaths(paths: readonly string[]): Promise<GoalsPaths> {
  const roots = new Set<string>();
  const files = new Set<string>();
  const folders: string[] = [];
  let wholeFolder = false;
  for (const path of paths.length > 0 ? paths : ['.']) {
    const full = resolve(path);
    const info = await stat(full).catch(() => null);
    if (!info) throw new UsageError(`no such file or folder: ${path}`);
    const isFolder = info.isDirectory();
    const root = isFolder && isGoalsFolder(full) ? full : goalsFolderAbove(full);
    if (root === null) {
      if (!isFolder) throw new UsageError(`${path} is not inside a goals folder (a folder with periods.yaml, teams.yaml, objectives/ or kpis/)`);
      // Not a goals folder and not inside one: loading it says what is missing.
      roots.add(full);
      wholeFolder = true;
      continue;
    }
    roots.add(root);
    const part = relative(root, full).split(sep).join('/');
    if (part === '') wholeFolder = true;
    else if (isFolder) folders.push(part);
    else files.add(part);
  }
  if (roots.size > 1) {
    const [first, second] = [...roots].map((dir) => relative(process.cwd(), dir) || '.');
    throw new UsageError(`these paths are in different goals folders (${first} and ${second}); run cairn once per folder`);
  }
  return { dir: [...roots][0] as string, parts: wholeFolder ? null : { files, folders } };
}

function isGoalsFolder(dir: string): boolean {
  return MARKERS.some((name) => existsSync(join(dir, name)));
}

/** The goals folder `dir` is, else the nearest one above it (a command run from objectives/2026-q4), else `dir`. */
export function goalsFolderOf(dir: string): string {
  const full = resolve(dir);
  return isGoalsFolder(full) ? full : (goalsFolderAbove(full) ?? full);
}

function goalsFolderAbove(path: string): string | null {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (isGoalsFolder(dir)) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** The as-of date: the flag, else the date pinned in cairn.config.yaml, else today (in `time_zone`, else UTC). */
export function resolveAsOf(flag: string | undefined, repo: Repository, today: () => Date = () => new Date()): string {
  if (flag !== undefined) {
    checkDay(flag, '--as-of');
    return flag;
  }
  return repo.config.as_of ?? dayIn(today(), repo.config.time_zone);
}

/**
 * A date typed on the command line: written YYYY-MM-DD, and a day that exists. Each mistake
 * gets its own message, so `2026-02-30` is not told to use the format it already uses.
 */
export function checkDay(text: string, option: string): void {
  const problem = isoDayProblem(text);
  if (problem === null) return;
  if (problem === 'shape') {
    const hint = dateSuggestion(text);
    throw new UsageError(`${option} must be a date written YYYY-MM-DD, not "${text}"${hint === undefined ? '' : `; ${hint}`}`);
  }
  const hint = missingDayHint(text) ?? '';
  throw new UsageError(`${option} ${text}: ${hint.startsWith('there is no month') ? hint : `that day does not exist; ${hint}`}`);
}
