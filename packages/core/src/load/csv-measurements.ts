import type { Measurement } from '../schema/kpi.js';
import { AMOUNT_RULE } from '../schema/number-bounds.js';
import { isIsoDate, isRealDate } from '../schema/primitives.js';
import type { ParsedCsv } from '../source/csv-source.js';
import { DayTexts } from '../source/day-text.js';
import { shortDecimalAt, type DecimalEnd } from '../source/short-decimal.js';
import type { Position } from '../source/position.js';
import type { Problem } from '../validate/problem.js';
import { dateSuggestion, missingDayHint, numberLike, plainNumberHint, quoted } from '../validate/suggest.js';
import { cellBeyondRange, cellNumber } from './csv-number.js';

export interface CsvMeasurements {
  measurements: Measurement[];
  /** Where the measurement at this index was written (its row, first column). */
  rowAt: (index: number) => Position | undefined;
  problems: Problem[];
}

/**
 * The measurements of a CSV without quotes in which every row is good, read straight from
 * its lines: no record or cell objects per row, positions as bare line numbers. Null for
 * anything else (quotes, a bad header or a bad row), which `parseCsvSource` and
 * `measurementsFromCsv` then read and report exactly. Their result and this one are the same.
 * Dates are the shared strings of `days`, the load's.
 */
export function plainCsvMeasurements(file: string, raw: string, days: DayTexts = new DayTexts()): CsvMeasurements | null {
  if (raw.includes('"')) return null;
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let header: string[] | null = null;
  let date = -1;
  let value = -1;
  let note = -1;
  const measurements: Measurement[] = [];
  const rowLines: number[] = [];
  const ended: DecimalEnd = { end: 0 };
  // Lines and cells are found with indexOf and read in place; only cells that are not a plain
  // date or a short decimal are cut out: 730 daily rows per KPI made cutting them the most of
  // this function's time.
  for (let start = 0, lineNumber = 1; start < text.length; lineNumber += 1) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const from = start;
    start = end + 1;
    // Cells are trimmed as they are read, which also drops a CRLF file's `\r`.
    if (isBlank(text, from, end)) continue;
    if (header === null) {
      header = text.slice(from, end).split(',').map((name) => name.trim().toLowerCase());
      date = header.indexOf('date');
      value = header.indexOf('value');
      note = header.indexOf('note');
      // A missing or repeated column is left to the reader that reports it.
      if (date < 0 || value < 0 || header.lastIndexOf('date') !== date || header.lastIndexOf('value') !== value || header.lastIndexOf('note') !== note) return null;
      continue;
    }
    let day: string | undefined;
    let number: number | undefined;
    let remark = '';
    for (let cell = from, column = 0; ; column += 1) {
      const comma = text.indexOf(',', cell);
      const to = comma < 0 || comma > end ? end : comma;
      if (column === date) day = dayCell(text, cell, to, days);
      else if (column === value) number = numberCell(text, cell, to, ended);
      else if (column === note) remark = text.slice(cell, to).trim();
      else if (column >= header.length && !isBlank(text, cell, to)) return null;
      if (to === end) break;
      cell = to + 1;
    }
    if (day === undefined || number === undefined) return null;
    measurements.push(remark ? { date: day, value: number, note: remark } : { date: day, value: number });
    rowLines.push(lineNumber);
  }
  if (header === null) return null;
  return {
    measurements,
    rowAt: (index) => {
      const line = rowLines[index];
      return line === undefined ? undefined : { file, line, column: 1 };
    },
    problems: [],
  };
}

/** Whether `text[from..to)` holds only what `trim` removes. */
function isBlank(text: string, from: number, to: number): boolean {
  // Most lines start with a digit: only the others are cut out to be trimmed.
  const c = text.charCodeAt(from);
  if (c >= 48 && c <= 57) return false;
  return text.slice(from, to).trim() === '';
}

/** The real date in a cell (as its shared string when written without spaces), or undefined. */
function dayCell(text: string, from: number, to: number, days: DayTexts): string | undefined {
  const shared = to - from === 10 ? days.at(text, from) : undefined;
  if (shared !== undefined) return shared;
  const written = text.slice(from, to).trim();
  return isIsoDate(written) ? written : undefined;
}

