import { parse } from 'csv-parse/browser/esm/sync';
import type { Problem } from '../validate/problem.js';
import type { Position } from './position.js';

export interface CsvRow {
  /** Raw cells keyed by header name. */
  cells: Record<string, string>;
  /** Where each cell starts, keyed by header name; `_row` is the start of the line. */
  at: Record<string, Position>;
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  problems: Problem[];
}

interface CsvRecordInfo {
  record: string[];
  raw: string;
  info: { lines: number };
}

/** Parses a measurements CSV (`date,value[,note]`) keeping the line and column of every cell. */
export function parseCsvSource(file: string, text: string): ParsedCsv {
  let records: CsvRecordInfo[];
  try {
    records = parse(text, {
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as unknown as CsvRecordInfo[];
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    return {
      header: [],
      rows: [],
      problems: [{ code: 'syntax', severity: 'error', message: `this is not valid CSV: ${(error as Error).message}`, file, line, column: 1 }],
    };
  }
  const [head, ...body] = records;
  if (!head) return { header: [], rows: [], problems: [] };
  const header = head.record.map((name) => name.toLowerCase());
  const rows = body.map((entry): CsvRow => {
    // `raw` may start with skipped blank lines; the record itself ends on `info.lines`.
    const recordText = entry.raw.replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
    const line = entry.info.lines - (recordText.split(/\r?\n/).length - 1);
    const columns = cellColumns(recordText);
    const cells: Record<string, string> = {};
    const at: Record<string, Position> = { _row: { file, line, column: 1 } };
    entry.record.forEach((cell, index) => {
      const name = header[index] ?? `column ${index + 1}`;
      cells[name] = cell;
      at[name] = { file, line, column: columns[index] ?? 1 };
    });
    return { cells, at };
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
