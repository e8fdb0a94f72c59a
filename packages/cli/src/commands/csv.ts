import type { Command } from 'commander';
import { buildSnapshot } from '@cairn/core';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { checkedAudienceSnapshot } from './checked-snapshot.js';
import { snapshotAudience, type Audience } from './site-flags.js';
import { UsageError, type Output } from '../output.js';
import { parseDay } from '../write/command-input.js';
import { commitChanges, saveCache, openGoalsSession, reportRefusal, shownPath, type FileChange } from '../write/goals-session.js';
import { okrCsv } from '../write/okr-csv.js';
import { planImport } from '../write/okr-import.js';
import { writeFileSafely } from '../write/safe-write.js';
import { writingOptions, type CommandContext, type WritingFlags } from './command-context.js';
import { registerExportMeasurements } from './export-measurements.js';
import { registerImportMeasurements } from './import-measurements.js';

const EXPORT_HELP = `
Examples:
  $ cairn export csv examples/acme --period 2026-q4 > okrs.csv
  $ cairn export csv examples/acme --team sales --out sales.csv

One row per key result: period, team, objective, owner, key result, start, target, current,
unit, then the ids (for an exact round trip) and the progress and score.`;

const IMPORT_HELP = `
Examples:
  $ cairn import csv okrs.csv --goals examples/acme --dry-run
  $ cairn import csv okrs.csv --goals examples/acme --date 2026-11-20

Reads one row per key result (a header row naming period, team, objective and key result;
start, target, current, unit and owner when there). New objectives get a file, new key results
are added, and a current value that differs from the goals' becomes a check-in. Every row that
cannot be used is reported with its row number, and then nothing is written.`;

/** `cairn export csv` (beside `cairn export [dir]`) and `cairn import csv FILE`. */
export function registerCsv(program: Command, context: CommandContext): void {
  const exporting = program.commands.find((command) => command.name() === 'export') ?? program.command('export');
  exporting
    .command('csv')
    .summary('write the key results as CSV, for a spreadsheet')
    .description('Write one row per key result, with scores, as CSV: the shape `cairn import csv` reads back.')
    .argument('[dir]', 'the goals folder', '.')
    .option('--as-of <date>', 'score as of this date (YYYY-MM-DD)')
    .option('--period <id>', 'only this period')
    .option('--team <id>', 'only this team and the teams below it')
    .option('-o, --out <file>', 'write to this file instead of standard output')
    .addOption(snapshotAudience())
    .option('--no-cache', 'parse and check every file afresh, and write no cache')
    .option('--cache-dir <dir>', 'keep the cache here (default: $CAIRN_CACHE_DIR, else node_modules/.cache/cairn)')
    .addHelpText('after', EXPORT_HELP)
    .action(async (dir: string, _flags: unknown, command: Command) => {
      // `export` itself has --out, --as-of and the cache switches: they land on it, so read both.
      context.finish(await exportCsv(dir, command.optsWithGlobals(), context.output));
    });

  registerExportMeasurements(exporting, context.output, context.finish);

  const importing = program.command('import').summary('read goals from a spreadsheet').description('Read goals from another format into the goals folder.');
  const csv = importing
    .command('csv')
    .summary('create or update objectives and key results from a CSV file')
    .description('Create or update objectives and key results from a CSV file with one row per key result.')
    .argument('<file>', 'the CSV file (a spreadsheet saved as CSV UTF-8)')
    .option('--date <date>', 'the day of the check-ins it records (default: as_of in cairn.config.yaml, else today)')
    .option('--replace', 'replace a check-in already recorded on that date; without it, such a row is refused');
  for (const option of writingOptions()) csv.addOption(option);
  csv.addHelpText('after', IMPORT_HELP).action(async (file: string, flags: WritingFlags & { date?: string; replace?: boolean }) => {
    context.finish(await importCsv(file, flags, context.output));
  });
  registerImportMeasurements(importing, context);
}

async function exportCsv(dir: string, flags: { asOf?: string; period?: string; team?: string; out?: string; audience?: Audience; cache: boolean; cacheDir?: string }, output: Output): Promise<number> {
  const snapshot = await checkedAudienceSnapshot(dir, flags.asOf, flags.audience, output, flags);
  if (!snapshot) return 1;
  if (flags.period !== undefined && !snapshot.periods.some((p) => p.id === flags.period))
    throw new UsageError(`no period "${flags.period}"; the periods are ${snapshot.periods.map((p) => p.id).join(', ')}`);
  if (flags.team !== undefined && !snapshot.teams.some((t) => t.id === flags.team)) throw new UsageError(`no team "${flags.team}"`);
  const text = okrCsv(snapshot, { period: flags.period, team: flags.team });
  if (flags.out && flags.out !== '-') {
    await writeFileSafely(resolve(flags.out), text, { shown: flags.out });
    output.err(`Wrote ${text.split('\n').length - 2} key results as of ${snapshot.asOf} to ${flags.out}`);
  } else {
    output.out(text);
  }
  return 0;
}

async function importCsv(file: string, flags: WritingFlags & { date?: string; replace?: boolean }, output: Output): Promise<number> {
  const csv = await readFile(resolve(file), 'utf8').catch((error: { code?: string }) => {
    throw new UsageError(error.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  });
  const session = await openGoalsSession(flags.goals, flags);
  try {
    const date = flags.date === undefined ? session.asOf : parseDay(flags.date, '--date');
    if (session.repo.problems.some((p) => p.severity === 'error')) {
      // Rows are matched against the goals as they are: they must load cleanly first.
      reportRefusal(session, { repo: session.repo, problems: session.repo.problems, ok: false }, output);
      return 1;
    }
    const plan = planImport(csv, session.repo, buildSnapshot(session.repo, date), date, { replace: flags.replace });
    if (plan.problems.length > 0) {
      for (const problem of plan.problems) output.err(`${file}:${problem.row}: ${problem.message}`);
      output.err(`${plan.problems.length} row${plan.problems.length === 1 ? '' : 's'} could not be used; nothing was written.`);
      return 1;
    }
    const changes: FileChange[] = [...plan.files].map(([path, change]) => ({ path, ...change }));
    const { objectives, keyResults, checkins, unchanged } = plan.counts;
    const summary = `${objectives} new objective${objectives === 1 ? '' : 's'}, ${keyResults} new key result${keyResults === 1 ? '' : 's'}, ${checkins} check-in${checkins === 1 ? '' : 's'} dated ${date}; ${unchanged} row${unchanged === 1 ? '' : 's'} already as the goals are`;
    if (changes.length === 0) {
      if (flags.json) output.out(JSON.stringify({ action: 'import csv', written: false, files: [], ...plan.counts }, null, 2));
      else output.out(`Nothing to change: ${summary}.`);
      return 0;
    }
    return await commitChanges(session, changes, flags, output, () => ({
      text: `${flags.dryRun ? 'Would import' : 'Imported'} ${file}: ${summary}\n${changes.map((c) => `  ${c.before === null ? 'created' : 'changed'} ${shownPath(session, c.path)}`).join('\n')}`,
      json: { action: 'import csv', files: changes.map((c) => shownPath(session, c.path)), ...plan.counts, date },
    }));
  } finally {
    saveCache(session);
  }
}
