import type { Repository } from '../load/model.js';
import type { Band } from '../schema/kpi.js';
import { refProblem, unknownRef, type Report } from './problem.js';

/** KPI references, targets that fit the direction, and the quality lints. */
export function checkKpis(repo: Repository, report: Report): void {
  for (const { data: kpi, at } of repo.kpis) {
    if (kpi.team !== undefined && !repo.known.team.has(kpi.team) && !repo.unreadable.has('teams')) report(unknownRef('team', kpi.team, repo.known.team, at(['team'])));
    kpi.drives.forEach((id, index) => {
      if (!repo.known.kpi.has(id)) report(unknownRef('KPI', id, repo.known.kpi, at(['drives', index])));
      if (id === kpi.id) report(refProblem('drives-itself', 'a KPI cannot drive itself', at(['drives', index])));
    });
    const targets: { value: number | Band; path: (string | number)[]; from?: string }[] =
      kpi.target === undefined
        ? []
        : Array.isArray(kpi.target)
          ? kpi.target.map((entry, index) => ({ value: entry.value, path: ['target', index, 'value'], from: entry.from }))
          : [{ value: kpi.target, path: ['target'] }];
    const isRange = kpi.direction === 'range';
    for (const { value, path } of targets) {
      if (isRange !== (typeof value === 'object')) {
        report(refProblem('target-shape', isRange ? 'a range KPI needs a target band { min, max }' : `a KPI that should ${kpi.direction} needs a single number as target`, at(path), isRange ? 'target: { min: 2, max: 5 }' : undefined));
      }
    }
    if (kpi.critical !== undefined) {
      if (isRange !== (typeof kpi.critical === 'object')) {
        report(refProblem('target-shape', isRange ? 'a range KPI needs a critical band { min, max }' : 'critical must be a single number for this KPI', at(['critical'])));
      } else {
        // Every target a KPI has had is judged against the one critical line, not just the last.
        for (const { value: target, from } of targets) {
          const which = from === undefined ? '' : ` from ${from}`;
          if (typeof kpi.critical === 'number' && typeof target === 'number') {
            const wrongSide = kpi.direction === 'increase' ? kpi.critical > target : kpi.critical < target;
            if (wrongSide) {
              report(refProblem('critical-wrong-side', `critical line ${kpi.critical} is ${kpi.direction === 'increase' ? 'above' : 'below'} the target ${target}${which}; for a KPI that should ${kpi.direction} it belongs on the other side`, at(['critical'])));
            }
          } else if (typeof kpi.critical === 'object' && typeof target === 'object' && (kpi.critical.min > target.min || kpi.critical.max < target.max)) {
            report(refProblem('critical-wrong-side', `critical band ${band(kpi.critical)} does not contain the target band ${band(target)}${which}; values outside the critical band are critical, so it must lie around the target band`, at(['critical']), `widen the critical band: min at most ${target.min}, max at least ${target.max}`));
          }
        }
      }
    }
    if (Array.isArray(kpi.target)) {
      const dates = kpi.target.map((entry) => entry.from);
      dates.forEach((date, index) => {
        if (index > 0 && date <= (dates[index - 1] ?? '')) report(refProblem('targets-order', 'time-bound targets must be listed by increasing "from" date', at(['target', index, 'from'])));
      });
    }
    if (kpi.target === undefined && kpi.target_note === undefined && kpi.health === undefined) {
      report(refProblem('no-target', 'KPI has no target, so its health is unknown', at(['title']), 'add target: (or target_note: to say why not yet)', 'warning'));
    }
    if (!kpi.owner) report(refProblem('no-owner', 'KPI has no owner', at(['title']), 'add owner: <handle>', 'warning'));
    if (!kpi.frequency) report(refProblem('no-frequency', 'KPI has no frequency, so Cairn cannot tell when it is stale', at(['title']), 'add frequency: daily | weekly | monthly | quarterly | yearly', 'warning'));
  }
}

/** A band as the score report writes it: 30–45. */
function band(value: { min: number; max: number }): string {
  return `${value.min}–${value.max}`;
}
