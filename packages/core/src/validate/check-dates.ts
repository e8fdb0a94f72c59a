import type { Repository } from '../load/model.js';
import type { Position } from '../source/position.js';
import { refProblem, type Report } from './problem.js';

/**
 * Check-ins and measurements dated after the as-of date do not count yet, and the score does not
 * move when they are added: most often the date is a typo (2026-12-13 for 2026-11-13). One
 * warning per key result or KPI, at the first such date.
 */
export function checkDatedAfter(repo: Repository, asOf: string, report: Report): void {
  const later = (noun: string, count: number, date: string, where: Position): void => {
    const what = count === 1 ? `${noun} dated ${date} is` : `${count} ${noun}s (the first dated ${date}) are`;
    const hint = 'if the date is a typo, correct it; the as-of date is today unless cairn.config.yaml pins as_of';
    report(refProblem('dated-after-as-of', `${what} after the as-of date ${asOf}, so ${count === 1 ? 'it does' : 'they do'} not count yet`, where, hint, 'warning'));
  };
  const periodEnd = new Map(repo.periods.map((p) => [p.data.id, p.data.end]));
  for (const objective of repo.objectives) {
    // After its period's end a check-in has a warning of its own (checkin-outside-period).
    const end = periodEnd.get(objective.data.period) ?? '9999-12-31';
    objective.data.keyResults.forEach((kr, index) => {
      let count = 0;
      let first = -1;
      kr.checkins.forEach((checkin, c) => {
        if (checkin.date <= asOf || checkin.date > end) return;
        count += 1;
        if (first < 0 || checkin.date < (kr.checkins[first]?.date ?? '')) first = c;
      });
      if (count > 0) later('check-in', count, kr.checkins[first]?.date ?? '', objective.at(['key_results', index, 'checkins', first, 'date']));
    });
  }
  for (const kpi of repo.kpis) {
    const hand = kpi.data.health;
    if (hand?.until !== undefined && hand.until < asOf) {
      report(
        refProblem(
          'health-expired',
          `the health set by hand (${hand.status}) held until ${hand.until}; since then the rule decides`,
          kpi.at(['health', 'until']),
          'remove the health line, or give a later until if the reason still holds',
          'warning',
        ),
      );
    }
    // Measurements are kept in date order, so the later ones are at the end.
    const series = kpi.data.measurements;
    let first = series.length;
    while (first > 0 && (series[first - 1]?.date ?? '') > asOf) first -= 1;
    if (first < series.length) later('measurement', series.length - first, series[first]?.date ?? '', kpi.at(['measurements', first, 'date']));
  }
}
