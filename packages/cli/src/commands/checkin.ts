import type { Command } from 'commander';
import { editList, EditError, listItems, type Entry, type LocatedObjective, type SnapshotObjective } from '@cairn/core';
import { escapeControl as printable } from '../format/escape-control.js';
import { UsageError, type Output } from '../output.js';
import { nearIds, parseDay, parseNumber, shortNumber } from '../write/command-input.js';
import { withFileLock } from '../write/file-lock.js';
import { commitChanges, saveCache, openGoalsSession, readCurrent, shownPath, type FileChange, type GoalsSession } from '../write/goals-session.js';
import { objectiveStanding, type ObjectiveStanding } from '../write/score-change.js';
import { writingOptions, type CommandContext, type WritingFlags } from './command-context.js';
import { join } from 'node:path';

export interface CheckinFlags extends WritingFlags {
  confidence?: string | undefined;
  note?: string | undefined;
  date?: string | undefined;
  by?: string | undefined;
  done?: boolean | undefined;
  replace?: boolean | undefined;
  late?: boolean | undefined;
}

const HELP = `
Examples:
  $ cairn checkin eco-leader#launch-products 2 --confidence 0.8 --note "Cork line shipped"
  $ cairn checkin eco-leader#launch-products 2 --date 2026-11-20 --dry-run
  $ cairn checkin reduce-defects#ecolabel --done --goals examples/acme

The check-in is added to the objective's file in the style the file already uses; nothing else
in the file changes. The goals are checked as they would be first: invalid data is refused.`;

export function registerCheckin(program: Command, context: CommandContext): void {
  const command = program
    .command('checkin')
    .summary("record a key result's current value")
    .description('Add a check-in to a key result: its value on a date, with confidence, note and author.\nThe date is --date, else as_of in cairn.config.yaml, else today.')
    .argument('<ref>', 'the key result, as OBJECTIVE#KR (e.g. eco-leader#launch-products)')
    .argument('[value]', 'the value now; a milestone takes true, false or 0..1 (or --done)')
    .option('--confidence <n>', 'how sure the owner is that the target will be met, 0..1')
    .option('--note <text>', 'a short note on what changed')
    .option('--date <date>', 'the day of the check-in (YYYY-MM-DD)')
    .option('--by <handle>', 'who checked in')
    .option('--done', 'a milestone key result is done (the value true)')
    .option('--replace', 'replace the check-in already recorded on that date')
    .option('--late', "record a check-in dated after its objective's period ended (it changes that period's final score)");
  for (const option of writingOptions()) command.addOption(option);
  command.addHelpText('after', HELP).action(async (ref: string, value: string | undefined, flags: CheckinFlags) => {
    context.finish(await checkinCommand(ref, value, flags, context.output));
  });
}

export async function checkinCommand(ref: string, valueText: string | undefined, flags: CheckinFlags, output: Output): Promise<number> {
  const [objectiveId = '', krId = '', extra] = ref.split('#');
  const wellFormed = objectiveId !== '' && krId !== '' && extra === undefined;
  let session = await openGoalsSession(flags.goals, flags);
  if (!wellFormed) throw new UsageError(`give the key result as OBJECTIVE#KR, ${refHint(session, ref)}`);
  const located = findObjective(session, objectiveId);
  const file = located.file;
  const full = join(session.dir, file);
  try {
    return await withFileLock(
      full,
      async () => {
        const text = await readCurrent(session, file);
        if (text === null) throw new UsageError(`${shownPath(session, file)} is gone; nothing was written`);
        // Another cairn wrote this file while this one was reading the folder: read it again.
        if (text !== session.repo.texts.get(file)) session = await openGoalsSession(flags.goals, flags);
        return await recordCheckin(session, findObjective(session, objectiveId), krId, valueText, flags, text, output);
      },
      { shown: shownPath(session, file) },
    );
  } finally {
    saveCache(session);
  }
}

/** How many full references a hint for a bare key-result id lists. */
const HINTED_REFS = 5;

