import type { Repository } from '../load/model.js';
import type { Position } from '../source/position.js';
import { refProblem, type Report } from './problem.js';

/**
 * A KPI has one value per date: two measurements of one day, inline, in its CSV or one in each,
 * would leave the score to whichever the file order puts last (a re-export appended to a CSV, a
 * corrected row written below the wrong one). One error per date, at the second entry, naming all.
 */
export function checkMeasurementDates(repo: Repository, report: Report): void {
  for (const kpi of repo.kpis) {
    // Measurements are kept in date order (a stable sort), so the entries of one date are neighbours.
    const series = kpi.data.measurements;
    for (let first = 0; first < series.length; ) {
      const date = series[first]?.date;
      let next = first + 1;
      while (next < series.length && series[next]?.date === date) next += 1;
      if (next - first > 1) {
        const places = Array.from({ length: next - first }, (_, i) => kpi.at(['measurements', first + i, 'date']));
        const second = places[1] as Position;
        const times = places.length === 2 ? 'twice' : `${places.length} times`;
        report(refProblem('duplicate-measurement', `${date} is measured ${times}: ${listed(places)}`, second, 'keep one measurement per date: delete or correct the others'));
      }
      first = next;
    }
  }
}

/** `line 3 and line 4`, or with the files named when the entries are in more than one. */
function listed(places: readonly Position[]): string {
  const oneFile = places.every((place) => place.file === places[0]?.file);
  const names = places.map((place) => (oneFile ? `line ${place.line}` : `${place.file} line ${place.line}`));
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
