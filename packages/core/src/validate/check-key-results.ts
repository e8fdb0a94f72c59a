import type { Repository } from '../load/model.js';
import { refProblem, unknownRef, type Report } from './problem.js';

/** Rules that depend on a key result's type, and the references it makes. */
export function checkKeyResults(repo: Repository, report: Report): void {
  const periods = new Map(repo.periods.map((p) => [p.data.id, p.data]));
  const kpis = new Map(repo.kpis.map((k) => [k.data.id, k.data]));
  for (const objective of repo.objectives) {
    const period = periods.get(objective.data.period);
    const seen = new Map<string, number>();
    objective.data.keyResults.forEach((kr, index) => {
      const at = (path: (string | number)[] = [], key = false) => objective.at(['key_results', index, ...path], { key });
      const earlier = seen.get(kr.id);
      if (earlier !== undefined) {
        const first = objective.at(['key_results', earlier]);
        report(refProblem('duplicate-id', `duplicate key result id "${kr.id}" in this objective: also at line ${first.line}`, at(['id']), 'give each key result its own id'));
      }
      seen.set(kr.id, index);

      const numeric = kr.type === 'metric' || kr.type === 'kpi' || kr.type === 'maintain';
      if (kr.type === 'metric' && kr.target === undefined) {
        report(refProblem('no-measure', 'key result has no number to measure', at(['title']), 'add start: and target: (or kpi:, done:, milestones:) so progress can be scored', 'warning'));
      }
      if ((kr.type === 'kpi' || kr.type === 'maintain') && kr.target === undefined) {
        report(refProblem('missing-field', `missing required field "target" in a ${kr.type} key result`, at(), undefined));
      }
      if (kr.type === 'kpi' && kr.kpi === undefined) {
        report(refProblem('missing-field', 'missing required field "kpi" in a kpi key result', at(['type']), 'name the KPI whose measurements give the current value'));
      }
      if (kr.type === 'maintain' && kr.direction === undefined) {
        report(refProblem('missing-field', 'missing required field "direction" in a maintain key result', at(), 'direction: increase keeps it at or above target; decrease keeps it at or below'));
      }
      if (kr.kpi !== undefined && !repo.known.kpi.has(kr.kpi)) report(unknownRef('KPI', kr.kpi, repo.known.kpi, at(['kpi'])));
      const start = kr.start ?? (kr.type === 'metric' ? 0 : undefined);
      if (numeric && kr.type !== 'maintain' && start !== undefined && kr.target !== undefined && start === kr.target) {
        report(refProblem('target-equals-start', `target equals start (${kr.target}): there is no distance to measure progress on`, at(['target']), 'set the start to where you are today and the target to where you want to be'));
      }
      if (kr.stretch !== undefined && start !== undefined && kr.target !== undefined && start !== kr.target) {
        const up = kr.target > start;
        if (up ? kr.stretch <= kr.target : kr.stretch >= kr.target) {
          report(refProblem('stretch-not-beyond', `stretch ${kr.stretch} must lie beyond target ${kr.target} (${up ? 'above' : 'below'} it)`, at(['stretch'])));
        }
      }
      if (kr.type === 'kpi' && kr.start === undefined && kr.kpi && period) {
        const series = kpis.get(kr.kpi)?.measurements;
        if (series && !series.some((m) => m.date <= period.start)) {
          report(refProblem('unknown-start', `KPI "${kr.kpi}" has no measurement on or before the period start ${period.start}, so progress is unknown (scored as 0)`, at(['kpi']), 'write start: with the value at the beginning of the period', 'warning'));
        }
      }
      kr.checkins.forEach((checkin, c) => {
        if (typeof checkin.value === 'boolean' && kr.type !== 'milestone') {
          report(refProblem('invalid-type', `"value" true/false only fits a milestone key result; this one is a ${kr.type}`, at(['checkins', c, 'value']), 'write the measured number'));
        }
        if (kr.type === 'milestone' && typeof checkin.value === 'number' && (checkin.value < 0 || checkin.value > 1)) {
          report(refProblem('too-big', `a milestone check-in value is true, false or a share from 0 to 1, not ${checkin.value}`, at(['checkins', c, 'value'])));
        }
        if (period && (checkin.date < period.start || checkin.date > period.end)) {
          report(refProblem('checkin-outside-period', `check-in dated ${checkin.date} lies outside the period ${period.id} (${period.start} to ${period.end})`, at(['checkins', c, 'date']), undefined, 'warning'));
        }
      });
    });
  }
}
