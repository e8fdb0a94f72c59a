/**
 * Benchmark of `cairn diff` on the 10,000-objective synthetic repository of the core benchmark:
 * a pull request that adds one check-in, compared commit to commit (as CI does) and against the
 * work tree (as a contributor does before pushing), each in a fresh process, with the steps of
 * one run measured in process.
 *
 *   npx tsx bench/diff.ts [--objectives 10000] [--runs 3] [--keep]     (build first)
 *
 * Prints the figures; docs/benchmarks.md quotes them. Exits 1 only when a diff fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSnapshot, checkRepository, compareGoals, loadRepository } from '@cairn/core';
import { loadGoalsFolder } from '@cairn/core/node';
import { generateRepository, sizeSpec } from '../../core/bench/generate.js';
import { median, option, timedCairn } from './bench-tools.js';
import { filesAtCommit, gitPlace } from '../src/diff/git-objects.js';
import { markdownReport } from '../src/diff/format-markdown.js';

const objectives = option('--objectives', 10_000);
const runs = option('--runs', 3);
const keep = process.argv.includes('--keep');

const root = mkdtempSync(join(tmpdir(), 'cairn-bench-diff-'));
const env = { ...process.env, NO_COLOR: '1', GIT_AUTHOR_NAME: 'B', GIT_AUTHOR_EMAIL: 'b@example.com', GIT_COMMITTER_NAME: 'B', GIT_COMMITTER_EMAIL: 'b@example.com' };
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();

const timed = (args: string[]): number => timedCairn(args, { cwd: root, env });

try {
  const stats = generateRepository(root, sizeSpec('L', objectives));
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'goals');
  const repo = await loadGoalsFolder(root);
  const target = repo.objectives.find((o) => o.data.period === '2026-q4' && o.data.parent && o.data.keyResults.some((kr) => kr.type === 'metric' && kr.checkins.length > 0));
  if (!target) throw new Error('the generated repository has no metric key result with check-ins in 2026-q4');
  // One check-in more, written as the file's other check-ins are: a copy of the last one, a day later.
  const text = readFileSync(join(root, target.file), 'utf8');
  const lines = text.split('\n');
  const last = lines.findLastIndex((l) => /^\s+- \{ ?date: 2026-1[01]-/.test(l));
  if (last < 0) throw new Error(`no check-in line in ${target.file}`);
  lines.splice(last + 1, 0, (lines[last] ?? '').replace(/date: 2026-1[01]-\d\d/, 'date: 2026-11-14'));
  writeFileSync(join(root, target.file), lines.join('\n'));
  git('commit', '-q', '-am', 'one check-in');
  console.log(`Repository: ${stats.objectives.toLocaleString('en-GB')} objectives, ${stats.keyResults.toLocaleString('en-GB')} key results, ${stats.files.toLocaleString('en-GB')} files (${(stats.bytes / 1e6).toFixed(1)} MB); the change: one check-in in ${target.file}`);

  const validate = timed(['validate', '.', '--no-cache']);
  const commits = Array.from({ length: runs }, () => timed(['diff', 'HEAD~1', 'HEAD', '.', '--format', 'markdown']));
  const workTree = Array.from({ length: runs }, () => timed(['diff', 'HEAD~1', '.', '--format', 'markdown']));

  const phases: [string, number][] = [];
  const phase = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    phases.push([name, performance.now() - started]);
    return result;
  };
  const place = gitPlace(root);
  const before = phase('read the base from git objects (ls-tree, cat-file)', () => filesAtCommit(place, git('rev-parse', 'HEAD~1')));
  const after = phase('read the head from git objects', () => filesAtCommit(place, git('rev-parse', 'HEAD')));
  const [a, b] = phase('load both sides', () => [loadRepository(before), loadRepository(after)]);
  phase('check both sides', () => [checkRepository(a, { asOf: '2026-11-15' }), checkRepository(b, { asOf: '2026-11-15' })]);
  const sides = phase('score both sides (snapshots)', () => [buildSnapshot(a, '2026-11-15'), buildSnapshot(b, '2026-11-15')] as const);
  const diff = phase('compare (compareGoals)', () => compareGoals({ repo: a, snapshot: sides[0] }, { repo: b, snapshot: sides[1] }));
  phase('write the markdown comment', () => markdownReport({ base: 'HEAD~1', head: 'HEAD', headProblems: [], baseProblems: [], diff }));

  const row = (name: string, values: number[]): string => `| ${name} | ${values.map((v) => Math.round(v)).join(', ')} | ${Math.round(median(values))} |`;
  console.log(`\n${diff.checkinsAdded.length} check-in added, ${diff.scores.length} scores changed\n`);
  console.log('| run (fresh process each) | times (ms) | median (ms) |');
  console.log('| --- | --- | --- |');
  console.log(row('`cairn validate`, cold (for comparison)', [validate]));
  console.log(row('`cairn diff HEAD~1 HEAD --format markdown`', commits));
  console.log(row('`cairn diff HEAD~1 --format markdown` (work tree)', workTree));
  console.log('\n| step of one diff (in process) | ms |');
  console.log('| --- | --- |');
  for (const [name, ms] of phases) console.log(`| ${name} | ${Math.round(ms)} |`);
  if (keep) console.log(`\nKept: ${root}`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(root, { recursive: true, force: true });
}
