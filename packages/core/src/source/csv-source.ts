import { parse } from 'csv-parse/browser/esm/sync';
import type { Problem } from '../validate/problem.js';
import type { Position } from './position.js';

export interface CsvRow {
  /** Raw cells keyed by header name. */
  cells: Record<string, string>;
  /** Cells beyond the columns the header names (a trailing comma gives an empty one). */
  extra: string[];
  /** The line the record starts on. */
  line: number;
  /** Where a cell starts (or the row, for a column it lacks); worked out only when asked. */
  at: (column: string) => Position;
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

interface CsvRecordInfo {
  record: string[];
  info: { lines: number };
}

/** Parses a measurements CSV (`date,value[,note]`) keeping the line and column of every cell. */
export function parseCsvSource(file: string, raw: string): ParsedCsv {
  const text = raw.replace(/^\uFEFF/, '');
  let records: CsvRecordInfo[];
  // Without a quote character, CSV is exactly lines split at commas: years of daily
  // measurements read ten times faster this way. Anything quoted goes to the full parser.
  if (!text.includes('"')) return fromRecords(file, text, plainRecords(text));
  try {
    records = parse(text, {
      info: true,
      // Files edited on several machines mix line endings; the plain path accepts both too.
      record_delimiter: ['\r\n', '\n'],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as CsvRecordInfo[];
  } catch (error) {
    // csv-parse also counts a lone carriage return as a line end: never point past the file's last line.
    const counted = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    const line = Math.max(1, Math.min(counted, text.split('\n').length));
    return {
      header: [],
      rows: [],
      problems: [{ code: 'syntax', severity: 'error', message: `this is not valid CSV: ${(error as Error).message}`, file, line, column: 1 }],
    };
  }
  return fromRecords(file, text, records);
}

function plainRecords(text: string): CsvRecordInfo[] {
  const records: CsvRecordInfo[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.trim() === '') continue;
    records.push({ record: line.split(',').map((cell) => cell.trim()), info: { lines: i + 1 } });
  }
  return records;
}

function fromRecords(file: string, text: string, records: CsvRecordInfo[]): ParsedCsv {
  const [head, ...body] = records;
  if (!head) return { header: [], rows: [], problems: [] };
  const header = head.record.map((name) => name.toLowerCase());
  let lines: string[] | null = null;
  const rows = body.map((entry): CsvRow => {
    // `info.lines` is where the record ends; quoted line breaks inside cells move its start up.
    const breaks = entry.record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    const line = entry.info.lines - breaks;
    const cells: Record<string, string> = {};
    entry.record.forEach((cell, index) => {
      cells[header[index] ?? `column ${index + 1}`] = cell;
    });
    const at = (column: string): Position => {
      lines ??= text.split(/\r?\n/);
      const index = header.indexOf(column);
      const starts = cellColumns(lines[line - 1] ?? '');
      return { file, line, column: index >= 0 ? (starts[index] ?? 1) : 1 };
    };
    return { cells, extra: entry.record.slice(header.length), line, at };
  });
  return { header, rows, problems: [] };
}

/** 1-based start column of each cell, honouring quotes, so errors point at the right cell. */
function cellColumns(recordText: string): number[] {
  const starts = [1];
  let quoted = false;
  for (let i = 0; i < recordText.length; i += 1) {
    const char = recordText[i];
    if (char === '"') quoted = !quoted;
    else if (char === ',' && !quoted) starts.push(i + 2);
  }
  return starts;
}
