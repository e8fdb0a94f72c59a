import { readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { checkRepository, hasErrors, loadRepository, type CheckedCache, type Problem, type Repository, type SourceFile } from '@cairn/core';
import { openDiskCache, readGoalsFolder, type DiskCache } from '@cairn/core/node';
import { prettyProblems } from '../format/problems.js';
import { goalsFolderOf, resolveAsOf, type CacheOptions } from '../goals.js';
import { UsageError, type Output } from '../output.js';
import { writeFileSafely } from './safe-write.js';
import { unifiedDiff } from './text-diff.js';

/** A goals folder read into memory, to be changed and checked there before anything is written. */
export interface GoalsSession {
  /** The goals folder, absolute. */
  dir: string;
  files: SourceFile[];
  repo: Repository;
  /** The day the goals are scored at: as_of in the config, else today. */
  asOf: string;
  cache: DiskCache | undefined;
  /** What loading the goals checked, for loading them again with the change (with or without --no-cache). */
  checked: CheckedCache;
}

export async function openGoalsSession(dir: string, options: CacheOptions = {}): Promise<GoalsSession> {
  const given = resolve(dir);
  const info = await stat(given).catch(() => null);
  if (!info) throw new UsageError(`no such folder: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`not a folder: ${dir} (give the goals folder with --goals, e.g. --goals examples/acme)`);
  // Run from inside the goals folder (objectives/2026-q4, say), the command works on the whole folder, as validate does.
  const full = goalsFolderOf(given);
  const files = await readGoalsFolder(full);
  const cache = options.cache === false ? undefined : openDiskCache(full, { dir: options.cacheDir ?? (process.env.CAIRN_CACHE_DIR || undefined) });
  // With --no-cache every file is read afresh once; the second load, with the change, reuses that.
  const checked = cache ?? memoryCache();
  const repo = loadRepository(files, { cache: checked });
  if (repo.texts.size === 0) throw new UsageError(`${dir} holds no Cairn files (periods.yaml, teams.yaml, objectives/, kpis/); is it the goals folder? Give it with --goals`);
  return { dir: full, files, repo, asOf: resolveAsOf(undefined, repo), cache, checked };
}

/**
 * Writes the disk cache when this run read most files afresh (a first run). Not for the few files
 * a write changed: rewriting a large cache costs more than the next run saves by finding them.
 */
export function saveCache(session: GoalsSession): void {
  const cache = session.cache;
  if (cache && cache.stats.misses > cache.stats.hits) cache.save();
}

/**
 * A cache for one run, in memory: each value under all the loader gives with it (kind, text and
 * whatever else identifies the file), so it stays right however the loader keys its cache.
 */
function memoryCache(): CheckedCache {
  const values = new Map<string, unknown>();
  const key = (parts: readonly unknown[]): string => parts.map(String).join('\u0000');
  return {
    get: (...parts: unknown[]) => values.get(key(parts)),
    set: (...parts: unknown[]) => {
      values.set(key(parts.slice(0, -1)), parts.at(-1));
    },
  };
}

/** The text of a file of the session, as read now from disk (null when it does not exist). */
export async function readCurrent(session: GoalsSession, path: string): Promise<string | null> {
  return readFile(join(session.dir, path), 'utf8').catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return null;
    throw new UsageError(`cannot read ${shownPath(session, path)}: ${(error as Error).message}`);
  });
}

/** A path of the goals folder as the user sees it from where cairn runs. */
export function shownPath(session: GoalsSession, path: string): string {
  return relative(process.cwd(), join(session.dir, path)) || path;
}

export interface CheckedChange {
  repo: Repository;
  problems: Problem[];
  ok: boolean;
}

/** The repository as it would be with these files changed (or added), loaded and checked. */
export function checkChanged(session: GoalsSession, changes: ReadonlyMap<string, string>): CheckedChange {
  const files = session.files.map((file) => {
    const text = changes.get(file.path);
    return text === undefined ? file : { path: file.path, text };
  });
  for (const [path, text] of changes) if (!session.files.some((file) => file.path === path)) files.push({ path, text });
  const repo = loadRepository(files, { cache: session.checked });
  const problems = checkRepository(repo, { asOf: session.asOf });
  return { repo, problems, ok: !hasErrors(problems) };
}

/** Prints why a change was refused: the errors `cairn validate` would print for the goals as they would be. */
export function reportRefusal(session: GoalsSession, checked: CheckedChange, output: Output): void {
  const errors = checked.problems.filter((p) => p.severity === 'error');
  output.err(prettyProblems(errors, checked.repo.texts, session.dir, output));
  output.err('Nothing was written: with this change the goals would not be valid.');
}

/**
 * Prints the warnings that fall on the lines a change writes (a check-in dated after the as-of
 * day, or outside its period): the writer should hear of them now, not in the pull request.
 */
export function reportWarnings(session: GoalsSession, checked: CheckedChange, changes: readonly FileChange[], output: Output, said: (problem: Problem) => boolean = () => false): void {
  const warnings = checked.problems.filter((p) => {
    if (p.severity !== 'warning' || said(p)) return false;
    const change = changes.find((c) => c.path === p.file);
    if (!change) return false;
    const [first, last] = changedLines(change);
    return p.line >= first && p.line <= last;
  });
  if (warnings.length > 0) output.err(prettyProblems(warnings, checked.repo.texts, session.dir, output));
}

/** The first and last line (1-based) of the new text that differ from the old. */
function changedLines(change: FileChange): [number, number] {
  const old = change.before === null ? [] : change.before.split('\n');
  const now = change.after.split('\n');
  let head = 0;
  while (head < old.length && head < now.length && old[head] === now[head]) head += 1;
  let tail = 0;
  while (tail < old.length - head && tail < now.length - head && old[old.length - 1 - tail] === now[now.length - 1 - tail]) tail += 1;
  return [head + 1, now.length - tail];
}

export interface FileChange {
  path: string;
  /** The text the file held when it was read (under its lock), or null for a new file. */
  before: string | null;
  after: string;
}

/** The diff of every change, as `--dry-run` shows it. */
export function diffOf(changes: readonly FileChange[]): string {
  return changes.map((change) => unifiedDiff(change.path, change.before, change.after)).join('');
}

/**
 * Writes each change safely (see safe-write.ts); a file that changed since it was read, or a new
 * file whose path is taken, stops the write with nothing written for that file.
 */
export interface CommitFlags {
  dryRun: boolean;
  json: boolean;
}

/**
 * The common end of every command that writes goals files: check the goals as they would be
 * (refuse with validate's errors, exit 1), then show the diff (--dry-run) or write, print the
 * warnings on the new lines, and the command's own report (text, or JSON with --json). The
 * warnings `said` picks are left to the report, which says them in the command's own words.
 */
export async function commitChanges(
  session: GoalsSession,
  changes: readonly FileChange[],
  flags: CommitFlags,
  output: Output,
  report: (checked: CheckedChange) => { text: string; json: Record<string, unknown> },
  said: (problem: Problem) => boolean = () => false,
): Promise<number> {
  const checked = checkChanged(session, new Map(changes.map((c) => [c.path, c.after])));
  if (!checked.ok) {
    reportRefusal(session, checked, output);
    return 1;
  }
  if (!flags.dryRun) await writeChanges(session, changes);
  const { text, json } = report(checked);
  if (flags.json) {
    output.out(JSON.stringify({ ...json, written: !flags.dryRun, ...(flags.dryRun ? { diff: diffOf(changes) } : {}) }, null, 2));
    return 0;
  }
  if (flags.dryRun) output.out(diffOf(changes));
  reportWarnings(session, checked, changes, output, said);
  output.out(flags.dryRun ? `${text}\nNothing was written (--dry-run).` : text);
  return 0;
}

export async function writeChanges(session: GoalsSession, changes: readonly FileChange[]): Promise<void> {
  for (const change of changes) {
    const full = join(session.dir, change.path);
    const shown = shownPath(session, change.path);
    await writeFileSafely(full, change.after, { shown, unchangedSince: change.before ?? undefined, exclusive: change.before === null });
  }
}
