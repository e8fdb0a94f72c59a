import type { Command } from 'commander';
import { editList, EditError, listItems, mappingLines, type Band, type Entry, type EntryValue, type LocatedObjective, type Problem } from '@cairn/core';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { escapeControl as printable } from '../format/escape-control.js';
import { UsageError, type Output } from '../output.js';
import { nearIds, parseDay, parseNumber } from '../write/command-input.js';
import { codeownersBefore, codeownersFollow, writeCodeowners, type CodeownersFollow } from '../write/codeowners-follow.js';
import { withFileLock } from '../write/file-lock.js';
import { commitChanges, saveCache, openGoalsSession, readCurrent, shownPath, type CheckedChange, type FileChange, type GoalsSession } from '../write/goals-session.js';
import { cutIdNote, freeId, slugFrom } from '../write/slug.js';
import { writingOptions, type CommandContext, type WritingFlags } from './command-context.js';
import { carryOn } from './new-carry.js';
import { bandText, checkKnownIds, directionMeant, fieldLines, isBand, listOption, parseTarget } from './new-fields.js';

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** How long an id made from a title may be: a file name for objectives and KPIs, shorter for a key result's `objective#kr`. */
const ID_LENGTH = 40;
const KR_ID_LENGTH = 30;

const HELP = `
Examples:
  $ cairn new objective --period 2026-q4 --team product --title "Ship the refill range" --owner priya --tags refills
  $ cairn new key-result ship-the-refill-range --title "Refill orders a week" --start 0 --target 500 --unit orders
  $ cairn new key-result ship-the-refill-range --title "Keep returns under 2 %" --type maintain --direction decrease --target 2 --unit %
  $ cairn new kpi refill-orders --title "Refill orders" --target 500 --frequency weekly --owner priya
  $ cairn new kpi humidity --title "Warehouse humidity" --target 40..55 --critical 30..65 --unit %
  $ cairn new period 2027-q2 --start 2027-04-01 --end 2027-06-30 --name "Q2 2027"
  $ cairn new team refills --name "Refills" --parent product --owners priya,sam

Each writes a valid file or entry in the right place (checking the goals as they would be first),
never overwrites a file, and prints what it wrote. An id is made from the title when not given.`;

type Flags = WritingFlags & Record<string, string | boolean | undefined>;

