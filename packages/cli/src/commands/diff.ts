import { stat } from 'node:fs/promises';
import { buildSnapshot, checkRepository, compareGoals, loadRepository, reviewRules, type Problem, type Repository, type SourceFile } from '@cairn/core';
import { readGoalsFolder } from '@cairn/core/node';
import { commitBefore, filesAtCommit, gitPlace, resolveCommit } from '../diff/git-objects.js';
import type { DiffReport } from '../diff/diff-report.js';
import { markdownReport } from '../diff/format-markdown.js';
import { prettyReport } from '../diff/format-pretty.js';
import { escapeControl, escapeControlInJson } from '../format/escape-control.js';
import { checkDay, resolveAsOf } from '../goals.js';
import { UsageError, type Output } from '../output.js';

export type DiffFormat = 'pretty' | 'markdown' | 'json';

export interface DiffOptions {
  format: DiffFormat;
  asOf?: string | undefined;
  check: boolean;
  /** Compare with the last commit before this day instead of a named base: a weekly review. */
  since?: string | undefined;
}

/** The work tree, as HEAD is called when no second revision is given. */
const WORK_TREE = 'work tree';

/**
 * `cairn diff BASE [HEAD] [dir]`: what a change does to the goals. With two arguments the second
 * is HEAD when it names a commit, else the goals folder. Exit 1 when the goals after the change
 * do not validate, or with --check when a review rule set to error finds something.
 */
export async function diffCommand(args: readonly string[], options: DiffOptions, output: Output): Promise<number> {
  const since = options.since;
  if (since !== undefined) checkDay(since, '--since');
  // With --since the base is found, not named: the words are then head and folder.
  const [base, second, third] = since === undefined ? args : [undefined, ...args];
  if (since === undefined && base === undefined) throw new UsageError('cairn diff needs the revision to compare with, e.g. cairn diff main (or --since YYYY-MM-DD)');
  if (since === undefined && args.length > 3) throw new UsageError(`cairn diff takes at most three words (base, head and the goals folder), not ${args.length}`);
  if (since !== undefined && args.length > 2) throw new UsageError(`with --since, cairn diff takes at most two words (head and the goals folder), not ${args.length}`);
  let head: string | undefined = second;
  let dir = third ?? '.';
  if (third === undefined && second !== undefined) {
    const folder = await stat(second).then((s) => s.isDirectory()).catch(() => false);
    if (folder && resolveCommit(gitPlace('.').top, second) === null) {
      head = undefined;
      dir = second;
    }
  }
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`no such folder: ${dir}`);
  const place = gitPlace(dir);
  const commitOf = (revision: string): string => {
    const commit = resolveCommit(place.top, revision);
    if (commit === null) throw new UsageError(`"${revision}" names no commit in the repository at ${place.top}`);
    return commit;
  };
  let baseCommit: string;
  let baseName: string;
  if (since === undefined || base !== undefined) {
    baseName = base as string;
    baseCommit = commitOf(baseName);
  } else {
    const from = head ?? 'HEAD';
    const found = commitBefore(place.top, commitOf(from), since);
    if (found === null) throw new UsageError(`no commit of ${from} was made before ${since} (UTC); give an earlier --since, or name a base`);
    baseCommit = found;
    baseName = `${found.slice(0, 7)} (the last commit before ${since})`;
  }
  const baseFiles = filesAtCommit(place, baseCommit);
  const headFiles = head === undefined ? await readGoalsFolder(dir) : filesAtCommit(place, commitOf(head));

  const after = loadRepository(headFiles);
  const before = loadRepository(baseFiles);
  const asOf = resolveAsOf(options.asOf, after);
  const headProblems = errorsOf(after, asOf, headFiles);
  const baseProblems = errorsOf(before, asOf, baseFiles);
  const report: DiffReport = { base: baseName, head: head ?? WORK_TREE, headProblems, baseProblems, diff: null };
  if (headProblems.length === 0) {
    const score = (repo: Repository) => buildSnapshot(repo, asOf);
    const afterSide = { repo: after, snapshot: score(after) };
    // A base that does not validate is compared item by item, but its scores would mislead.
    const beforeSide = baseProblems.length === 0 ? { repo: before, snapshot: score(before) } : { repo: before, snapshot: afterSide.snapshot };
    report.diff = compareGoals(beforeSide, afterSide, reviewRules(after.config));
  }

  if (options.format === 'json') output.out(escapeControlInJson(JSON.stringify(report, null, 2)));
  else if (options.format === 'markdown') output.out(markdownReport(report));
  else output.out(prettyReport(report, output));

  if (headProblems.length > 0) {
    output.err(escapeControl(`the goals ${head === undefined ? 'in the work tree' : `at ${head}`} do not validate; run cairn validate to see every problem`));
    return 1;
  }
  const failing = report.diff?.findings.filter((f) => f.severity === 'error') ?? [];
  if (options.check && failing.length > 0) {
    output.err(`${failing.length} review check${failing.length === 1 ? '' : 's'} failed (rules in cairn.config.yaml under review:)`);
    return 1;
  }
  return 0;
}

function errorsOf(repo: Repository, asOf: string, files: readonly SourceFile[]): Problem[] {
  if (files.length === 0) return [];
  return checkRepository(repo, { asOf }).filter((p) => p.severity === 'error');
}
