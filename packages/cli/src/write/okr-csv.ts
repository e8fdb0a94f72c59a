import type { Snapshot } from '@cairn/core';
import { teamAndDescendants } from '@cairn/core';
import { stringify } from 'csv-stringify/sync';

/**
 * The spreadsheet shape of OKRs: one row per key result, the columns most OKR templates use
 * first, then the ids that make a round trip exact, then what Cairn computes or a review deck
 * sorts by (ignored on import).
 */
export const CSV_COLUMNS = [
  'period',
  'team',
  'objective',
  'owner',
  'key result',
  'start',
  'target',
  'current',
  'unit',
  'objective id',
  'key result id',
  'progress',
  'score',
  'key result status',
  'confidence',
  'grade',
  'status',
  'forecast',
  'kind',
  'parent',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Other names spreadsheets give the same columns (compared in lower case, spaces and _ alike). */
const ALIASES: Record<string, CsvColumn> = {
  quarter: 'period',
  objective_title: 'objective',
  objective_id: 'objective id',
  key_result: 'key result',
  kr: 'key result',
  key_result_title: 'key result',
  key_result_id: 'key result id',
  kr_id: 'key result id',
  baseline: 'start',
  goal: 'target',
  value: 'current',
  objective_score: 'score',
};

/** The column a header cell names, or undefined for a column Cairn does not read. */
export function columnOf(header: string): CsvColumn | undefined {
  const key = header
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');
  const plain = key.replaceAll('_', ' ');
  return (CSV_COLUMNS as readonly string[]).includes(plain) ? (plain as CsvColumn) : ALIASES[key];
}

export interface CsvSelection {
  period?: string | undefined;
  team?: string | undefined;
}

/** The rows of a snapshot as CSV text, in the snapshot's order. */
export function okrCsv(snapshot: Snapshot, selection: CsvSelection = {}): string {
  const teams = selection.team === undefined ? null : teamAndDescendants(snapshot, selection.team);
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  const cell = (value: number | string | null | undefined): string | number => (value === null || value === undefined ? '' : value);
  for (const o of snapshot.objectives) {
    if (selection.period !== undefined && o.period !== selection.period) continue;
    if (teams && !teams.has(o.team)) continue;
    const common = {
      period: o.period,
      team: o.team,
      objective: o.title,
      owner: cell(o.owner),
      'objective id': o.id,
      score: o.score,
      grade: o.grade,
      status: o.status,
      forecast: cell(o.forecast),
      kind: o.kind,
      parent: cell(o.parent),
    };
    // An umbrella objective has no key results: one row, so the sheet still lists it.
    const krs = o.keyResults.length > 0 ? o.keyResults : [null];
    for (const kr of krs) {
      const row: Record<CsvColumn, string | number> = {
        ...common,
        'key result': kr ? kr.title : '',
        start: cell(kr?.start),
        target: cell(kr?.target),
        current: cell(kr?.current),
        unit: cell(kr?.unit),
        'key result id': kr ? kr.id : '',
        progress: kr ? kr.progress : '',
        'key result status': kr ? kr.status : '',
        confidence: cell(kr?.confidence),
      };
      rows.push(CSV_COLUMNS.map((column) => row[column]));
    }
  }
  return stringify(rows, { cast: { number: (n) => String(n) } });
}
