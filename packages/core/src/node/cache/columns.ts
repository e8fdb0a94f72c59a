import { isRecord } from '../../is-record.js';
import type { CachedKind } from '../../load/checked-cache.js';

/**
 * Dated lists make up most of a cache: a KPI with two years of daily values holds 730
 * measurements, an objective dozens of check-ins. Stored as columns (the dates joined by commas,
 * then one column per other field: an array with null where an item lacks the field, or, for a
 * field most items lack, an object of index → value) they read back two to three times faster
 * than as JSON objects, and take less room. A list is stored this way only when
 * every item has `date` and `value` first and then only known fields, in the schema's order,
 * with plain values; anything else is stored as it is.
 */
const MARK = '\u0000columns';
const MEASUREMENT = ['date', 'value', 'note'] as const;
const CHECKIN = ['date', 'value', 'confidence', 'note', 'by'] as const;

type Cell = string | number | boolean;
type Item = Record<string, Cell>;
/** Dense: one cell per item, null for none. Sparse: only the items that have the field. */
type Column = (Cell | null)[] | Record<number, Cell>;
type Columns = [typeof MARK, string[], string, ...Column[]];

export function encodeColumns(kind: CachedKind, value: unknown): unknown {
  if (kind === 'measurements') return encodeList(value, MEASUREMENT);
  if (kind === 'kpi' && isRecord(value) && Array.isArray(value.measurements)) {
    return Object.assign({}, value, { measurements: encodeList(value.measurements, MEASUREMENT) });
  }
  if (kind === 'objective' && isRecord(value) && Array.isArray(value.key_results)) {
    const keyResults = value.key_results.map((kr: unknown) =>
      isRecord(kr) && Array.isArray(kr.checkins) ? Object.assign({}, kr, { checkins: encodeList(kr.checkins, CHECKIN) }) : kr,
    );
    return Object.assign({}, value, { key_results: keyResults });
  }
  return value;
}

/** The inverse of `encodeColumns`; works in place on the freshly parsed value. */
export function decodeColumns(kind: CachedKind, value: unknown): unknown {
  if (kind === 'measurements') return decodeList(value);
  if (kind === 'kpi' && isRecord(value)) value.measurements = decodeList(value.measurements);
  if (kind === 'objective' && isRecord(value) && Array.isArray(value.key_results)) {
    for (const kr of value.key_results as unknown[]) if (isRecord(kr)) kr.checkins = decodeList(kr.checkins);
  }
  return value;
}

function encodeList(list: unknown, fields: readonly string[]): unknown {
  if (!Array.isArray(list) || list.length === 0) return list;
  const rest = fields.slice(1);
  const dates: string[] = new Array(list.length);
  const dense: (Cell | null)[][] = rest.map(() => new Array<Cell | null>(list.length).fill(null));
  const present: number[] = rest.map(() => 0);
  // One pass: check each item and fill every column.
  for (let i = 0; i < list.length; i += 1) {
    const item: unknown = list[i];
    if (!fitsColumns(item, fields)) return list;
    const cells = item as Item;
    dates[i] = cells.date as string;
    for (let f = 0; f < rest.length; f += 1) {
      const cell = cells[rest[f] as string];
      if (cell !== undefined) {
        (dense[f] as (Cell | null)[])[i] = cell;
        present[f] = (present[f] as number) + 1;
      }
    }
  }
  const columns: Columns = [MARK, rest, dates.join(',')];
  rest.forEach((_, f) => {
    const column = dense[f] as (Cell | null)[];
    if ((present[f] as number) * 2 >= list.length) {
      columns.push(column);
      return;
    }
    const sparse: Record<number, Cell> = {};
    column.forEach((cell, index) => {
      if (cell !== null) sparse[index] = cell;
    });
    columns.push(sparse);
  });
  return columns;
}

function decodeList(list: unknown): unknown {
  if (!Array.isArray(list) || list[0] !== MARK) return list;
  const [, rest, joined, ...columns] = list as Columns;
  const dates = joined.split(',');
  const values = columns[0] as Cell[];
  const out: Item[] = new Array(dates.length);
  for (let i = 0; i < dates.length; i += 1) out[i] = { date: dates[i] as string, value: values[i] as Cell };
  // Then field by field, in the schema's order, so every item gets its fields in the order it
  // had when first read (and the same shape); a sparse column touches only its few items.
  for (let f = 1; f < rest.length; f += 1) {
    const field = rest[f] as string;
    const column = columns[f] as Column;
    if (Array.isArray(column)) {
      for (let i = 0; i < column.length; i += 1) {
        const cell = column[i];
        if (cell !== null && cell !== undefined) (out[i] as Item)[field] = cell;
      }
    } else {
      for (const index in column) (out[Number(index)] as Item)[field] = column[Number(index)] as Cell;
    }
  }
  return out;
}

/** `date` and `value` first, then only fields of `fields`, in that order, with plain values. */
function fitsColumns(item: unknown, fields: readonly string[]): boolean {
  if (!isRecord(item) || typeof item.date !== 'string' || item.date.includes(',')) return false;
  let next = 0;
  for (const key in item) {
    while (next < fields.length && fields[next] !== key) {
      // date and value may not be skipped
      if (next < 2) return false;
      next += 1;
    }
    if (next === fields.length) return false;
    const cell = item[key];
    if (typeof cell !== 'string' && typeof cell !== 'number' && typeof cell !== 'boolean') return false;
    next += 1;
  }
  return next >= 2;
}
