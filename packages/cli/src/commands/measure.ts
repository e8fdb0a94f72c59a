import type { Command } from 'commander';
import { classify, type Located, type Kpi, type SnapshotKpi } from '@cairn/core';
import { join } from 'node:path';
import { escapeControl as printable } from '../format/escape-control.js';
import { UsageError, type Output } from '../output.js';
import { nearIds, parseDay, parseNumber, shortNumber } from '../write/command-input.js';
import { addCsvMeasurement } from '../write/csv-rows.js';
import { addYamlMeasurement } from '../write/yaml-measurements.js';
import { withFileLock } from '../write/file-lock.js';
import { commitChanges, saveCache, openGoalsSession, readCurrent, shownPath, type FileChange, type GoalsSession } from '../write/goals-session.js';
import { kpiReaders, kpiStanding, type KpiReaders } from '../write/score-change.js';
import { writingOptions, type CommandContext, type WritingFlags } from './command-context.js';

export interface MeasureFlags extends WritingFlags {
  date?: string | undefined;
  note?: string | undefined;
  replace?: boolean | undefined;
}

const HELP = `
Examples:
  $ cairn measure customer-satisfaction 89 --note "November survey"
  $ cairn measure revenue 2650000 --date 2026-11-30 --dry-run

The measurement goes where the KPI keeps its measurements: its CSV file (kpis/<id>.csv) when it
has one, else the measurements list of its YAML or JSON file, written as its other rows are.`;

export function registerMeasure(program: Command, context: CommandContext): void {
  const command = program
    .command('measure')
    .summary("record a KPI's value")
    .description('Add a measurement to a KPI: its value on a date, with an optional note.\nThe date is --date, else as_of in cairn.config.yaml, else today.')
    .argument('<kpi>', 'the KPI id (e.g. customer-satisfaction)')
    .argument('<value>', 'the measured value')
    .option('--date <date>', 'the day of the measurement (YYYY-MM-DD)')
    .option('--note <text>', 'a short note on the value')
    .option('--replace', 'replace the measurement already recorded on that date');
  for (const option of writingOptions()) command.addOption(option);
  command.addHelpText('after', HELP).action(async (kpi: string, value: string, flags: MeasureFlags) => {
    context.finish(await measureCommand(kpi, value, flags, context.output));
  });
}

export async function measureCommand(kpiId: string, valueText: string, flags: MeasureFlags, output: Output): Promise<number> {
  const value = parseNumber(valueText, 'the value');
  let session = await openGoalsSession(flags.goals, flags);
  const file = measurementsFile(session, findKpi(session, kpiId));
  try {
    return await withFileLock(
      join(session.dir, file),
      async () => {
        const text = await readCurrent(session, file);
        if (text === null) throw new UsageError(`${shownPath(session, file)} is gone; nothing was written`);
        if (text !== session.repo.texts.get(file)) session = await openGoalsSession(flags.goals, flags);
        findKpi(session, kpiId);
        return await recordMeasurement(session, kpiId, file, text, value, flags, output);
      },
      { shown: shownPath(session, file) },
    );
  } finally {
    saveCache(session);
  }
}

function findKpi(session: GoalsSession, id: string): Located<Kpi> {
  const found = session.repo.kpis.find((k) => k.data.id === id);
  if (found) return found;
  if (session.repo.known.kpi.has(id)) throw new UsageError(`the KPI ${id} has errors, so it cannot be measured; run cairn validate and fix them first`);
  const near = nearIds(
    id,
    session.repo.kpis.map((k) => k.data.id),
  );
  throw new UsageError(`no KPI "${id}" in ${shownPath(session, '.')}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`);
}

/** The KPI's CSV when it has one (that is where its measurements are read from), else its own file. */
export function measurementsFile(session: GoalsSession, kpi: Located<Kpi>): string {
  const csv = session.files.find((f) => classify(f.path) === 'measurements' && baseName(f.path) === kpi.data.id && baseName(kpi.file) === kpi.data.id);
  return csv?.path ?? kpi.file;
}

function baseName(path: string): string {
  return (path.split('/').at(-1) ?? '').replace(/\.[^.]+$/, '');
}

