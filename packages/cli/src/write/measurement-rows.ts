import { dateSuggestion, missingDayHint } from '@cairn/core';
import { isoDayProblem } from '@cairn/core/calendar';
import { parse } from 'csv-parse/sync';
import { UsageError } from '../output.js';
import { nearIds } from './command-input.js';

/** One measurement read from an export: its row number in the file (the header is row 1). */
export interface MeasurementRow {
  row: number;
  kpi: string;
  date: string;
  value: number;
  note?: string | undefined;
}

export interface RowProblem {
  row: number;
  message: string;
}

export interface MeasurementReading {
  rows: MeasurementRow[];
  /** Rows with no value (a week nobody measured): left out, and counted. */
  empty: number[];
  problems: RowProblem[];
}

export interface ReadOptions {
  /** Every row is this KPI's (a file without a kpi column). */
  kpi?: string | undefined;
  /** The column separator; default: what the header line uses (comma, semicolon or tab). */
  delimiter?: string | undefined;
  /** The decimal mark of the values: `.` (default) or `,`. */
  decimal?: string | undefined;
}

type Column = 'kpi' | 'date' | 'value' | 'note';

/** Header names BI tools and spreadsheets give the columns, compared in lower case with spaces, - and _ alike. */
const NAMES: Record<string, Column> = {
  kpi: 'kpi',
  kpi_id: 'kpi',
  metric: 'kpi',
  metric_id: 'kpi',
  date: 'date',
  day: 'date',
  measured_on: 'date',
  period_end: 'date',
  timestamp: 'date',
  value: 'value',
  measurement: 'value',
  amount: 'value',
  note: 'note',
  notes: 'note',
  comment: 'note',
};

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Measurements from a BI tool's or spreadsheet's CSV export: a header naming date and value
 * (and kpi, unless every row is one KPI's), comma-, semicolon- or tab-separated. Values may carry
 * thousands separators, a decimal comma (`decimal: ','`) or a percent sign; dates may carry a
 * time, which is dropped (the date as written, never moved to another zone). Every row that
 * cannot be read is a problem with its row number; none is guessed.
 */
export function readMeasurementRows(text: string, options: ReadOptions, kpis: ReadonlyMap<string, { unit: string | null }>): MeasurementReading {
  const decimal = options.decimal ?? '.';
  if (decimal !== '.' && decimal !== ',') throw new UsageError(`--decimal is . or , not "${decimal}"`);
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = options.delimiter ?? guessDelimiter(body.split(/\r?\n/, 1)[0] ?? '');
  if (delimiter === decimal) throw new UsageError(`the columns and the decimals cannot both be separated by "${delimiter}"`);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  } catch (error) {
    throw new UsageError(`the file cannot be read as CSV: ${(error as Error).message}`);
  }
  const header = (records[0] ?? []).map((cell) => NAMES[cell.toLowerCase().replace(/[\s_-]+/g, '_')]);
  const at = (column: Column): number => header.indexOf(column);
  if (at('date') === -1 || at('value') === -1) {
    const named = (records[0] ?? []).join(delimiter);
    throw new UsageError(`the first line must name a date and a value column (and kpi, or give --kpi); it reads "${named}"`);
  }
  if (at('kpi') === -1 && options.kpi === undefined) throw new UsageError('the file has no kpi column: give --kpi ID for a file of one KPI');
  const reading: MeasurementReading = { rows: [], empty: [], problems: [] };
  const seen = new Map<string, number>();
  records.slice(1).forEach((cells, index) => {
    const row = index + 2;
    const problem = (message: string): void => {
      reading.problems.push({ row, message });
    };
    const cell = (column: Column): string => (at(column) === -1 ? '' : (cells[at(column)] ?? ''));
    const kpi = options.kpi ?? cell('kpi');
    const known = kpis.get(kpi);
    if (!known) {
      const near = nearIds(kpi, [...kpis.keys()]);
      problem(`no KPI "${kpi}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`);
      return;
    }
    const date = readDate(cell('date'));
    if (typeof date !== 'string') {
      problem(date.message);
      return;
    }
    const written = cell('value');
    if (written === '') {
      reading.empty.push(row);
      return;
    }
    const value = readValue(written, decimal, known.unit);
    if (typeof value !== 'number') {
      problem(value.message);
      return;
    }
    const key = `${kpi}\u0000${date}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problem(`${kpi} on ${date} is measured twice in the file: rows ${first} and ${row}; keep one`);
      return;
    }
    seen.set(key, row);
    const note = cell('note');
    reading.rows.push({ row, kpi, date, value, ...(note === '' ? {} : { note }) });
  });
  return reading;
}

function guessDelimiter(header: string): string {
  if (header.includes('\t')) return '\t';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

function readDate(text: string): string | { message: string } {
  const match = DATE_TIME.exec(text);
  const day = match?.[1];
  if (day !== undefined && isoDayProblem(day) === null) return day;
  if (day !== undefined) return { message: `"${text}" is not a day of the calendar: ${missingDayHint(day) ?? 'write YYYY-MM-DD'}` };
  const hint = dateSuggestion(text);
  return { message: `"${text}" is not a date written YYYY-MM-DD${hint === undefined ? '' : `; ${hint}`}` };
}

function readValue(text: string, decimal: string, unit: string | null): number | { message: string } {
  let plain = text.replace(/[\s\u00a0\u202f]/g, '');
  if (plain.endsWith('%')) {
    if (unit !== '%') return { message: `"${text}" is a percentage, but the KPI counts in ${unit === null ? 'plain numbers' : `"${unit}"`}; write the number alone` };
    plain = plain.slice(0, -1);
  }
  const thousands = decimal === '.' ? ',' : '.';
  const grouped = new RegExp(`^[-+]?\\d{1,3}(?:\\${thousands}\\d{3})+(?:\\${decimal}\\d+)?$`);
  if (grouped.test(plain)) plain = plain.replaceAll(thousands, '');
  if (decimal === ',') plain = plain.replace(',', '.');
  if (NUMBER.test(plain) && Number.isFinite(Number(plain))) return Number(plain);
  const comma = decimal === '.' && /^[-+]?\d+,\d+$/.test(plain) ? '; if the comma is the decimal mark, give --decimal ,' : '';
  return { message: `"${text}" is not a number${comma}` };
}
