import type { Located, Repository } from '../load/model.js';
import type { Position } from '../source/position.js';
import { checkDatedAfter } from './check-dates.js';
import { checkFollows } from './check-follows.js';
import { checkKeyResults } from './check-key-results.js';
import { checkDrivesCycles } from './check-kpi-drives.js';
import { checkKpis } from './check-kpis.js';
import { checkMeasurementDates } from './check-measurements.js';
import { checkIdCase } from './check-id-case.js';
import { checkAlignmentPeriods, checkPeriodOverlaps, checkPeriodParents } from './check-periods.js';
import { idKinds } from './id-kinds.js';
import { compareProblems, refProblem, unknownRef, type Problem, type Report } from './problem.js';

export interface CheckOptions {
  /**
   * The date the goals are scored at (YYYY-MM-DD). Given, check-ins and measurements dated after
   * it are warned about (`dated-after-as-of`): they do not count yet. Core never reads the clock;
   * the caller passes today, or the date it pins.
   */
  asOf?: string;
}

/**
 * All problems of a repository at once: those found while reading each file, plus the ones
 * that need the whole picture (references, duplicates, cycles) and the OKR quality lints.
 */
export function checkRepository(repo: Repository, options: CheckOptions = {}): Problem[] {
  const found: Problem[] = [...repo.problems];
  const report = (problem: Problem): void => {
    found.push(problem);
  };
  checkDuplicates(repo, report);
  checkIdCase(repo, report);
  checkConfig(repo, report);
  checkPeriodsAndTeams(repo, report);
  checkPeriodParents(repo, report);
  checkPeriodOverlaps(repo, report);
  checkAlignmentPeriods(repo, report);
  checkFollows(repo, report);
  checkObjectives(repo, report);
  checkKeyResults(repo, report);
  checkKpis(repo, report);
  checkMeasurementDates(repo, report);
  checkDrivesCycles(repo, report);
  checkCycles(repo, report);
  if (options.asOf !== undefined) checkDatedAfter(repo, options.asOf, report);
  return dedupe(found).sort(compareProblems);
}

function format(position: Position): string {
  return `${position.file}:${position.line}:${position.column}`;
}

function checkDuplicates(repo: Repository, report: Report): void {
  for (const [kind, items] of idKinds(repo)) {
    const first = new Map<string, Located<{ id: string }>>();
    for (const item of items) {
      const seen = first.get(item.data.id);
      if (!seen) {
        first.set(item.data.id, item);
        continue;
      }
      const firstAt = seen.at(['id']);
      report(refProblem('duplicate-id', `duplicate ${kind} id "${item.data.id}": also defined at ${format(firstAt)}`, item.at(['id']), `ids are unique per kind; rename one of them`));
      report(refProblem('duplicate-id', `duplicate ${kind} id "${item.data.id}": also defined at ${format(item.at(['id']))}`, firstAt, `ids are unique per kind; rename one of them`));
    }
  }
}

function checkConfig(repo: Repository, report: Report): void {
  const chosen = repo.config.default_period;
  if (chosen !== undefined && repo.configAt && !repo.known.period.has(chosen) && !repo.unreadable.has('periods')) {
    report(unknownRef('period', chosen, repo.known.period, repo.configAt(['default_period'])));
  }
}

function checkPeriodsAndTeams(repo: Repository, report: Report): void {
  for (const period of repo.periods) {
    const parent = period.data.parent;
    if (parent && !repo.known.period.has(parent) && !repo.unreadable.has('periods')) report(unknownRef('period', parent, repo.known.period, period.at(['parent'])));
  }
  for (const team of repo.teams) {
    const parent = team.data.parent;
    if (parent && !repo.known.team.has(parent) && !repo.unreadable.has('teams')) report(unknownRef('team', parent, repo.known.team, team.at(['parent'])));
  }
}

