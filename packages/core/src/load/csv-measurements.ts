import type { Measurement } from '../schema/kpi.js';
import { isIsoDate, isRealDate } from '../schema/primitives.js';
import type { ParsedCsv } from '../source/csv-source.js';
import type { Position } from '../source/position.js';
import type { Problem } from '../validate/problem.js';
import { numberLike, quoted } from '../validate/suggest.js';

export interface CsvMeasurements {
  measurements: Measurement[];
  /** Where the measurement at this index was written (its row, first column). */
  rowAt: (index: number) => Position | undefined;
  problems: Problem[];
}

/** Rows of `date,value[,note]`; a bad row is reported and skipped, the rest still count. */
export function measurementsFromCsv(file: string, csv: ParsedCsv): CsvMeasurements {
  const positions: Position[] = [];
  const out: CsvMeasurements = { measurements: [], rowAt: (index) => positions[index], problems: [] };
  const head = { file, line: 1, column: 1 };
  for (const column of ['date', 'value']) {
    if (!csv.header.includes(column)) {
      const found = csv.header.length > 0 ? `found ${csv.header.join(',')}` : 'the file is empty';
      out.problems.push({ code: 'csv-header', severity: 'error', message: `the first line must name the columns date,value[,note] (${found})`, suggestion: 'start the file with the line: date,value,note', ...head });
      return out;
    }
  }
  for (const row of csv.rows) {
    const date = row.cells.date ?? '';
    const raw = row.cells.value ?? '';
    const datePosition = (): Position => row.at('date');
    const valuePosition = (): Position => row.at('value');
    if (!isIsoDate(date)) {
      const wellFormed = /^\d{4}-\d{2}-\d{2}$/.test(date);
      out.problems.push(
        wellFormed && !isRealDate(date)
          ? { code: 'invalid-date', severity: 'error', message: `"date" is not a real calendar date (got ${quoted(date)})`, ...datePosition() }
          : { code: 'invalid-format', severity: 'error', message: `"date" must be a date written YYYY-MM-DD (got ${quoted(date)})`, ...datePosition() },
      );
      continue;
    }
    const value = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(raw) ? Number(raw) : undefined;
    if (value === undefined) {
      const guess = numberLike(raw);
      out.problems.push({
        code: guess === undefined ? 'invalid-type' : 'number-format',
        severity: 'error',
        message: raw === '' ? '"value" is missing on this row' : `"value" must be a plain number, not ${quoted(raw)}`,
        suggestion: guess === undefined ? undefined : `write ${guess} (no quotes, thousands separators or units)`,
        ...valuePosition(),
      });
      continue;
    }
    const note = row.cells.note;
    out.measurements.push(note ? { date, value, note } : { date, value });
    positions.push({ file, line: row.line, column: 1 });
  }
  return out;
}