export function registerNew(program: Command, context: CommandContext): void {
  const group = program
    .command('new')
    .summary('add an objective, key result, KPI, period or team')
    .description('Write a new objective file, key result, KPI file, period or team, in the style of the goals folder.')
    .addHelpText('after', HELP);
  const sub = (name: string, summary: string): Command => {
    const command = group.command(name).summary(summary).description(summary).addHelpText('after', HELP);
    for (const option of writingOptions()) command.addOption(option);
    return command;
  };
  const run =
    (work: (flags: Flags, output: Output, ...args: string[]) => Promise<number>) =>
    async (...args: unknown[]): Promise<void> => {
      const strings = args.filter((a): a is string => typeof a === 'string' || a === undefined);
      const flags = args.find((a): a is Flags => typeof a === 'object' && a !== null && !('commands' in a)) as Flags;
      context.finish(await work(flags, context.output, ...(strings as string[])));
    };

  sub('objective', 'write a new objective file: objectives/<period>/<team>/<id>.md')
    .requiredOption('--period <id>', 'the period it belongs to')
    .requiredOption('--team <id>', 'the team that owns it')
    .requiredOption('--title <text>', 'what the objective sets out to achieve')
    .option('--id <id>', 'its id and file name (default: made from the title)')
    .option('--owner <handle>', 'who owns it')
    .option('--parent <ref>', 'the objective (or OBJECTIVE#KR) it contributes to')
    .option('--kind <kind>', 'committed or aspirational (default)')
    .option('--weight <n>', "how much it counts in its parent's, team's and period's scores (default 1)")
    .option('--tags <labels>', 'free labels, comma-separated')
    .option('--supporting-kpis <ids>', 'KPIs watched as guardrails while it is pursued, comma-separated')
    .option('--follows <id>', "the objective of an earlier period it carries on: its owner, kind, tags and guardrails are the defaults, and its unfinished key results are carried, starting where they stand")
    .action(run(newObjective));

  sub('key-result', "add a key result to an objective's file")
    .argument('<objective>', 'the objective id')
    .requiredOption('--title <text>', 'what is measured')
    .option('--id <id>', 'its id (default: made from the title)')
    .option('--type <type>', 'metric (default with --target), kpi, milestone or maintain')
    .option('--start <n>', 'the value at the start of the period')
    .option('--target <n>', 'the value to reach (maintain: the bound to stay at or beyond)')
    .option('--stretch <n>', 'a value beyond the target (maintain: a stricter bound)')
    .option('--direction <direction>', 'maintain: increase (stay at or above the target) or decrease (at or below it)')
    .option('--unit <text>', 'the unit of start and target')
    .option('--kpi <id>', 'read the current value from this KPI')
    .option('--weight <n>', "how much it counts in the objective's score (default 1)")
    .option('--owner <handle>', "who owns it (default: the objective's owner)")
    .action(run(newKeyResult));

  sub('kpi', 'write a new KPI file: kpis/<id>.yaml')
    .argument('[id]', 'its id and file name (default: made from the title)')
    .requiredOption('--title <text>', 'what is measured')
    .option('--description <text>', 'what is measured and how')
    .option('--target <n|min..max>', 'the value to stay at or beyond, or a band (30..45) for a range KPI')
    .option('--critical <n|min..max>', 'beyond this line it is critical (a wider band for a range KPI)')
    .option('--direction <direction>', 'increase (default), decrease or range (the default with a band)')
    .option('--indicator <kind>', 'leading (moves first) or lagging')
    .option('--key', 'a key health metric, shown first')
    .option('--drives <ids>', 'for a leading indicator: the KPIs it predicts, comma-separated')
    .option('--frequency <frequency>', 'daily, weekly, monthly, quarterly or yearly')
    .option('--unit <text>', 'the unit of its values')
    .option('--owner <handle>', 'who owns it')
    .option('--team <id>', 'the team it belongs to')
    .option('--tags <labels>', 'free labels, comma-separated')
    .action(run(newKpi));

  sub('period', 'add a period to periods.yaml')
    .argument('<id>', 'its id (e.g. 2027-q2)')
    .requiredOption('--start <date>', 'its first day (YYYY-MM-DD)')
    .requiredOption('--end <date>', 'its last day (YYYY-MM-DD)')
    .option('--name <text>', 'its name for display')
    .option('--parent <id>', 'the period that contains it (e.g. the year)')
    .action(run(newPeriod));

  sub('team', 'add a team to teams.yaml')
    .argument('<id>', 'its id')
    .requiredOption('--name <text>', 'its name for display')
    .option('--parent <id>', 'the team it belongs to')
    .option('--owners <handles>', 'its owners, comma-separated')
    .action(run(newTeam));
}

function text(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}

function numberFlag(flags: Flags, name: string): number | undefined {
  const value = text(flags, name);
  return value === undefined ? undefined : parseNumber(value, `--${name}`);
}

/** A maintain key result's direction: required there (validate would refuse it without), meaningless elsewhere. */
function maintainDirection(type: string | undefined, direction: string | undefined): string | undefined {
  const choices = 'increase (stay at or above --target) or decrease (stay at or below it)';
  if (direction !== undefined && direction !== 'increase' && direction !== 'decrease') {
    throw new UsageError(`--direction is ${choices}, not "${printable(direction)}"${directionMeant(direction, false)}`);
  }
  if (type === 'maintain' && direction === undefined) throw new UsageError(`a maintain key result needs --direction: ${choices}`);
  if (type !== 'maintain' && direction !== undefined)
    throw new UsageError('--direction is for a maintain key result (--type maintain); for a metric, a --target below --start already means lower is better');
  return direction;
}

