import type { CachedKind } from '../load/checked-cache.js';

/**
 * Measurement lists make up most of a cache: a KPI with two years of daily values holds 730
 * `{ date, value }` objects. Stored as columns (the dates joined by commas, the values as one
 * array, the few notes by index) they read back two to three times faster than as JSON
 * objects. A list with any other shape of item is stored as it is.
 */
const MARK = '\u0000dated';

type Dated = { date: string; value: number; note?: string };

export function encodeColumns(kind: CachedKind, value: unknown): unknown {
  if (kind === 'measurements') return encodeList(value);
  if (kind === 'kpi' && isObject(value) && Array.isArray(value.measurements)) return { ...value, measurements: encodeList(value.measurements) };
  return value;
}

export function decodeColumns(kind: CachedKind, value: unknown): unknown {
  if (kind === 'measurements') return decodeList(value);
  if (kind === 'kpi' && isObject(value)) value.measurements = decodeList(value.measurements);
  return value;
}

function encodeList(list: unknown): unknown {
  if (!Array.isArray(list) || list.length === 0 || !list.every(isPlainMeasurement)) return list;
  const dated = list as Dated[];
  const notes: Record<number, string> = {};
  dated.forEach((m, index) => {
    if (m.note !== undefined) notes[index] = m.note;
  });
  return [MARK, dated.map((m) => m.date).join(','), dated.map((m) => m.value), notes];
}

function decodeList(list: unknown): unknown {
  if (!Array.isArray(list) || list[0] !== MARK) return list;
  const dates = (list[1] as string).split(',');
  const values = list[2] as number[];
  const notes = list[3] as Record<number, string>;
  const out: Dated[] = new Array(dates.length);
  for (let i = 0; i < dates.length; i += 1) {
    const note = notes[i];
    out[i] = note === undefined ? { date: dates[i] as string, value: values[i] as number } : { date: dates[i] as string, value: values[i] as number, note };
  }
  return out;
}

/** `{ date, value }` or `{ date, value, note }` in that order, as the schema and the CSV reader make them. */
function isPlainMeasurement(item: unknown): boolean {
  if (!isObject(item) || typeof item.date !== 'string' || typeof item.value !== 'number' || item.date.includes(',')) return false;
  const keys: string[] = [];
  for (const key in item) keys.push(key);
  if (keys.length === 2) return keys[0] === 'date' && keys[1] === 'value';
  return keys.length === 3 && keys[0] === 'date' && keys[1] === 'value' && keys[2] === 'note' && typeof item.note === 'string';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
