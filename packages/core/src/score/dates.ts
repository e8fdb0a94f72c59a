import { daysInMonth, digitsAt } from '../calendar.js';

const MS_PER_DAY = 86_400_000;
const DASH = 45;

/**
 * Whole days since 1970-01-01 (UTC) for an ISO `YYYY-MM-DD` date.
 * Plain calendar arithmetic rather than `Date`: scoring calls this for every date it touches,
 * and 10,000 objectives must score in milliseconds.
 */
export function toDay(iso: string): number {
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH || year < 0 || month < 0 || day < 0) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  }
  // A rolled-over date (2026-02-30 read as March 2nd) would silently shift every score.
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Not a real calendar date: "${iso}"`);
  }
  return daysFromCivil(year, month, day);
}

/** The ISO date of a day number; the inverse of `toDay`. */
export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Signed whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return toDay(b) - toDay(a);
}

/**
 * Howard Hinnant's days_from_civil: counts from a year that starts in March, so the leap day
 * falls at the end of the year and every other month has a fixed offset.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