/** A KPI's direction: range when a band is given without one; a band and a single number do not mix. */
function kpiDirection(given: string | undefined, target: number | Band | undefined, critical: number | Band | undefined): string | undefined {
  if (given === undefined && target !== undefined && critical !== undefined && isBand(target) !== isBand(critical)) {
    const [band, one] = isBand(target)
      ? [`--target ${bandText(target)}`, `--critical ${bandText(critical)}`]
      : [`--critical ${bandText(critical)}`, `--target ${bandText(target)}`];
    throw new UsageError(`${band} is a band but ${one} one number: give both as bands min..max for a range KPI, or both as numbers`);
  }
  const direction = given ?? ([target, critical].some(isBand) ? 'range' : undefined);
  const check = (value: number | Band | undefined, option: string): void => {
    if (value === undefined) return;
    if (direction === 'range' && !isBand(value)) throw new UsageError(`a range KPI's ${option} is a band written min..max (30..45), not ${bandText(value)}`);
    if (direction !== 'range' && isBand(value))
      throw new UsageError(`${option} ${bandText(value)} is a band, for --direction range; a KPI that should ${direction ?? 'increase'} has one number there`);
  };
  check(target, '--target');
  check(critical, '--critical');
  return direction;
}

/** The command line that adds a key result, for the next steps a command prints. */
function keyResultCommand(objectiveId: string): string {
  return `cairn new key-result ${objectiveId} --title "…" --start 0 --target 10`;
}

/** The objective's warnings about how many key results it has: the report below says them as the next step. */
function keyResultCount(file: string): (problem: Problem) => boolean {
  return (problem) => problem.file === file && (problem.code === 'no-key-results' || problem.code === 'few-key-results');
}

/** Whether validate warns of this (by its code) in the file as it would be. */
function warned(checked: CheckedChange, file: string, code: string): boolean {
  return checked.problems.some((p) => p.file === file && p.code === code);
}

/** After a new objective: add its key results, which validate warns of until there are some. */
function nextKeyResult(checked: CheckedChange, file: string, id: string): string {
  return warned(checked, file, 'no-key-results')
    ? `${id} has no key results yet; 2 to 5 measure an objective well. Add the first with: ${keyResultCommand(id)}`
    : `Add key results with: ${keyResultCommand(id)}`;
}

/** Drops the fields not given, keeping the order fields are written in. */
function entryOf(fields: Record<string, EntryValue | undefined>): Entry {
  return Object.fromEntries(Object.entries(fields).filter((pair): pair is [string, EntryValue] => pair[1] !== undefined));
}

/**
 * Titles a person would take for the same one. Without an id, a second run of the same command
 * would otherwise quietly add a twin under `<id>-2`.
 */
function sameTitle(a: string, b: string): boolean {
  const plain = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();
  return plain(a) === plain(b);
}

function checkId(id: string, what: string): string {
  if (!SLUG.test(id)) throw new UsageError(`${what} "${id}" is not an id: use lowercase letters, digits and hyphens, starting with a letter or digit`);
  return id;
}

function editOrSay(run: () => string): string {
  try {
    return run();
  } catch (error) {
    if (error instanceof EditError) throw new UsageError(error.message);
    throw error;
  }
}

