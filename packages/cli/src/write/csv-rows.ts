import { lineEnding } from '@cairn/core';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { UsageError } from '../output.js';

export interface CsvRecord {
  /** Offset of the record's first character in the text. */
  start: number;
  end: number;
  cells: string[];
}

/** The records of a CSV text with where each lies, the header first. */
export function csvRecords(text: string, shown: string): CsvRecord[] {
  const eol = lineEnding(text);
  let rows: { record: string[]; raw: string }[];
  try {
    rows = parse(text, { bom: true, raw: true, relax_column_count: true, record_delimiter: eol, skip_empty_lines: false }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    throw new UsageError(`${shown} cannot be read as CSV: ${(error as Error).message}`);
  }
  const records: CsvRecord[] = [];
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  for (const { record, raw } of rows) {
    const start = text.indexOf(raw, at);
    if (start === -1) throw new UsageError(`${shown} has a layout cairn cannot edit safely; add the row by hand`);
    records.push({ start, end: start + raw.length, cells: record });
    at = start + raw.length;
  }
  return records;
}

/** One CSV row as the file writes its rows: quoted only where needed, with its line ending. */
export function csvRow(cells: readonly (string | number)[]): string {
  return stringify([cells.map(String)], { eof: false });
}

export interface CsvEdit {
  text: string;
  replaced: boolean;
}

/**
 * Adds a measurement row (date, value, note in the header's column order) at the end of a KPI's
 * CSV, or replaces the row of that date; every other byte stays, a missing last newline too.
 */
export function addCsvMeasurement(text: string, shown: string, entry: { date: string; value: number; note?: string | undefined }, replace: boolean): CsvEdit {
  const records = csvRecords(text, shown);
  const { header, dateAt, valueAt, noteAt } = measurementColumns(records, shown);
  if (entry.note !== undefined && noteAt === -1) throw new UsageError(`${shown} has no note column; leave out --note, or add a note column to its header first`);
  const cells: (string | number)[] = header.map(() => '');
  cells[dateAt] = entry.date;
  cells[valueAt] = entry.value;
  if (noteAt !== -1) cells[noteAt] = entry.note ?? '';
  // A row shorter than the header is fine for the reader; keep trailing empty cells off as the file does.
  const row = csvRow(trimEmptyTail(cells, records));
  const same = records.slice(1).filter((record) => record.cells[dateAt]?.trim() === entry.date);
  if (same.length > 0) {
    if (!replace) throw new UsageError(`${shown} already has a measurement on ${entry.date}; add --replace to replace it, or give another --date`);
    const target = same.at(-1) as CsvRecord;
    // A record's text may end with its line ending; the new row keeps it, so no row joins the next.
    const ending = /\r?\n$/.exec(text.slice(target.start, target.end))?.[0] ?? '';
    return { text: text.slice(0, target.start) + row + ending + text.slice(target.end), replaced: true };
  }
  const eol = lineEnding(text);
  if (text === '' || text === '\uFEFF') return { text: text + row + eol, replaced: false };
  return { text: text.endsWith('\n') ? text + row + eol : text + eol + row, replaced: false };
}

/** Where a KPI's CSV keeps its date, value and note (-1: no note column); a file without date and value columns cannot be added to. */
function measurementColumns(records: readonly CsvRecord[], shown: string): { header: string[]; dateAt: number; valueAt: number; noteAt: number } {
  const header = records[0]?.cells.map((cell) => cell.trim().toLowerCase()) ?? [];
  const dateAt = header.indexOf('date');
  const valueAt = header.indexOf('value');
  if (dateAt === -1 || valueAt === -1) throw new UsageError(`${shown} has no header row with date and value columns; cairn cannot add to it`);
  return { header, dateAt, valueAt, noteAt: header.indexOf('note') };
}

/** The value a KPI's CSV records on `date` (the last row of that date, as the reader takes it), or undefined. */
export function csvValueOn(text: string, shown: string, date: string): number | undefined {
  const records = csvRecords(text, shown);
  const { dateAt, valueAt } = measurementColumns(records, shown);
  const row = records.slice(1).findLast((record) => record.cells[dateAt]?.trim() === date);
  return row === undefined ? undefined : Number(row.cells[valueAt]);
}

function trimEmptyTail(cells: (string | number)[], records: readonly CsvRecord[]): (string | number)[] {
  const last = records.at(-1);
  // The file's rows keep all their cells (`2026-01-31,5,`): do the same.
  if (!last || records.length < 2 || last.cells.length >= cells.length) return cells;
  const out = [...cells];
  while (out.length > last.cells.length && out.at(-1) === '') out.pop();
  return out;
}
