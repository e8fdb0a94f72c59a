import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { classify, type SourceFile } from '@cairn/core';
import { UsageError } from '../output.js';

/** Where a goals folder sits in its git repository. */
export interface GitPlace {
  /** The repository's top folder. */
  top: string;
  /** The goals folder inside it, with forward slashes and no trailing slash; '' at the top. */
  prefix: string;
}

/** Objects beyond this size are not goals files; reading them would only cost memory. */
const MAX_BUFFER = 1024 * 1024 * 1024;

function git(cwd: string, args: readonly string[], input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const run = spawnSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
  if (run.error) throw new UsageError(`cannot run git: ${run.error.message}`);
  return { ok: run.status === 0, stdout: run.stdout, stderr: run.stderr.toString('utf8').trim() };
}

/** The git repository around a goals folder; not being in one is a usage error. */
export function gitPlace(dir: string): GitPlace {
  const run = git(dir, ['rev-parse', '--show-toplevel']);
  if (!run.ok) throw new UsageError(`${dir} is not inside a git repository; cairn diff compares commits`);
  const top = realpathSync(run.stdout.toString('utf8').trim());
  const prefix = relative(top, realpathSync(dir)).split(sep).join('/');
  return { top, prefix };
}

/** The commit a revision names (a branch, tag, commit or `HEAD~1`), or null when it names none. */
export function resolveCommit(top: string, revision: string): string | null {
  if (revision.startsWith('-')) return null;
  const run = git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  return run.ok ? run.stdout.toString('utf8').trim() : null;
}

/** The last commit of `from`'s first-parent history committed before the start of `day` (UTC), or null. */
export function commitBefore(top: string, from: string, day: string): string | null {
  if (from.startsWith('-')) return null;
  const run = git(top, ['rev-list', '-1', '--first-parent', `--before=${day}T00:00:00Z`, '--end-of-options', from]);
  const commit = run.ok ? run.stdout.toString('utf8').trim() : '';
  return commit === '' ? null : commit;
}

/**
 * The goals files of a goals folder as they are in a commit, read from git's objects: the
 * work tree and the index are never touched, so uncommitted work is safe while this runs.
 */
export function filesAtCommit(place: GitPlace, commit: string): SourceFile[] {
  const pathspec = place.prefix === '' ? [] : ['--', place.prefix];
  const listing = git(place.top, ['ls-tree', '-r', '-z', '--full-tree', commit, ...pathspec]);
  if (!listing.ok) throw new UsageError(`git cannot list ${commit}: ${listing.stderr}`);
  const wanted: { path: string; oid: string }[] = [];
  const files: SourceFile[] = [];
  const start = place.prefix === '' ? '' : `${place.prefix}/`;
  for (const entry of listing.stdout.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid] = entry.slice(0, tab).split(' ');
    const full = entry.slice(tab + 1);
    if (!full.startsWith(start) || type !== 'blob' || oid === undefined) continue;
    const path = full.slice(start.length);
    if (!isGoalsFile(path)) continue;
    // A link in a commit is a path, not a file's content: reading it as one would be wrong.
    if (mode === '120000') files.push({ path, text: '', unreadable: 'it is a symbolic link in git; Cairn reads files only' });
    else wanted.push({ path, oid });
  }
  if (wanted.length === 0) return files;
  const batch = git(place.top, ['cat-file', '--batch'], Buffer.from(`${wanted.map((w) => w.oid).join('\n')}\n`));
  if (!batch.ok) throw new UsageError(`git cannot read the objects of ${commit}: ${batch.stderr}`);
  const out = batch.stdout;
  let at = 0;
  for (const { path } of wanted) {
    const newline = out.indexOf(10, at);
    const header = out.subarray(at, newline).toString('utf8').split(' ');
    const size = Number(header[2]);
    const bytes = out.subarray(newline + 1, newline + 1 + size);
    at = newline + 1 + size + 1;
    files.push(decode(path, bytes));
  }
  return files;
}

/** Only the top of the goals folder and its objectives/ and kpis/ folders hold Cairn's files. */
function isGoalsFile(path: string): boolean {
  if (path.split('/').some((part) => part.startsWith('.') || part === 'node_modules')) return false;
  const top = !path.includes('/');
  if (!top && !path.startsWith('objectives/') && !path.startsWith('kpis/')) return false;
  return classify(path) !== null;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

function decode(path: string, bytes: Uint8Array): SourceFile {
  try {
    return { path, text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    return { path, text, encoding: { kind: 'not-utf8', offset: Math.max(0, text.indexOf('\uFFFD')) } };
  }
}
