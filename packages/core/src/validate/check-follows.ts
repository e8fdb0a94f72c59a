import type { Repository } from '../load/model.js';
import type { Period } from '../schema/period.js';
import { refProblem, unknownRef, type Report } from './problem.js';

/**
 * `follows` carries an objective on from an earlier period: it must name another objective, one
 * whose period ends before this one's starts (anything else is a slip for `parent`).
 */
export function checkFollows(repo: Repository, report: Report): void {
  const periods = new Map<string, Period>();
  for (const { data } of repo.periods) if (!periods.has(data.id)) periods.set(data.id, data);
  const objectives = new Map(repo.objectives.map((o) => [o.data.id, o.data]));
  for (const { data: objective, at } of repo.objectives) {
    const id = objective.follows;
    if (id === undefined) continue;
    if (id === objective.id) {
      report(refProblem('follows-itself', 'an objective cannot carry on itself', at(['follows']), 'name the objective of an earlier period that this one carries on'));
      continue;
    }
    const earlier = objectives.get(id);
    if (earlier === undefined) {
      if (!repo.known.objective.has(id)) report(unknownRef('objective', id, repo.known.objective, at(['follows'])));
      continue;
    }
    const own = periods.get(objective.period);
    const theirs = periods.get(earlier.period);
    if (own === undefined || theirs === undefined || theirs.end < own.start) continue;
    report(
      refProblem(
        'follows-period',
        `this objective carries on "${id}" of period ${theirs.id} (${theirs.start} to ${theirs.end}), which does not end before this objective's period ${own.id} starts (${own.start})`,
        at(['follows']),
        'follows names an objective of an earlier period; to align this objective with another, use parent',
        'warning',
      ),
    );
  }
}
