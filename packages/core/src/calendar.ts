/**
 * @cairn/core/calendar — days of the calendar written `YYYY-MM-DD`: is this a day, which day
 * number is it, what is n days later. One module for the schemas, scoring, the CLI and the
 * elements, so they all agree on what a day is. It imports nothing, so a page pays only for
 * these few functions. Digits are read in place rather than sliced out or matched by a regex,
 * and no `Date` is made where a number will do: a large repository holds a million dates.
 */
const ZERO = 48;
const DASH = 45;
const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day of the calendar by its parts: month 1–12, day 1–31. */
export interface CivilDay {
  year: number;
  month: number;
  day: number;
}

/** The number written in `text[from..to)`, or -1 when a character there is not a digit. */
export function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 31);
}

/** Whether a date already shaped `YYYY-MM-DD` names a day that exists (no 2026-02-30). */
export function isRealDate(iso: string): boolean {
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * What keeps a text from being a day: `shape` when it is not written `YYYY-MM-DD` (ASCII
 * digits), `no-such-day` when it is but names no day (2026-02-30, 2026-13-01); null for a day.
 */
export function isoDayProblem(text: string): 'shape' | 'no-such-day' | null {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return 'shape';
  if (digitsAt(text, 0, 4) < 0 || digitsAt(text, 5, 7) < 0 || digitsAt(text, 8, 10) < 0) return 'shape';
  return isRealDate(text) ? null : 'no-such-day';
}

/** Whether the text is a day written `YYYY-MM-DD`. */
export function isIsoDay(text: string): boolean {
  return isoDayProblem(text) === null;
}

/**
 * Whole days since 1970-01-01 of a day written `YYYY-MM-DD`; a RangeError for anything else,
 * a rolled-over date (2026-02-30 read as March 2nd) included, which would shift every score.
 */
export function toDay(iso: string): number {
  // The digits are read once: scoring asks for the day of every date it touches.
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH || year < 0 || month < 0 || day < 0) {
    throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`Not a real calendar date: "${iso}"`);
  return daysFromCivil(year, month, day);
}

/** The day written `YYYY-MM-DD` of a day number; the inverse of `toDay`. */
export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The day `days` after `iso` (before it, for a negative number). */
export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** Signed whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return toDay(b) - toDay(a);
}

/** The day number of a year, month and day; a month past 12 (or below 1) runs on into the next (or previous) year. */
export function dayOfCivil(year: number, month: number, day: number): number {
  const carry = Math.floor((month - 1) / 12);
  return daysFromCivil(year + carry, month - carry * 12, day);
}

/**
 * Howard Hinnant's days_from_civil, for a month 1–12: counts from a year that starts in March,
 * so the leap day falls at the end of the year and every other month has a fixed offset.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The year, month (1–12) and day of a day number; the inverse of `dayOfCivil` (Hinnant's civil_from_days). */
export function civilOfDay(dayNumber: number): CivilDay {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True for a time zone the platform knows by its IANA name ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day it is at `now` in `timeZone` (UTC when none is given): a Monday evening in
 * Los Angeles is still Monday there, though it is Tuesday in UTC.
 */
export function dayIn(now: Date, timeZone?: string): string {
  if (timeZone === undefined) return now.toISOString().slice(0, 10);
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
