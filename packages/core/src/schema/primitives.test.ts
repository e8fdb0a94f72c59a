import { describe, expect, it } from 'vitest';
import { isRealDate } from './primitives.js';

describe('isRealDate', () => {
  it('agrees with the calendar for every day from 1999 to 2101, and the days that do not exist', () => {
    for (let t = Date.UTC(1999, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (!isRealDate(iso)) throw new Error(`${iso} should be real`);
    }
    expect(['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'].filter(isRealDate)).toEqual([]);
    expect(['2024-02-29', '2000-02-29'].every(isRealDate)).toBe(true);
  });
});