async function recordMeasurement(session: GoalsSession, kpiId: string, file: string, text: string, value: number, flags: MeasureFlags, output: Output): Promise<number> {
  const date = flags.date === undefined ? session.asOf : parseDay(flags.date, '--date');
  const shown = shownPath(session, file);
  let after: string;
  let replaced: boolean;
  if (file.endsWith('.csv')) {
    ({ text: after, replaced } = addCsvMeasurement(text, shown, { date, value, note: flags.note }, flags.replace === true));
  } else {
    ({ text: after, replaced } = addYamlMeasurement(text, file, kpiId, { date, value, ...(flags.note === undefined ? {} : { note: flags.note }) }, flags.replace === true));
  }
  const change: FileChange = { path: file, before: text, after };
  const entry = { date, value, ...(flags.note === undefined ? {} : { note: flags.note }) };
  return commitChanges(session, [change], flags, output, (checked) => {
    const before = kpiStanding(session.repo, kpiId, session.asOf);
    const now = kpiStanding(checked.repo, kpiId, session.asOf);
    const health = (k: SnapshotKpi | undefined) => (k ? { latest: k.latest, health: k.health, trend: k.trend, stale: k.stale } : null);
    const verb = flags.dryRun ? 'Would record' : replaced ? 'Replaced' : 'Recorded';
    const latest = (k: SnapshotKpi | undefined) => (k?.latest ? `${shortNumber(k.latest.value)} (${k.latest.date})` : 'none');
    const lines = [`${verb} ${kpiId} = ${value} on ${date} in ${printable(shown)}`];
    if (now) {
      lines.push(`  KPI         ${printable(now.title)}: latest ${latest(before)} → ${latest(now)}`);
      lines.push(`  health      ${before?.health ?? '–'} → ${now.health}${now.stale ? ' (stale)' : ''}, trend ${before?.trend ?? '–'} → ${now.trend}`);
    }
    const moved = movedReaders(kpiReaders(session.repo, kpiId, session.asOf), kpiReaders(checked.repo, kpiId, session.asOf));
    lines.push(...describeMoved(moved));
    const json = { file: shown, replaced, kpi: kpiId, entry, before: health(before), after: health(now), keyResults: moved.keyResults, objectives: moved.objectives };
    return { text: lines.join('\n'), json };
  });
}

interface Moved<T> {
  id: string;
  title: string;
  before: T;
  after: T;
}

interface MovedReaders {
  keyResults: Moved<{ progress: number; status: string }>[];
  objectives: Moved<{ score: number; status: string }>[];
}

/** The key results measured through the KPI, and their objectives, whose figures the new value changed. */
function movedReaders(before: KpiReaders, after: KpiReaders): MovedReaders {
  const keyResults = after.keyResults.flatMap((kr) => {
    const old = before.keyResults.find((b) => b.ref === kr.ref);
    if (!old || (old.progress === kr.progress && old.status === kr.status)) return [];
    return [{ id: kr.ref, title: kr.title, before: { progress: old.progress, status: old.status }, after: { progress: kr.progress, status: kr.status } }];
  });
  const objectives = after.objectives.flatMap((o) => {
    const old = before.objectives.find((b) => b.id === o.id);
    if (!old || (old.score === o.score && old.status === o.status)) return [];
    return [{ id: o.id, title: o.title, before: { score: old.score, status: old.status }, after: { score: o.score, status: o.status } }];
  });
  return { keyResults, objectives };
}

/** How many key results and objectives the printed summary names before it counts the rest. */
const SHOWN_READERS = 5;

function describeMoved({ keyResults, objectives }: MovedReaders): string[] {
  const lines = [
    ...keyResults.slice(0, SHOWN_READERS).map(
      (kr) => `  key result  ${printable(kr.id)} ${printable(kr.title)}: progress ${shortNumber(kr.before.progress)} → ${shortNumber(kr.after.progress)}, ${kr.before.status} → ${kr.after.status}`,
    ),
    ...objectives.slice(0, SHOWN_READERS).map(
      (o) => `  objective   ${printable(o.title)}: score ${shortNumber(o.before.score)} → ${shortNumber(o.after.score)}, ${o.before.status} → ${o.after.status}`,
    ),
  ];
  const more = Math.max(0, keyResults.length - SHOWN_READERS) + Math.max(0, objectives.length - SHOWN_READERS);
  if (more > 0) lines.push(`  … and ${more} more (see --json)`);
  return lines;
}
