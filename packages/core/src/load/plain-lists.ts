import type { Checkin } from '../schema/objective.js';
import type { Measurement } from '../schema/kpi.js';
import { isAmount } from '../schema/number-bounds.js';
import { isIsoDate } from '../schema/primitives.js';
import type { DayTexts } from '../source/day-text.js';
import { isRecord } from '../is-record.js';

/**
 * Check-ins and inline measurements are most of the values of a large repository (200,000
 * check-ins and 365,000 measurements in the benchmark's), and checking them one by one through
 * their zod schemas takes longer than everything else in the files together. These predicates
 * tell, much faster, that an entry is one the schema takes as it is: every field known, of its
 * type and in its range, nothing to fill in. A list made only of such entries is set aside
 * while the rest of the file goes through the schema, then put back; any other list goes
 * through the schema with the file, so every problem is still found and worded by it. A test
 * holds each predicate to its schema: whatever it passes, the schema passes unchanged.
 */
export function isPlainCheckin(entry: unknown, days?: DayTexts): entry is Checkin {
  if (!isRecord(entry)) return false;
  const { date, value, confidence, note, by } = entry;
  if (!isDate(date, days) || !(typeof value === 'boolean' || isFiniteNumber(value))) return false;
  let fields = 2;
  if (confidence !== undefined) {
    if (!(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) return false;
    fields += 1;
  }
  if (note !== undefined) {
    if (typeof note !== 'string') return false;
    fields += 1;
  }
  if (by !== undefined) {
    if (!(typeof by === 'string' && by.length > 0)) return false;
    fields += 1;
  }
  return fieldCount(entry) === fields;
}

/** As `isPlainCheckin`, for a KPI's measurement. */
export function isPlainMeasurement(entry: unknown, days?: DayTexts): entry is Measurement {
  if (!isRecord(entry)) return false;
  const { date, value, note } = entry;
  if (!isDate(date, days) || !isFiniteNumber(value)) return false;
  if (note === undefined) return fieldCount(entry) === 2;
  return typeof note === 'string' && fieldCount(entry) === 3;
}

function isDate(field: unknown, days: DayTexts | undefined): boolean {
  // Dates read from YAML and CSV are mostly the load's shared strings: found, not parsed.
  return typeof field === 'string' && (days?.has(field) === true || isIsoDate(field));
}

// AmountSchema refuses NaN, ±Infinity and anything beyond ±1e15.
function isFiniteNumber(field: unknown): boolean {
  return typeof field === 'number' && isAmount(field);
}

/**
 * The fields an entry has, inherited enumerable ones included: with every field it may have
 * checked above, one more means a field the schema does not know.
 */
function fieldCount(entry: object): number {
  // for…in instead of Object.keys: no array per entry.
  let count = 0;
  for (const _ in entry) count += 1;
  return count;
}

function allPlain(list: unknown, plain: (entry: unknown, days?: DayTexts) => boolean, days: DayTexts | undefined): list is unknown[] {
  if (!Array.isArray(list) || list.length === 0) return false;
  for (const entry of list) if (!plain(entry, days)) return false;
  return true;
}

export interface SetAside<T> {
  /** The value to check: the file's, with its plain lists emptied (a copy where needed). */
  value: unknown;
  /** Puts the lists back into what the schema made of that value. */
  restore(data: T): T;
}

type WithCheckins = { key_results: { checkins: unknown[] }[] };

/**
 * An objective's value with the check-ins of each key result set aside where they are plain;
 * `days`, the load's shared date strings, tells most dates at a glance.
 */
export function setAsideCheckins<T extends WithCheckins>(value: unknown, days?: DayTexts): SetAside<T> | null {
  if (!isRecord(value) || !Array.isArray(value.key_results)) return null;
  const keyResults = value.key_results as unknown[];
  const lists = keyResults.map((kr) => (isRecord(kr) && allPlain(kr.checkins, isPlainCheckin, days) ? (kr.checkins as Checkin[]) : undefined));
  if (lists.every((list) => list === undefined)) return null;
  const lighter = { ...value, key_results: keyResults.map((kr, i) => (lists[i] ? { ...(kr as object), checkins: [] } : kr)) };
  return {
    value: lighter,
    restore(data) {
      data.key_results.forEach((kr, i) => {
        const list = lists[i];
        if (list) kr.checkins = list;
      });
      return data;
    },
  };
}

/** A KPI's value with its inline measurements set aside where they are plain. */
export function setAsideMeasurements<T extends { measurements: Measurement[] }>(value: unknown, days?: DayTexts): SetAside<T> | null {
  if (!isRecord(value) || !allPlain(value.measurements, isPlainMeasurement, days)) return null;
  const list = value.measurements as Measurement[];
  return {
    value: { ...value, measurements: [] },
    restore(data) {
      data.measurements = list;
      return data;
    },
  };
}
