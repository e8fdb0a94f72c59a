import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError, type Output } from '../output.js';
import { addCsvMeasurement, csvValueOn } from '../write/csv-rows.js';
import { commitChanges, openGoalsSession, reportRefusal, saveCache, shownPath, type FileChange, type GoalsSession } from '../write/goals-session.js';
import { readMeasurementRows, type MeasurementRow, type RowProblem } from '../write/measurement-rows.js';
import { addYamlMeasurement, yamlValueOn } from '../write/yaml-measurements.js';
import { writingOptions, type CommandContext, type WritingFlags } from './command-context.js';
import { measurementsFile } from './measure.js';

export interface ImportMeasurementsFlags extends WritingFlags {
  kpi?: string | undefined;
  delimiter?: string | undefined;
  decimal?: string | undefined;
  replace?: boolean | undefined;
}

const HELP = `
Examples:
  $ cairn import measurements export.csv --goals examples/acme --dry-run
  $ cairn import measurements nps.csv --kpi net-promoter
  $ cairn import measurements bi-export.csv --delimiter ";" --decimal ,

The file has a header row naming date and value columns, and kpi unless --kpi gives it (names
such as Day, Timestamp, Amount or Metric are understood). Values may carry thousands separators
and a % sign (for a KPI counted in %); a date-time keeps its date as written. A row without a
value is left out. A measurement already recorded on its date with the same value is left as it
is, so the same export can be imported again; a different value is refused unless --replace.
Every row that cannot be used is reported with its row number, and then nothing is written.`;

/** `cairn import measurements FILE`: KPI measurements in bulk, as `cairn measure` records one. */
export function registerImportMeasurements(importing: Command, context: CommandContext): void {
  const command = importing
    .command('measurements')
    .summary("record KPI measurements from a CSV export (a BI tool's or a spreadsheet's)")
    .description('Record KPI measurements in bulk from a CSV file: one row per KPI and date.')
    .argument('<file>', 'the CSV file')
    .option('--kpi <id>', 'every row is this KPI (a file without a kpi column)')
    .option('--delimiter <char>', 'the column separator (default: the one the header line uses: , ; or tab)')
    .option('--decimal <mark>', 'the decimal mark of the values: . (default) or ,')
    .option('--replace', 'replace a measurement already recorded on a date with another value');
  for (const option of writingOptions()) command.addOption(option);
  command.addHelpText('after', HELP).action(async (file: string, flags: ImportMeasurementsFlags) => {
    context.finish(await importMeasurements(file, flags, context.output));
  });
}

export async function importMeasurements(file: string, flags: ImportMeasurementsFlags, output: Output): Promise<number> {
  const text = await readFile(resolve(file), 'utf8').catch((error: { code?: string }) => {
    throw new UsageError(error.code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  });
  const session = await openGoalsSession(flags.goals, flags);
  try {
    if (session.repo.problems.some((p) => p.severity === 'error')) {
      // Dates are matched against the measurements as they are: the goals must load cleanly first.
      reportRefusal(session, { repo: session.repo, problems: session.repo.problems, ok: false }, output);
      return 1;
    }
    const kpis = new Map(session.repo.kpis.map((k) => [k.data.id, { unit: k.data.unit ?? null }]));
    const delimiter = flags.delimiter === '\\t' || flags.delimiter === 'tab' ? '\t' : flags.delimiter;
    const reading = readMeasurementRows(text, { kpi: flags.kpi, delimiter, decimal: flags.decimal }, kpis);
    const plan = planWrites(session, reading.rows, flags.replace === true);
    const problems = [...reading.problems, ...plan.problems].sort((a, b) => a.row - b.row);
    if (problems.length > 0) {
      for (const problem of problems) output.err(`${file}:${problem.row}: ${problem.message}`);
      output.err(`${problems.length} row${problems.length === 1 ? '' : 's'} could not be used; nothing was written.`);
      return 1;
    }
    const added = plan.added + plan.replaced;
    const empty = reading.empty.length;
    const summary = [
      `${plan.added} measurement${plan.added === 1 ? '' : 's'} added`,
      ...(plan.replaced > 0 ? [`${plan.replaced} replaced`] : []),
      `${plan.unchanged} already recorded`,
      ...(empty > 0 ? [`${empty} row${empty === 1 ? '' : 's'} without a value left out (row${empty === 1 ? '' : 's'} ${empty > 5 ? `${reading.empty.slice(0, 5).join(', ')}…` : reading.empty.join(', ')})`] : []),
    ].join(', ');
    const counts = { added: plan.added, replaced: plan.replaced, unchanged: plan.unchanged, empty };
    if (added === 0) {
      if (flags.json) output.out(JSON.stringify({ action: 'import measurements', written: false, files: [], ...counts }, null, 2));
      else output.out(`Nothing to change: ${summary}.`);
      return 0;
    }
    return await commitChanges(session, plan.changes, flags, output, () => ({
      text: `${flags.dryRun ? 'Would import' : 'Imported'} ${file}: ${summary}\n${plan.changes.map((c) => `  changed ${shownPath(session, c.path)}`).join('\n')}`,
      json: { action: 'import measurements', files: plan.changes.map((c) => shownPath(session, c.path)), ...counts },
    }));
  } finally {
    saveCache(session);
  }
}

interface Plan {
  changes: FileChange[];
  problems: RowProblem[];
  added: number;
  replaced: number;
  unchanged: number;
}

/** Each KPI's file with its rows added in file order, as `cairn measure` adds one; a date already measured keeps its value unless --replace. */
function planWrites(session: GoalsSession, rows: readonly MeasurementRow[], replace: boolean): Plan {
  const plan: Plan = { changes: [], problems: [], added: 0, replaced: 0, unchanged: 0 };
  const byFile = new Map<string, MeasurementRow[]>();
  for (const row of rows) {
    const kpi = session.repo.kpis.find((k) => k.data.id === row.kpi);
    if (!kpi) continue;
    const file = measurementsFile(session, kpi);
    byFile.set(file, [...(byFile.get(file) ?? []), row]);
  }
  for (const [file, fileRows] of byFile) {
    const before = session.repo.texts.get(file) ?? '';
    let text = before;
    const shown = shownPath(session, file);
    for (const row of fileRows) {
      const recorded = file.endsWith('.csv') ? csvValueOn(text, shown, row.date) : yamlValueOn(text, file, row.date);
      if (recorded === row.value) {
        plan.unchanged += 1;
        continue;
      }
      if (recorded !== undefined && !replace) {
        plan.problems.push({ row: row.row, message: `${row.kpi} already has ${recorded} on ${row.date} (${shown}); add --replace to record ${row.value} instead` });
        continue;
      }
      const entry = { date: row.date, value: row.value, ...(row.note === undefined ? {} : { note: row.note }) };
      try {
        text = (file.endsWith('.csv') ? addCsvMeasurement(text, shown, entry, recorded !== undefined) : addYamlMeasurement(text, file, row.kpi, entry, recorded !== undefined)).text;
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        plan.problems.push({ row: row.row, message: error.message });
        continue;
      }
      if (recorded === undefined) plan.added += 1;
      else plan.replaced += 1;
    }
    if (text !== before) plan.changes.push({ path: file, before, after: text });
  }
  return plan;
}