/** The full references a reader most likely meant by a reference without `#`, else an example. */
function refHint(session: GoalsSession, ref: string): string {
  const objective = session.repo.objectives.find((o) => o.data.id === ref);
  const named = objective
    ? objective.data.keyResults.map((kr) => `${ref}#${kr.id}`)
    : session.repo.objectives.flatMap((o) => o.data.keyResults.filter((kr) => kr.id === ref).map(() => `${o.data.id}#${ref}`));
  if (named.length === 0) return `e.g. eco-leader#launch-products, not "${printable(ref)}"`;
  const shown = named.slice(0, HINTED_REFS).join(', ') + (named.length > HINTED_REFS ? ` (and ${named.length - HINTED_REFS} more)` : '');
  return objective ? `not "${printable(ref)}": ${ref} is an objective; its key results are ${shown}` : `not "${printable(ref)}": did you mean ${shown}?`;
}

function findObjective(session: GoalsSession, id: string): LocatedObjective {
  const found = session.repo.objectives.find((o) => o.data.id === id);
  if (found) return found;
  if (session.repo.known.objective.has(id)) throw new UsageError(`the objective ${id} has errors, so it cannot be checked in to; run cairn validate and fix them first`);
  const near = nearIds(
    id,
    session.repo.objectives.map((o) => o.data.id),
  );
  throw new UsageError(`no objective "${id}" in ${shownPath(session, '.')}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`);
}

async function recordCheckin(
  session: GoalsSession,
  objective: LocatedObjective,
  krId: string,
  valueText: string | undefined,
  flags: CheckinFlags,
  text: string,
  output: Output,
): Promise<number> {
  const o = objective.data;
  const krIndex = o.keyResults.findIndex((kr) => kr.id === krId);
  const kr = o.keyResults[krIndex];
  if (!kr) throw new UsageError(`the objective ${o.id} has no key result "${krId}"; its key results are ${o.keyResults.map((k) => k.id).join(', ') || 'none'}`);
  if (kr.kpi) {
    // Scoring reads such a key result from its KPI's measurements: a check-in's value would be silently ignored.
    const example = valueText === undefined ? 'VALUE' : valueText;
    throw new UsageError(`${o.id}#${krId} is measured through the KPI ${kr.kpi}, so a check-in's value would not count; record the value with cairn measure ${kr.kpi} ${example}`);
  }
  const value = checkinValue(kr.type, valueText, flags.done === true, `${o.id}#${krId}`);
  const date = flags.date === undefined ? session.asOf : parseDay(flags.date, '--date');
  const period = session.repo.periods.find((p) => p.data.id === o.period)?.data;
  if (period && date > period.end && !flags.late) {
    // A quarter's last values are usually recorded in the days after it: they belong on its last day.
    throw new UsageError(
      `${o.id}#${krId} belongs to ${period.id}, which ended on ${period.end}; a check-in dated ${date} would change its final score. Date it within the period (--date ${period.end}), or add --late to record it after the end`,
    );
  }
  const entry: Record<string, string | number | boolean> = { date, value };
  if (flags.confidence !== undefined) {
    // Out of range is for validation to say, located, as `cairn validate` would.
    entry.confidence = parseNumber(flags.confidence, '--confidence');
  }
  if (flags.note !== undefined) entry.note = flags.note;
  if (flags.by !== undefined) entry.by = flags.by;

  const list = ['key_results', krIndex, 'checkins'];
  const existing = listItems(text, objective.file, list).findIndex((item) => (item as { date?: unknown } | null)?.date === date);
  if (existing >= 0 && !flags.replace) {
    throw new UsageError(`${o.id}#${krId} already has a check-in on ${date}; add --replace to replace it, or give another --date`);
  }
  let after: string;
  try {
    after = editList(text, objective.file, { list, entry: entry as Entry, replace: existing >= 0 ? existing : undefined });
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(error.message);
    throw error;
  }
  const change: FileChange = { path: objective.file, before: text, after };
  const replaced = existing >= 0;
  return commitChanges(session, [change], flags, output, (checked) => {
    const before = objectiveStanding(session.repo, o.id, session.asOf);
    const now = objectiveStanding(checked.repo, o.id, session.asOf);
    const report = { file: shownPath(session, change.path), written: !flags.dryRun, replaced, keyResult: `${o.id}#${krId}`, entry };
    const steps = value === true ? milestoneSteps(kr.milestones, report.file) : null;
    return {
      text: [describeCheckin(report, before, now, krId, flags.dryRun), ...(steps === null ? [] : [steps.text])].join('\n'),
      json: { ...report, ...standingJson(before, now, krId), ...(steps === null ? {} : { milestones: steps.json }) },
    };
  });
}