async function newObjective(flags: Flags, output: Output): Promise<number> {
  const session = await openGoalsSession(flags.goals, flags);
  const title = text(flags, 'title') as string;
  const period = checkId(text(flags, 'period') as string, '--period');
  const team = checkId(text(flags, 'team') as string, '--team');
  const kind = text(flags, 'kind');
  if (kind !== undefined && kind !== 'committed' && kind !== 'aspirational') throw new UsageError(`--kind is committed or aspirational, not "${kind}"`);
  const weight = numberFlag(flags, 'weight');
  const follows = text(flags, 'follows');
  if (follows !== undefined) checkKnownIds([follows], session.repo.objectives.map((o) => o.data.id), '--follows', 'objective', 'objectives');
  const earlier = follows === undefined ? undefined : session.repo.objectives.find((o) => o.data.id === follows);
  const carried = earlier === undefined ? undefined : carryOn(session.repo, earlier, session.asOf);
  const tags = listOption(text(flags, 'tags')) ?? carried?.defaults.tags;
  const supporting = listOption(text(flags, 'supportingKpis')) ?? carried?.defaults.supporting_kpis;
  checkKnownIds(supporting, session.repo.known.kpi, '--supporting-kpis', 'KPI', 'KPIs');
  const taken = (id: string): boolean => session.repo.known.objective.has(id) || session.repo.objectives.some((o) => o.data.id === id);
  const given = text(flags, 'id');
  if (given === undefined) {
    const twin = session.repo.objectives.find((o) => o.data.period === period && sameTitle(o.data.title, title));
    if (twin)
      throw new UsageError(`${period} already has an objective titled "${printable(title)}": ${twin.data.id}${where(session, twin)}; give --id to add another with this title`);
  }
  const id = given === undefined ? freeId(slugFrom(title, ID_LENGTH) || 'objective', taken) : checkId(given, '--id');
  if (given !== undefined && taken(id))
    throw new UsageError(
      `an objective with the id ${id} already exists${where(
        session,
        session.repo.objectives.find((o) => o.data.id === id),
      )}; give another --id`,
    );
  const path = `objectives/${period}/${team}/${id}.md`;
  if (existsSync(join(session.dir, path))) throw new UsageError(`${shownPath(session, path)} already exists; give another --id`);
  const front = mappingLines(
    entryOf({
      title,
      owner: text(flags, 'owner') ?? carried?.defaults.owner,
      kind: kind ?? carried?.defaults.kind,
      parent: text(flags, 'parent'),
      follows,
      weight,
      tags,
      supporting_kpis: supporting,
    }),
  );
  const body = ['---', ...front, ...(carried?.lines ?? []), '---', ''].join('\n');
  const change: FileChange = { path, before: null, after: body };
  const cut = given === undefined ? cutIdNote(title, id, ID_LENGTH, 'give --id') : null;
  return finish(
    session,
    [change],
    flags,
    output,
    (checked) => ({
      text: [`Created ${shownPath(session, path)}: objective ${id}`, ...(cut === null ? [] : [cut]), ...(carried ? [carried.note] : []), nextKeyResult(checked, path, id)].filter((line) => line !== '').join('\n'),
      json: { action: 'new objective', file: shownPath(session, path), id, ...(cut === null ? {} : { idCut: true }) },
    }),
    keyResultCount(path),
  );
}

function where(session: GoalsSession, objective: LocatedObjective | undefined): string {
  return objective ? ` (${shownPath(session, objective.file)})` : '';
}

async function newKeyResult(flags: Flags, output: Output, objectiveId: string): Promise<number> {
  let session = await openGoalsSession(flags.goals, flags);
  const locate = (s: GoalsSession): LocatedObjective => {
    const found = s.repo.objectives.find((o) => o.data.id === objectiveId);
    if (found) return found;
    const near = nearIds(
      objectiveId,
      s.repo.objectives.map((o) => o.data.id),
    );
    throw new UsageError(`no objective "${objectiveId}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`);
  };
  const file = locate(session).file;
  return withFileLock(
    join(session.dir, file),
    async () => {
      const before = await readCurrent(session, file);
      if (before === null) throw new UsageError(`${shownPath(session, file)} is gone; nothing was written`);
      if (before !== session.repo.texts.get(file)) session = await openGoalsSession(flags.goals, flags);
      const objective = locate(session);
      const title = text(flags, 'title') as string;
      const krIds = new Set(objective.data.keyResults.map((kr) => kr.id));
      const given = text(flags, 'id');
      const twin = given === undefined ? objective.data.keyResults.find((kr) => sameTitle(kr.title, title)) : undefined;
      if (twin)
        throw new UsageError(
          `the objective ${objectiveId} already has a key result titled "${printable(title)}": ${objectiveId}#${twin.id}; give --id to add another with this title`,
        );
      const id = given === undefined ? freeId(slugFrom(title, KR_ID_LENGTH) || 'kr', (k) => krIds.has(k)) : checkId(given, '--id');
      if (krIds.has(id)) throw new UsageError(`the objective ${objectiveId} already has a key result ${id}; give another --id`);
      const type = text(flags, 'type');
      if (type !== undefined && !['metric', 'kpi', 'milestone', 'maintain'].includes(type)) throw new UsageError(`--type is metric, kpi, milestone or maintain, not "${type}"`);
      const direction = maintainDirection(type, text(flags, 'direction'));
      const number = (name: string): number | undefined => numberFlag(flags, name);
      const entry = entryOf({
        id,
        title,
        owner: text(flags, 'owner'),
        weight: number('weight'),
        type,
        kpi: text(flags, 'kpi'),
        start: number('start'),
        target: number('target'),
        stretch: number('stretch'),
        unit: text(flags, 'unit'),
        direction,
        done: type === 'milestone' ? false : undefined,
      });
      const after = editOrSay(() => editList(before, file, { list: ['key_results'], entry, layout: 'block' }));
      const ref = `${objectiveId}#${id}`;
      const cut = given === undefined ? cutIdNote(title, id, KR_ID_LENGTH, 'give --id') : null;
      return finish(
        session,
        [{ path: file, before, after }],
        flags,
        output,
        (checked) => ({
          text: [
            `Added key result ${ref} to ${shownPath(session, file)}`,
            ...(cut === null ? [] : [cut]),
            `Record progress with: cairn checkin ${ref} VALUE`,
            ...(warned(checked, file, 'few-key-results')
              ? [`${objectiveId} has 1 key result so far; 2 to 5 measure an objective well. Add the next with: ${keyResultCommand(objectiveId)}`]
              : []),
          ].join('\n'),
          json: { action: 'new key-result', file: shownPath(session, file), id: ref, ...(cut === null ? {} : { idCut: true }) },
        }),
        keyResultCount(file),
      );
    },
    { shown: shownPath(session, file) },
  );
}