/** The plain number in a cell, or undefined (`1,000` has been split already; `abc` is no number). */
function numberCell(text: string, from: number, to: number, ended: DecimalEnd): number | undefined {
  const short = shortDecimalAt(text, from, to, ended);
  if (short !== undefined && ended.end === to) return short;
  const written = text.slice(from, to).trim();
  return cellNumber(written);
}

/**
 * How to write the first line. A spreadsheet set to a decimal comma saves `date;value`: the names
 * are there, so asking for them again would not help; the separator is what to change.
 */
function headerHint(header: readonly string[]): string {
  const names = header.join(',').split(';').map((name) => name.trim());
  if (header.length === 1 && names.includes('date') && names.includes('value')) {
    return `this file separates its columns with semicolons; Cairn reads commas: save it as CSV with commas (and decimal points), starting with the line ${names.join(',')}`;
  }
  return 'start the file with the line: date,value,note';
}

/** Rows of `date,value[,note]`; a bad row is reported (an error) and left out, the other rows are still read and checked. */
export function measurementsFromCsv(file: string, csv: ParsedCsv): CsvMeasurements {
  const positions: Position[] = [];
  const out: CsvMeasurements = { measurements: [], rowAt: (index) => positions[index], problems: [] };
  const head = { file, line: 1, column: 1 };
  const twice = ['date', 'value', 'note'].find((column) => csv.header.indexOf(column) !== csv.header.lastIndexOf(column));
  if (twice !== undefined) {
    // Which of the two columns was meant cannot be told: reading either would be a guess.
    out.problems.push({ code: 'csv-header', severity: 'error', message: `the first line names the column "${twice}" twice (${csv.header.join(',')}); which one holds the ${twice}s cannot be told`, suggestion: 'keep one column of each name: date,value,note', ...head });
    return out;
  }
  for (const column of ['date', 'value']) {
    if (!csv.header.includes(column)) {
      const found = csv.header.length > 0 ? `found ${csv.header.join(',')}` : 'the file is empty';
      out.problems.push({ code: 'csv-header', severity: 'error', message: `the first line must name the columns date,value[,note] (${found})`, suggestion: headerHint(csv.header), ...head });
      return out;
    }
  }
  for (const row of csv.rows) {
    if (row.extra.some((cell) => cell !== '')) {
      // An unquoted 1,000 splits into two cells and would silently read as 1. (Trailing
      // commas, empty cells, are harmless: spreadsheets write them.)
      out.problems.push({
        code: 'csv-extra-cells',
        severity: 'error',
        message: `this row has ${csv.header.length + row.extra.length} cells but the first line names ${csv.header.length} columns (${csv.header.join(',')})`,
        suggestion: 'write numbers without thousands separators (1000, not 1,000), and put a note that holds commas in double quotes',
        // Which comma is the wrong one cannot be told, so the row as a whole is pointed at.
        file,
        line: row.line,
        column: 1,
      });
      continue;
    }
    const date = row.cells.date ?? '';
    const raw = row.cells.value ?? '';
    const datePosition = (): Position => row.at('date');
    const valuePosition = (): Position => row.at('value');
    if (!isIsoDate(date)) {
      const wellFormed = /^\d{4}-\d{2}-\d{2}$/.test(date);
      out.problems.push(
        wellFormed && !isRealDate(date)
          ? { code: 'invalid-date', severity: 'error', message: `"date" is not a real calendar date (got ${quoted(date)})`, suggestion: dateSuggestion(date) ?? missingDayHint(date), ...datePosition() }
          : { code: 'invalid-format', severity: 'error', message: `"date" must be a date written YYYY-MM-DD (got ${quoted(date)})`, suggestion: dateSuggestion(date), ...datePosition() },
      );
      continue;
    }
    const value = cellNumber(raw);
    if (value === undefined && cellBeyondRange(raw)) {
      out.problems.push({ code: 'out-of-range', severity: 'error', message: `"value" ${AMOUNT_RULE.message}, not ${raw}`, suggestion: AMOUNT_RULE.suggestion, ...valuePosition() });
      continue;
    }
    if (value === undefined) {
      const guess = numberLike(raw);
      out.problems.push({
        code: guess === undefined ? 'invalid-type' : 'number-format',
        severity: 'error',
        message: raw === '' ? '"value" is missing on this row' : `"value" must be a plain number, not ${quoted(raw)}`,
        suggestion: guess === undefined ? undefined : plainNumberHint(guess),
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
