import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, civilOfDay, dayIn, dayOfCivil, daysBetween, fromDay, isIsoDay, isoDayProblem, isTimeZone, toDay } from './calendar.js';

const DAY_MS = 86_400_000;
/** Day numbers from 1600 to 2400: leap centuries and ordinary ones. */
const dayNumber = fc.integer({ min: -135_000, max: 157_000 });

describe('the calendar', () => {
  it('agrees with Date on the day number of every day, both ways', () => {
    fc.assert(
      fc.property(dayNumber, (day) => {
        const iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
        expect(toDay(iso)).toBe(day);
        expect(fromDay(day)).toBe(iso);
        const { year, month, day: date } = civilOfDay(day);
        expect([year, month, date]).toEqual([Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))]);
        expect(dayOfCivil(year, month, date)).toBe(day);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('runs a month past 12 or below 1 on into the next or previous year', () => {
    expect(fromDay(dayOfCivil(2026, 13, 1))).toBe('2027-01-01');
    expect(fromDay(dayOfCivil(2026, 25, 1))).toBe('2028-01-01');
    expect(fromDay(dayOfCivil(2026, 0, 1))).toBe('2025-12-01');
    expect(fromDay(dayOfCivil(2026, -11, 1))).toBe('2025-01-01');
  });

  it('adds days across month, year and leap-day ends, and counts the days between', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-10-01', '2026-12-31')).toBe(91);
    expect(daysBetween('2026-12-31', '2026-10-01')).toBe(-91);
  });

  it.each([
    ['2026-10-03', null],
    ['2024-02-29', null],
    ['2000-02-29', null],
    ['2026-02-29', 'no-such-day'],
    ['1900-02-29', 'no-such-day'],
    ['2026-02-30', 'no-such-day'],
    ['2026-13-01', 'no-such-day'],
    ['2026-00-10', 'no-such-day'],
    ['2026-10-00', 'no-such-day'],
    ['2026-1-03', 'shape'],
    ['2026/10/03', 'shape'],
    ['03-10-2026', 'shape'],
    ['2026-10-03T00:00', 'shape'],
    ['２０２６-10-03', 'shape'],
    ['', 'shape'],
  ] as const)('says what keeps %j from being a day: %s', (text, problem) => {
    expect(isoDayProblem(text)).toBe(problem);
    expect(isIsoDay(text)).toBe(problem === null);
  });

  it('refuses a text that is no day with the RangeError scoring reports', () => {
    expect(() => toDay('2026-02-30')).toThrow(new RangeError('Not a real calendar date: "2026-02-30"'));
    expect(() => toDay('2026/10/03')).toThrow(new RangeError('Not an ISO date (YYYY-MM-DD): "2026/10/03"'));
  });
});

describe('dayIn: the calendar day at an instant, in a time zone', () => {
  it('is the UTC day without a zone, and the local day with one', () => {
    // 01:06 UTC on a Tuesday is still Monday evening in Los Angeles, and already Tuesday morning in Tokyo.
    const instant = new Date('2026-12-08T01:06:00Z');
    expect(dayIn(instant)).toBe('2026-12-08');
    expect(dayIn(instant, 'UTC')).toBe('2026-12-08');
    expect(dayIn(instant, 'America/Los_Angeles')).toBe('2026-12-07');
    expect(dayIn(new Date('2026-12-31T20:30:00Z'), 'Asia/Tokyo')).toBe('2027-01-01');
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Europe/Berln')).toBe(false);
  });
});
