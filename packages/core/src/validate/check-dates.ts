import type { Repository } from '../load/model.js';
import { refProblem, type Report } from './check-repository.js';

const HINT = 'if the date is a typo, correct it; the as-of date is today unless cairn.config.yaml pins as_of';

/**
 * Check-ins and measurements dated after the as-of date do not count yet, and the score does not
 * move when they are added: most often the date is a typo (2026-12-13 for 2026-11-13). One
 * warning per key result or KPI, at the first such date.
 */
export function checkDatedAfter(repo: Repository, asOf: string, report: Report): void {
  const periodEnd = new Map(repo.periods.map((p) => [p.data.id, p.data.end]));
  for (const objective of repo.objectives) {
    // After its period's end a check-in has a warning of its own (checkin-outside-period).
    const end = periodEnd.get(objective.data.period) ?? '9999-12-31';
    objective.data.keyResults.forEach((kr, index) => {
      const later = kr.checkins.flatMap((checkin, c) => (checkin.date > asOf && checkin.date <= end ? [{ date: checkin.date, c }] : []));
      const first = later.reduce<(typeof later)[number] | undefined>((soonest, entry) => (soonest === undefined || entry.date < soonest.date ? entry : soonest), undefined);
      if (!first) return;
      const what = later.length === 1 ? `check-in dated ${first.date} is` : `${later.length} check-ins (the first dated ${first.date}) are`;
      report(refProblem('dated-after-as-of', `${what} after the as-of date ${asOf}, so ${later.length === 1 ? 'it does' : 'they do'} not count yet`, objective.at(['key_results', index, 'checkins', first.c, 'date']), HINT, 'warning'));
    });
  }
  for (const kpi of repo.kpis) {
    // Measurements are kept in date order, so the later ones are at the end.
    const series = kpi.data.measurements;
    let firstLater = series.length;
    while (firstLater > 0 && (series[firstLater - 1]?.date ?? '') > asOf) firstLater -= 1;
    const count = series.length - firstLater;
    if (count === 0) continue;
    const date = series[firstLater]?.date ?? '';
    const what = count === 1 ? `measurement dated ${date} is` : `${count} measurements (the first dated ${date}) are`;
    report(refProblem('dated-after-as-of', `${what} after the as-of date ${asOf}, so ${count === 1 ? 'it does' : 'they do'} not count yet`, kpi.at(['measurements', firstLater, 'date']), HINT, 'warning'));
  }
}
