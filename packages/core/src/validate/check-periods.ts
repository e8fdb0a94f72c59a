import type { Repository } from '../load/model.js';
import type { Period } from '../schema/period.js';
import { refProblem, type Report } from './problem.js';

/** Whether `outer` runs from on or before `inner`'s start to on or after its end. */
function contains(outer: Period, inner: Period): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const span = (p: Period): string => `${p.start} to ${p.end}`;

/**
 * Periods nest (a quarter inside its year): a period may not be its own parent or ancestor, and
 * its parent must contain it. Each walk up `parent` keeps the periods it has seen, so a loop ends it.
 */
export function checkPeriodParents(repo: Repository, report: Report): void {
  const byId = new Map<string, Period>();
  for (const { data } of repo.periods) if (!byId.has(data.id)) byId.set(data.id, data);
  const inLoop = new Set<string>();
  for (const { data: period, at } of repo.periods) {
    if (!period.parent) continue;
    if (period.parent === period.id) {
      inLoop.add(period.id);
      report(refProblem('period-cycle', `period "${period.id}" cannot be its own parent`, at(['parent']), 'name the longer period that contains it, or remove the parent line'));
      continue;
    }
    const seen: string[] = [period.id];
    let current = byId.get(period.parent);
    while (current !== undefined && !seen.includes(current.id)) {
      seen.push(current.id);
      current = current.parent ? byId.get(current.parent) : undefined;
    }
    if (current?.id === period.id) {
      if (!seen.some((id) => inLoop.has(id))) {
        report(
          refProblem(
            'period-cycle',
            `period "${period.id}" is its own ancestor: ${[...seen, period.id].join(' → ')}`,
            at(['parent']),
            'periods nest, a quarter inside its year: remove one of these parent links',
          ),
        );
      }
      seen.forEach((id) => inLoop.add(id));
      continue;
    }
    const parent = byId.get(period.parent);
    if (parent && !contains(parent, period)) {
      report(
        refProblem(
          'period-outside-parent',
          `period "${period.id}" (${span(period)}) does not lie inside its parent "${parent.id}" (${span(parent)})`,
          at(['parent']),
          'correct the dates, or name as parent the period that contains this one',
        ),
      );
    }
  }
}

/**
 * Periods either nest (a quarter inside its year) or follow one another; two that overlap
 * without one containing the other (a Q2 that starts before Q1 ends) put some days in two
 * quarters at once, which is almost always a typo. Reported once, at the later one's start.
 */
export function checkPeriodOverlaps(repo: Repository, report: Report): void {
  const seen = new Set<string>();
  const periods = repo.periods.filter(({ data }) => !seen.has(data.id) && seen.add(data.id) !== undefined && data.start <= data.end);
  periods.sort((a, b) => a.data.start.localeCompare(b.data.start) || b.data.end.localeCompare(a.data.end));
  let open: Period[] = [];
  for (const { data: period, at } of periods) {
    open = open.filter((earlier) => earlier.end >= period.start);
    for (const earlier of open) {
      if (contains(earlier, period)) continue;
      report(
        refProblem(
          'period-overlap',
          `period "${period.id}" (${span(period)}) overlaps "${earlier.id}" (${span(earlier)}) without lying inside it`,
          at(['start']),
          `periods nest (a quarter inside its year) or follow one another: start "${period.id}" after ${earlier.end}, or correct "${earlier.id}"`,
          'warning',
        ),
      );
    }
    open.push(period);
  }
}

/**
 * An objective aligned to an objective of a period that does not contain its own (a quarter's
 * objective under another year's) is most often a stale parent link: worth a warning.
 */
export function checkAlignmentPeriods(repo: Repository, report: Report): void {
  const periods = new Map<string, Period>();
  for (const { data } of repo.periods) if (!periods.has(data.id)) periods.set(data.id, data);
  const objectives = new Map(repo.objectives.map((o) => [o.data.id, o.data]));
  for (const { data: objective, at } of repo.objectives) {
    const parentId = objective.parent?.split('#')[0];
    const parent = parentId === undefined || parentId === objective.id ? undefined : objectives.get(parentId);
    if (parent === undefined || parent.period === objective.period) continue;
    const own = periods.get(objective.period);
    const theirs = periods.get(parent.period);
    if (own === undefined || theirs === undefined || contains(theirs, own)) continue;
    report(
      refProblem(
        'alignment-period',
        `this objective aligns to "${parent.id}" of period ${theirs.id} (${span(theirs)}), which does not contain this objective's period ${own.id} (${span(own)})`,
        at(['parent']),
        "align to an objective of this period or of a period that contains it, such as the year's",
        'warning',
      ),
    );
  }
}
