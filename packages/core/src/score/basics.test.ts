import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  colour,
  daysBetween,
  expectedProgress,
  fromDay,
  grade,
  linearFit,
  periodPhase,
  toDay,
  weightedMean,
} from './index.js';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };

describe('dates', () => {
  it('counts whole UTC days from the epoch and back', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('1970-01-02')).toBe(1);
    expect(fromDay(toDay('2028-02-29'))).toBe('2028-02-29');
    expect(toDay('2000-02-29')).toBe(11_016);
    expect(fromDay(-1)).toBe('1969-12-31');
  });

  it('measures a period end-inclusive as written and across a leap day', () => {
    expect(daysBetween(Q4.start, Q4.end)).toBe(91);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-15', '2026-10-01')).toBe(-45);
  });

  it('agrees with Date on every day from 1899 to 2101', () => {
    const wrong: string[] = [];
    for (let day = toDay('1899-01-01'); day <= toDay('2101-12-31'); day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (toDay(iso) !== day) wrong.push(iso);
    }
    expect(wrong).toEqual([]);
  });

  it('rejects malformed and rolled-over dates instead of shifting scores', () => {
    expect(() => toDay('2026-02-30')).toThrow(RangeError);
    expect(() => toDay('2100-02-29')).toThrow(RangeError);
    expect(() => toDay('2026-13-01')).toThrow(RangeError);
    expect(() => toDay('2026-1-5')).toThrow(RangeError);
    expect(() => toDay('2026-01-05T00:00')).toThrow(RangeError);
    expect(() => toDay('2026/01/05')).toThrow(RangeError);
    expect(() => toDay('')).toThrow(RangeError);
  });
});

describe('expected progress and period phase', () => {
  it('is 0 before and on the start day, 1 on the end day and after', () => {
    expect(expectedProgress(Q4, '2026-09-15')).toBe(0);
    expect(expectedProgress(Q4, '2026-10-01')).toBe(0);
    expect(expectedProgress(Q4, '2026-12-31')).toBe(1);
    expect(expectedProgress(Q4, '2027-02-01')).toBe(1);
  });

  it('treats start and end day as during the period', () => {
    expect(periodPhase(Q4, '2026-09-30')).toBe('before');
    expect(periodPhase(Q4, '2026-10-01')).toBe('during');
    expect(periodPhase(Q4, '2026-12-31')).toBe('during');
    expect(periodPhase(Q4, '2027-01-01')).toBe('after');
  });

  it('handles a one-day period without dividing by zero', () => {
    const day = { start: '2026-10-01', end: '2026-10-01' };
    expect(expectedProgress(day, '2026-10-01')).toBe(1);
    expect(expectedProgress(day, '2026-09-30')).toBe(0);
  });
});

describe('grade', () => {
  it('rounds half up to one decimal', () => {
    expect(grade(0.65)).toBe(0.7);
    expect(grade(0.35)).toBe(0.4);
    expect(grade(0.6667)).toBe(0.7);
    expect(grade(0.64)).toBe(0.6);
    expect(grade(0.95)).toBe(1);
    expect(grade(0)).toBe(0);
  });

  it('is not pulled below a half by floating-point error', () => {
    // 0.15 * 10 === 1.4999999999999998 and 0.45 * 10 === 4.5 only by luck.
    expect(grade(0.15)).toBe(0.2);
    expect(grade(0.7 - 0.05)).toBe(0.7);
    expect(grade(0.1 + 0.2 + 0.05)).toBe(0.4);
  });
});

describe('colour', () => {
  it('is taken from the grade for aspirational objectives', () => {
    expect(colour(0.65, 'aspirational')).toBe('green'); // grade 0.7
    expect(colour(0.64, 'aspirational')).toBe('yellow');
    expect(colour(0.35, 'aspirational')).toBe('yellow'); // grade 0.4
    expect(colour(0.34, 'aspirational')).toBe('red');
  });

  it('is green for a committed objective only at grade 1.0', () => {
    expect(colour(0.8, 'committed')).toBe('yellow');
    expect(colour(0.9, 'committed')).toBe('yellow');
    expect(colour(1, 'committed')).toBe('green');
    expect(colour(0.3, 'committed')).toBe('red');
  });

  it('follows configured grade thresholds', () => {
    const strict = { ...DEFAULT_SETTINGS, grades: { green: 0.8, yellow: 0.5 } };
    expect(colour(0.7, 'aspirational', strict)).toBe('yellow');
    expect(colour(0.4, 'aspirational', strict)).toBe('red');
  });
});

describe('linearFit and weightedMean', () => {
  it('recovers a straight line exactly', () => {
    const fit = linearFit([
      { x: 20_000, y: 3 },
      { x: 20_010, y: 23 },
      { x: 20_020, y: 43 },
    ]);
    expect(fit?.slope).toBeCloseTo(2, 10);
    expect((fit?.slope ?? 0) * 20_030 + (fit?.intercept ?? 0)).toBeCloseTo(63, 6);
  });

  it('has no line through fewer than two points or a single x', () => {
    expect(linearFit([{ x: 1, y: 1 }])).toBeNull();
    expect(
      linearFit([
        { x: 5, y: 1 },
        { x: 5, y: 9 },
      ]),
    ).toBeNull();
  });

  it('weights values, returns null when empty and a plain mean when all weights are 0', () => {
    expect(weightedMean([])).toBeNull();
    expect(
      weightedMean([
        { value: 1, weight: 3 },
        { value: 0, weight: 1 },
      ]),
    ).toBe(0.75);
    expect(
      weightedMean([
        { value: 1, weight: 0 },
        { value: 0, weight: 0 },
      ]),
    ).toBe(0.5);
  });
});
