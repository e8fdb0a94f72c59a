import type { Measurement } from '../schema/kpi.js';
import { parseCsvSource } from '../source/csv-source.js';
import type { DayTexts } from '../source/day-text.js';
import { problemAt } from '../validate/problem.js';
import { baseName } from './classify.js';
import { measurementsFromCsv, plainCsvMeasurements, type CsvMeasurements } from './csv-measurements.js';
import type { Kpi, Located, Repository } from './model.js';

/** A measurements CSV by the KPI file name it belongs to: its path, and its rows once read. */
export type CsvFiles = Map<string, { file: string; read: CsvMeasurements | null }>;

/**
 * The rows of a measurements CSV, or null when the file itself did not parse (said already:
 * reading its rows would only add noise). Not cached: reading a plain CSV is as fast as reading
 * its cache entry would be.
 */
export function readMeasurements(repo: Repository, file: string, text: string, days: DayTexts): CsvMeasurements | null {
  const plain = plainCsvMeasurements(file, text, days);
  if (plain) return plain;
  const csv = parseCsvSource(file, text);
  repo.problems.push(...csv.problems);
  if (csv.problems.length > 0) return null;
  return measurementsFromCsv(file, csv);
}

/** CSV measurements join the KPI of the same file name; their rows keep their own positions. */
export function attachCsvMeasurements(repo: Repository, csvs: CsvFiles, kpiFiles: Set<string>): void {
  const kpiByFile = new Map(repo.kpis.map((kpi) => [baseName(kpi.file), kpi]));
  for (const [slug, { file, read }] of csvs) {
    const owner = kpiByFile.get(slug);
    // Bad rows are reported even when the KPI's own file has errors: all problems at once.
    if (read && kpiFiles.has(slug)) repo.problems.push(...read.problems);
    if (!owner) {
      if (!kpiFiles.has(slug)) {
        repo.problems.push(problemAt('orphan-csv', `measurements for a KPI "${slug}" that has no definition`, { file, line: 1, column: 1 }, `add kpis/${slug}.yaml with at least a title, or rename the CSV to match a KPI`));
      }
      continue;
    }
    if (!read) continue;
    const inline = owner.data.measurements.length;
    if (inline > 0 && read.measurements.length > 0) {
      repo.problems.push(problemAt('measurements-twice', `this KPI has measurements both inline and in ${file}; both are used`, owner.at(['measurements'], { key: true }), 'keep them in one place', 'warning'));
    }
    const inlineAt = owner.at;
    owner.data.measurements = [...owner.data.measurements, ...read.measurements];
    owner.at = (path = [], options) => {
      const index = path[0] === 'measurements' && typeof path[1] === 'number' ? path[1] - inline : -1;
      const row = index >= 0 ? read.rowAt(index) : undefined;
      return row ?? inlineAt(path, options);
    };
  }
  for (const kpi of repo.kpis) sortMeasurements(kpi);
}

/** Measurements are kept in date order; the locator follows the reordering. */
function sortMeasurements(kpi: Located<Kpi>): void {
  const order = kpi.data.measurements.map((m: Measurement, index) => ({ m, index }));
  if (order.every((entry, i) => i === 0 || (order[i - 1]?.m.date ?? '') <= entry.m.date)) return;
  order.sort((a, b) => (a.m.date < b.m.date ? -1 : a.m.date > b.m.date ? 1 : a.index - b.index));
  kpi.data.measurements = order.map((entry) => entry.m);
  const original = kpi.at;
  kpi.at = (path = [], options) =>
    path[0] === 'measurements' && typeof path[1] === 'number'
      ? original(['measurements', order[path[1]]?.index ?? path[1], ...path.slice(2)], options)
      : original(path, options);
}
