/**
 * Benchmark of `cairn checkin` on the 10,000-objective synthetic repository of the core
 * benchmark: the time of one check-in, in a fresh process each, cold (--no-cache: what CI and a
 * first run pay) and with the cache of an earlier run (what a contributor pays day to day).
 *
 *   npm run bench                 (from packages/cli; build first)
 *   npx tsx bench/checkin.ts [--objectives 10000] [--runs 3] [--keep]
 *
 * Prints the figures; docs/benchmarks.md quotes them. Exits 1 only when a check-in fails.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGoalsFolder } from '@cairn/core/node';
import { editList, listItems } from '@cairn/core';
import { generateRepository, sizeSpec } from '../../core/bench/generate.js';
import { median, option, timedCairn } from './bench-tools.js';
import { checkChanged, openGoalsSession } from '../src/write/goals-session.js';
import { objectiveStanding } from '../src/write/score-change.js';

const objectives = option('--objectives', 10_000);
const runs = option('--runs', 3);
const keep = process.argv.includes('--keep');

const timed = (args: string[]): number => timedCairn(args);

const root = mkdtempSync(join(tmpdir(), 'cairn-bench-checkin-'));
const goals = join(root, 'goals');
const cache = join(root, 'cache');
try {
  const stats = generateRepository(goals, sizeSpec('L', objectives));
  const repo = await loadGoalsFolder(goals);
  // A metric key result of the running quarter, so the check-in moves a score.
  const target = repo.objectives.find((o) => o.data.period === '2026-q4' && o.data.parent && o.data.keyResults.some((kr) => kr.type === 'metric'));
  const kr = target?.data.keyResults.find((k) => k.type === 'metric');
  if (!target || !kr) throw new Error('the generated repository has no metric key result in 2026-q4');
  const ref = `${target.data.id}#${kr.id}`;
  console.log(
    `Repository: ${stats.objectives.toLocaleString('en-GB')} objectives, ${stats.keyResults.toLocaleString('en-GB')} key results, ${stats.checkins.toLocaleString('en-GB')} check-ins, ${stats.kpis} KPIs, ${stats.files.toLocaleString('en-GB')} files (${(stats.bytes / 1e6).toFixed(1)} MB)`,
  );
  console.log(`Check-in: ${ref} (period 2026-q4, aligned to ${target.data.parent})`);
  let day = 1;
  const checkin = (extra: string[]): number => timed(['checkin', ref, String(100 + day), '--date', `2026-11-${String(day++).padStart(2, '0')}`, '--goals', goals, ...extra]);

  const validateCold = timed(['validate', goals, '--no-cache']);
  const cold = Array.from({ length: runs }, () => checkin(['--no-cache']));
  // Fill the cache as a contributor's earlier run would have, then check in with it.
  const validateWarm = [timed(['validate', goals, '--cache-dir', cache]), timed(['validate', goals, '--cache-dir', cache])][1] as number;
  const warm = Array.from({ length: runs }, () => checkin(['--cache-dir', cache]));

  // Where one cold check-in's time goes, measured in this process with the command's own steps.
  const phases: [string, number][] = [];
  const phase = <T>(name: string, work: () => T): T => {
    const started = performance.now();
    const result = work();
    phases.push([name, performance.now() - started]);
    return result;
  };
  const session = await (async () => {
    const started = performance.now();
    const opened = await openGoalsSession(goals, { cache: false });
    phases.push(['read and load the goals folder', performance.now() - started]);
    return opened;
  })();
  const file = target.file;
  const text = session.repo.texts.get(file) ?? '';
  const index = target.data.keyResults.indexOf(kr);
  const edited = phase('edit the objective file (editList)', () => {
    listItems(text, file, ['key_results', index, 'checkins']);
    return editList(text, file, { list: ['key_results', index, 'checkins'], entry: { date: '2026-11-14', value: 1 } });
  });
  const checked = phase('load again with the change, check the whole repository', () => checkChanged(session, new Map([[file, edited]])));
  phase('score before and after (objective, its ancestors, its period)', () => {
    objectiveStanding(session.repo, target.data.id, session.asOf);
    objectiveStanding(checked.repo, target.data.id, session.asOf);
  });

  const row = (name: string, values: number[]): string => `| ${name} | ${values.map((v) => Math.round(v)).join(', ')} | ${Math.round(median(values))} |`;
  console.log('');
  console.log('| run (fresh process each) | times (ms) | median (ms) |');
  console.log('| --- | --- | --- |');
  console.log(row('`cairn validate`, cold (for comparison)', [validateCold]));
  console.log(row('`cairn checkin`, cold (`--no-cache`)', cold));
  console.log(row('`cairn validate`, with the cache (for comparison)', [validateWarm]));
  console.log(row('`cairn checkin`, with the cache', warm));
  console.log('');
  console.log('| step of one cold check-in (in process) | ms |');
  console.log('| --- | --- |');
  for (const [name, ms] of phases) console.log(`| ${name} | ${Math.round(ms)} |`);
  if (keep) console.log(`\nKept: ${root}`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  if (!keep) rmSync(root, { recursive: true, force: true });
}