async function newKpi(flags: Flags, output: Output, givenId?: string): Promise<number> {
  const session = await openGoalsSession(flags.goals, flags);
  const title = text(flags, 'title') as string;
  const taken = (id: string): boolean =>
    session.repo.known.kpi.has(id) || session.files.some((f) => f.path.startsWith('kpis/') && f.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '') === id);
  const twin = givenId === undefined ? session.repo.kpis.find((k) => sameTitle(k.data.title, title)) : undefined;
  if (twin)
    throw new UsageError(`a KPI titled "${printable(title)}" already exists: ${twin.data.id} (${shownPath(session, twin.file)}); give an id to add another with this title`);
  const id = givenId === undefined ? freeId(slugFrom(title, ID_LENGTH) || 'kpi', taken) : checkId(givenId, 'the KPI id');
  if (givenId !== undefined && taken(id)) throw new UsageError(`a KPI with the id ${id} already exists; give another id`);
  const given = text(flags, 'direction');
  if (given !== undefined && !['increase', 'decrease', 'range'].includes(given))
    throw new UsageError(`--direction is increase, decrease or range, not "${printable(given)}"${directionMeant(given, true)}`);
  const target = text(flags, 'target') === undefined ? undefined : parseTarget(text(flags, 'target') as string, '--target');
  const critical = text(flags, 'critical') === undefined ? undefined : parseTarget(text(flags, 'critical') as string, '--critical');
  const direction = kpiDirection(given, target, critical);
  const indicator = text(flags, 'indicator');
  if (indicator !== undefined && indicator !== 'leading' && indicator !== 'lagging') throw new UsageError(`--indicator is leading or lagging, not "${printable(indicator)}"`);
  const drives = listOption(text(flags, 'drives'));
  if (drives?.includes(id)) throw new UsageError(`--drives: a KPI cannot drive itself (${id})`);
  checkKnownIds(drives, session.repo.known.kpi, '--drives', 'KPI', 'KPIs');
  const path = `kpis/${id}.yaml`;
  // The editor-schema line only where the schema is there to be found (cairn schema --out schemas).
  const schema = existsSync(join(session.dir, 'schemas', 'kpi.schema.json'))
    ? [`# yaml-language-server: $schema=${relative(join(session.dir, 'kpis'), join(session.dir, 'schemas', 'kpi.schema.json'))}`]
    : [];
  const lines = fieldLines({
    title,
    description: text(flags, 'description'),
    owner: text(flags, 'owner'),
    team: text(flags, 'team'),
    unit: text(flags, 'unit'),
    direction,
    target,
    critical,
    indicator,
    key: flags.key === true ? true : undefined,
    frequency: text(flags, 'frequency'),
    drives,
    tags: listOption(text(flags, 'tags')),
  });
  const change: FileChange = { path, before: null, after: `${[...schema, ...lines].join('\n')}\n` };
  const cut = givenId === undefined ? cutIdNote(title, id, ID_LENGTH, 'give the id after "new kpi"') : null;
  return finish(session, [change], flags, output, () => ({
    text: [`Created ${shownPath(session, path)}: KPI ${id}`, ...(cut === null ? [] : [cut]), `Record values with: cairn measure ${id} VALUE`].join('\n'),
    json: { action: 'new kpi', file: shownPath(session, path), id, ...(cut === null ? {} : { idCut: true }) },
  }));
}