/**
 * What `true` on a key result with a list of steps does: it counts every step done from that
 * date, whatever the list says, so the writer hears it and how to mark a single step instead.
 */
function milestoneSteps(steps: readonly { title: string; done?: boolean | undefined }[] | undefined, file: string): { text: string; json: { total: number; doneInList: number } } | null {
  if (steps === undefined || steps.length === 0) return null;
  const total = steps.length;
  const doneInList = steps.filter((step) => step.done === true).length;
  const all = total === 1 ? 'its 1 milestone counts' : `all ${total} milestones count`;
  const text =
    doneInList === total
      ? `  milestones  ${all} as done, as the list says`
      : `  milestones  ${all} as done from this date, though the list marks ${doneInList} of ${total} done; to mark one step done instead, set its done: true in ${printable(file)} (the command line has no way to tick one step), or give the share done, 0 to 1, as the value`;
  return { text, json: { total, doneInList } };
}

function checkinValue(type: string, text: string | undefined, done: boolean, ref: string): number | boolean {
  if (type === 'milestone') {
    if (done) {
      if (text !== undefined) throw new UsageError('give either a value or --done, not both');
      return true;
    }
    if (text === 'true' || text === 'false') return text === 'true';
    if (text === undefined) throw new UsageError(`${ref} is a milestone: give --done, or a value true, false or 0..1`);
    return parseNumber(text, "a milestone's value");
  }
  if (done) throw new UsageError(`--done is for milestone key results; ${ref} is a ${type} key result: give its value`);
  if (text === undefined) throw new UsageError(`give the value of ${ref}, e.g. cairn checkin ${ref} 42`);
  return parseNumber(text, 'the value');
}

interface CheckinReport {
  file: string;
  written: boolean;
  replaced: boolean;
  keyResult: string;
  entry: Record<string, string | number | boolean>;
}

function standingJson(before: ObjectiveStanding, after: ObjectiveStanding, krId: string) {
  const kr = (s: ObjectiveStanding) => s.chain[0]?.keyResults.find((k) => k.id === krId);
  const objective = (o: SnapshotObjective | undefined) => (o ? { score: o.score, grade: o.grade, status: o.status } : null);
  return {
    before: {
      keyResult: kr(before) ? { current: kr(before)?.current, progress: kr(before)?.progress, status: kr(before)?.status } : null,
      objectives: Object.fromEntries(before.chain.map((o) => [o.id, objective(o)])),
      period: before.period ? { id: before.period.id, score: before.period.score } : null,
    },
    after: {
      keyResult: kr(after) ? { current: kr(after)?.current, progress: kr(after)?.progress, status: kr(after)?.status } : null,
      objectives: Object.fromEntries(after.chain.map((o) => [o.id, objective(o)])),
      period: after.period ? { id: after.period.id, score: after.period.score } : null,
    },
  };
}

function describeCheckin(report: CheckinReport, before: ObjectiveStanding, after: ObjectiveStanding, krId: string, dryRun: boolean): string {
  const { entry } = report;
  const verb = dryRun ? 'Would record' : report.replaced ? 'Replaced' : 'Recorded';
  const lines = [`${verb} ${report.keyResult} = ${String(entry.value)} on ${String(entry.date)} in ${printable(report.file)}`];
  const krBefore = before.chain[0]?.keyResults.find((k) => k.id === krId);
  const krAfter = after.chain[0]?.keyResults.find((k) => k.id === krId);
  if (krBefore && krAfter) {
    lines.push(`  key result  ${printable(krAfter.title)}: progress ${shortNumber(krBefore.progress)} → ${shortNumber(krAfter.progress)}, ${krBefore.status} → ${krAfter.status}`);
  }
  after.chain.forEach((o, i) => {
    const old = before.chain.find((b) => b.id === o.id);
    const label = i === 0 ? 'objective' : 'aligned to';
    lines.push(`  ${label.padEnd(10)}  ${printable(o.title)}: score ${shortNumber(old?.score)} → ${shortNumber(o.score)}, ${old?.status ?? '–'} → ${o.status}`);
  });
  if (after.period) lines.push(`  period      ${printable(after.period.name)}: score ${shortNumber(before.period?.score)} → ${shortNumber(after.period.score)}`);
  return lines.join('\n');
}
