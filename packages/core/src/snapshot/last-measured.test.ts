import { describe, expect, it } from 'vitest';
import { lastMeasuredOn } from './last-measured.js';

describe('lastMeasuredOn', () => {
  it('is the latest measurement’s day when the snapshot has it', () => {
    expect(lastMeasuredOn({ latest: { date: '2026-10-31' }, daysSinceLatest: 15 }, '2026-11-15')).toBe('2026-10-31');
  });

  it('counts back from the as-of day when the values are left out, across a month and a year', () => {
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: 15 }, '2026-11-15')).toBe('2026-10-31');
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: 0 }, '2026-11-15')).toBe('2026-11-15');
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: 31 }, '2027-01-10')).toBe('2026-12-10');
  });

  it('is null for a KPI never measured, or without a day to count from', () => {
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: null }, '2026-11-15')).toBeNull();
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: 15 }, null)).toBeNull();
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: 15 }, '2026-02-30')).toBeNull();
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: -1 }, '2026-11-15')).toBeNull();
    expect(lastMeasuredOn({ latest: null, daysSinceLatest: 1.5 }, '2026-11-15')).toBeNull();
  });
});