async function newPeriod(flags: Flags, output: Output, id: string): Promise<number> {
  checkId(id, 'the period id');
  const entry = entryOf({
    id,
    name: text(flags, 'name'),
    start: parseDay(text(flags, 'start') as string, '--start'),
    end: parseDay(text(flags, 'end') as string, '--end'),
    parent: text(flags, 'parent'),
  });
  return addToList(flags, output, 'periods', id, entry, (s) => s.repo.known.period.has(id));
}

async function newTeam(flags: Flags, output: Output, id: string): Promise<number> {
  checkId(id, 'the team id');
  const owners = text(flags, 'owners')
    ?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const entry = entryOf({ id, name: text(flags, 'name'), parent: text(flags, 'parent'), owners });
  return addToList(flags, output, 'teams', id, entry, (s) => s.repo.known.team.has(id));
}

/** A new entry of periods.yaml or teams.yaml (whichever of .yaml, .yml, .json the folder has; a new periods.yaml if none). */
async function addToList(flags: Flags, output: Output, name: 'periods' | 'teams', id: string, entry: Entry, exists: (s: GoalsSession) => boolean): Promise<number> {
  let session = await openGoalsSession(flags.goals, flags);
  const file = session.files.find((f) => [`${name}.yaml`, `${name}.yml`, `${name}.json`].includes(f.path))?.path ?? `${name}.yaml`;
  const what = name === 'periods' ? 'period' : 'team';
  return withFileLock(
    join(session.dir, file),
    async () => {
      const before = await readCurrent(session, file);
      if (before !== (session.repo.texts.get(file) ?? null)) session = await openGoalsSession(flags.goals, flags);
      if (exists(session)) throw new UsageError(`a ${what} with the id ${id} already exists in ${shownPath(session, file)}`);
      let after: string;
      if (before === null || before.trim() === '') {
        after = `${(before ?? '').replace(/\s+$/, '')}${mappingLines(entry)
          .map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`))
          .join('\n')}\n`;
      } else {
        // periods.yaml may be a list, or { $schema, periods: [...] }.
        const wrapped = listItems(before, file, [name]).length > 0;
        after = editOrSay(() => editList(before, file, { list: wrapped ? [name] : [], entry, layout: 'block' }));
      }
      return finish(session, [{ path: file, before, after }], flags, output, () => ({
        text: `Added ${what} ${id} to ${shownPath(session, file)}`,
        json: { action: `new ${what}`, file: shownPath(session, file), id },
      }));
    },
    { shown: shownPath(session, file) },
  );
}

/** Writes the change; CODEOWNERS follows it when it was current (see codeowners-follow.ts). */
async function finish(
  session: GoalsSession,
  changes: FileChange[],
  flags: Flags,
  output: Output,
  report: (checked: CheckedChange) => { text: string; json: Record<string, unknown> },
  said: (problem: Problem) => boolean = () => false,
): Promise<number> {
  try {
    const owners = await codeownersBefore(session.dir, session.repo);
    const held: { follow: CodeownersFollow | null } = { follow: null };
    const code = await commitChanges(
      session,
      changes,
      flags,
      output,
      (checked) => {
        const follow = owners === null ? null : codeownersFollow(owners, checked.repo, flags.dryRun);
        held.follow = follow;
        const base = report(checked);
        return follow === null ? base : { text: `${base.text}\n${follow.text}`, json: { ...base.json, codeowners: follow.json } };
      },
      said,
    );
    if (code === 0 && held.follow !== null && !flags.dryRun) await writeCodeowners(held.follow);
    return code;
  } finally {
    saveCache(session);
  }
}