function checkObjectives(repo: Repository, report: Report): void {
  const objectives = new Map(repo.objectives.map((o) => [o.data.id, o]));
  const hasChildren = new Set(repo.objectives.map((o) => o.data.parent?.split('#')[0]).filter((id): id is string => Boolean(id)));
  for (const objective of repo.objectives) {
    const { data, at } = objective;
    const fromFolder = (field: 'period' | 'team'): boolean => objective.fromFolder[field];
    if (!repo.known.period.has(data.period) && !repo.unreadable.has('periods')) {
      const where = fromFolder('period') ? `(from the folder ${objective.file.split('/')[1]}/)` : '';
      report({ ...unknownRef('period', data.period, repo.known.period, at(['period'])), message: `unknown period "${data.period}" ${where}`.trim() });
    }
    if (!repo.known.team.has(data.team) && !repo.unreadable.has('teams')) {
      const where = fromFolder('team') ? `(from the folder ${objective.file.split('/').slice(1, 3).join('/')}/)` : '';
      report({ ...unknownRef('team', data.team, repo.known.team, at(['team'])), message: `unknown team "${data.team}" ${where}`.trim() });
    }
    if (data.parent) {
      const [parentId = '', krId] = data.parent.split('#');
      const parent = objectives.get(parentId);
      if (parentId === data.id) {
        report(refProblem('alignment-cycle', `an objective cannot align to itself`, at(['parent'])));
      } else if (!parent) {
        if (!repo.known.objective.has(parentId)) report(unknownRef('objective', parentId, repo.known.objective, at(['parent'])));
      } else if (krId !== undefined && !parent.data.keyResults.some((kr) => kr.id === krId)) {
        const refs = parent.data.keyResults.map((kr) => kr.ref);
        const problem = unknownRef('key result', `${parentId}#${krId}`, refs, at(['parent']));
        // Without a near match, name them all, as cairn checkin does: the writer then picks one.
        const all = refs.length === 0 ? `the objective ${parentId} has no key results: align to the objective itself (parent: ${parentId})` : `the key results of ${parentId} are ${refs.join(', ')}`;
        report({ ...problem, suggestion: problem.suggestion ?? all });
      }
    }
    data.supporting_kpis.forEach((kpi, index) => {
      if (!repo.known.kpi.has(kpi)) report(unknownRef('KPI', kpi, repo.known.kpi, at(['supporting_kpis', index])));
    });
    // Quality lints: an objective is a promise measured by a few numbers, owned by someone.
    const count = data.keyResults.length;
    if (count === 0 && !hasChildren.has(data.id)) {
      report(refProblem('no-key-results', 'objective has no key results and no objectives align to it', at(['title']), 'add 2 to 5 key results, or align objectives to it as an umbrella', 'warning'));
    } else if (count === 1) {
      report(refProblem('few-key-results', 'objective has only 1 key result; 2 to 5 measure it well', at(['key_results'], { key: true }), undefined, 'warning'));
    } else if (count > 5) {
      report(refProblem('many-key-results', `objective has ${count} key results; more than 5 blurs the focus`, at(['key_results'], { key: true }), 'keep the 5 that matter most, or split the objective', 'warning'));
    }
    if (!data.owner) report(refProblem('no-owner', 'objective has no owner', at(['title']), 'add owner: <handle>', 'warning'));
  }
}

/** Alignment must be a tree: follow each objective's parents and report a loop once. */
function checkCycles(repo: Repository, report: Report): void {
  const parentOf = new Map(repo.objectives.map((o) => [o.data.id, o.data.parent?.split('#')[0]]));
  const byId = new Map(repo.objectives.map((o) => [o.data.id, o]));
  for (const loop of loopsOf(parentOf.keys(), (id) => (parentOf.has(id) ? parentOf.get(id) : undefined))) {
    if (loop.length < 2) continue;
    const first = [...loop].sort()[0] as string;
    const rotated = [...loop.slice(loop.indexOf(first)), ...loop.slice(0, loop.indexOf(first)), first];
    const owner = byId.get(first);
    if (owner) report(refProblem('alignment-cycle', `alignment cycle: ${rotated.join(' → ')}`, owner.at(['parent']), 'alignment is a tree: remove one of these parent links'));
  }
  const teamParent = new Map(repo.teams.map((t) => [t.data.id, t.data.parent ?? undefined]));
  const order = new Map(repo.teams.map((t, index) => [t.data.id, index]));
  for (const loop of loopsOf(teamParent.keys(), (id) => teamParent.get(id))) {
    // Named from the team of the loop that comes first in teams.yaml, around to itself.
    const firstIndex = Math.min(...loop.map((id) => order.get(id) ?? Number.POSITIVE_INFINITY));
    const team = repo.teams[firstIndex];
    if (!team) continue;
    const around = [team.data.id];
    for (let id = teamParent.get(team.data.id); id !== undefined && id !== team.data.id; id = teamParent.get(id)) around.push(id);
    report(refProblem('team-cycle', `team "${team.data.id}" is its own ancestor: ${[...around, team.data.id].join(' → ')}`, team.at(['parent']), 'the team tree needs one root without a parent'));
  }
}

/**
 * Every loop of a parent relation, each once, in linear time: a walk up from each id stops at
 * an id an earlier walk has finished (no loop can start there any more), and ids are finished
 * as their walk ends, so a chain of 10,000 is walked once, not 10,000 times.
 */
function loopsOf(ids: Iterable<string>, parent: (id: string) => string | undefined): string[][] {
  const done = new Set<string>();
  const loops: string[][] = [];
  for (const start of ids) {
    if (done.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = parent(current);
    }
    if (current !== undefined && onPath.has(current)) loops.push(path.slice(onPath.get(current)));
    for (const id of path) done.add(id);
  }
  return loops;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
