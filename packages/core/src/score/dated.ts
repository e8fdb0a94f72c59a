import { dayIn, type ScoringRun } from './scoring-run.js';
import type { DatedValue } from './types.js';

/**
 * A KPI's years of daily values are read by every key result that links it. What is true of
 * such a long list (in date order, every item plain) is checked once per scoring run, not once
 * per reader: the run remembers the list with its length then, so a list that grew is checked
 * again.
 */
const LONG = 64;

function holds<T extends object>(memo: WeakMap<readonly object[], number>, items: readonly T[], test: (items: readonly T[]) => boolean): boolean {
  if (items.length < LONG) return test(items);
  if (memo.get(items) === items.length) return true;
  if (!test(items)) return false;
  memo.set(items, items.length);
  return true;
}

function isInDateOrder<T extends { date: string }>(items: readonly T[]): boolean {
  for (let i = 1; i < items.length; i += 1) if ((items[i - 1] as T).date > (items[i] as T).date) return false;
  return true;
}

/**
 * Sorted by date; items on the same date keep their file order, so the last of a day is
 * "the later one in the file" that the tie rule asks for. ISO dates sort as text, and a list
 * that is already in order (KPI series are) costs one pass, not a sort.
 */
export function byDate<T extends { date: string }>(run: ScoringRun, items: readonly T[]): readonly T[] {
  if (holds(run.inOrder, items, isInDateOrder)) return items;
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date < b.item.date ? -1 : a.item.date > b.item.date ? 1 : a.index - b.index))
    .map((entry) => entry.item);
}

/**
 * Day numbers of a long date-sorted list, made once per list and run: a KPI's years of daily
 * values are searched by every key result that links it, and reading dates is most of a
 * search's work. A list whose length changed gets new ones.
 */
function daysOf<T extends { date: string }>(run: ScoringRun, sorted: readonly T[]): Int32Array {
  let days = run.dayNumbers.get(sorted);
  if (days?.length !== sorted.length) {
    days = new Int32Array(sorted.length);
    for (let i = 0; i < sorted.length; i += 1) days[i] = dayIn(run, (sorted[i] as T).date);
    run.dayNumbers.set(sorted, days);
  }
  return days;
}

/** Index of the first item of a date-sorted list dated on or after `day` (binary search). */
function firstOnOrAfter<T extends { date: string }>(run: ScoringRun, sorted: readonly T[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  if (sorted.length >= LONG) {
    const days = daysOf(run, sorted);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((days[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (dayIn(run, (sorted[mid] as T).date) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of a date-sorted list dated within `[from, to]` (day numbers, both inclusive). */
export function withinDays<T extends { date: string }>(run: ScoringRun, sorted: readonly T[], from: number, to: number): T[] {
  const [start, end] = rangeOfDays(run, sorted, from, to);
  return sorted.slice(start, end);
}

/** The index range `[start, end)` of the items of a date-sorted list dated within `[from, to]`. */
export function rangeOfDays<T extends { date: string }>(run: ScoringRun, sorted: readonly T[], from: number, to: number): [number, number] {
  if (to < from) return [0, 0];
  const start = from === Number.NEGATIVE_INFINITY ? 0 : firstOnOrAfter(run, sorted, from);
  const end = to === Number.POSITIVE_INFINITY ? sorted.length : firstOnOrAfter(run, sorted, to + 1);
  return [start, Math.max(start, end)];
}

/** Day numbers of a long date-sorted list (made once per list), or null for a short one. */
export function dayNumbersOf<T extends { date: string }>(run: ScoringRun, sorted: readonly T[]): Int32Array | null {
  return sorted.length >= LONG ? daysOf(run, sorted) : null;
}

/** The last item of a date-sorted list dated on or before `day`, without copying the list. */
export function lastOnOrBefore<T extends { date: string }>(run: ScoringRun, sorted: readonly T[], day: number): T | undefined {
  const index = firstOnOrAfter(run, sorted, day + 1) - 1;
  return index >= 0 ? sorted[index] : undefined;
}

/** Items of a date-sorted list dated on or before `to`. */
export function upToDay<T extends { date: string }>(run: ScoringRun, sorted: readonly T[], to: number): T[] {
  return withinDays(run, sorted, Number.NEGATIVE_INFINITY, to);
}

/** Numeric check-in values only: booleans belong to milestones and mean nothing on a scale. */
export function numericValues(checkins: readonly { date: string; value: number | boolean }[]): DatedValue[] {
  const numeric: DatedValue[] = [];
  for (const c of checkins) if (typeof c.value === 'number') numeric.push({ date: c.date, value: c.value });
  return numeric;
}

/**
 * The items as plain `{ date, value }`, sharing each item that already is exactly that:
 * a KPI's daily values are read by many key results, and a copy per reader would double them.
 */
export function plainDated(items: readonly DatedValue[]): DatedValue[] {
  return items.map((item) => (onlyDateAndValue(item) ? item : { date: item.date, value: item.value }));
}

/** `plainDated` of `items.slice(start, end)`; a long list is checked once, not per reader. */
export function plainSlice(run: ScoringRun, items: readonly DatedValue[], start: number, end: number): DatedValue[] {
  const part = items.slice(start, end);
  return holds(run.allPlain, items, (all) => all.every(onlyDateAndValue)) ? part : plainDated(part);
}

function onlyDateAndValue(item: DatedValue): boolean {
  // for…in instead of Object.keys: no array per item.
  let fields = 0;
  for (const _ in item) fields += 1;
  return fields === 2;
}
