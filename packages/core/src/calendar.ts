/**
 * Calendar arithmetic for ISO `YYYY-MM-DD` dates, shared by the schemas (is this a real day?)
 * and scoring (which day is it?). Digits are read in place rather than sliced out or matched by
 * a regex, and no `Date` is made: a large repository holds a million dates.
 */
const ZERO = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
