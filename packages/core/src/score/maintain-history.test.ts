import { describe, expect, it } from 'vitest';
import { scoreKeyResult } from './index.js';

const q4 = { start: '2026-10-01', end: '2026-12-31' };
const series = [
  { date: '2026-08-31', value: 99.1 },
  { date: '2026-09-30', value: 99.95 },
  { date: '2026-10-31', value: 99.92 },
  { date: '2026-11-30', value: 99.97 },
];

describe('maintain history', () => {
  it('from a KPI holds the in-period values up to the as-of date, not years of series', () => {
    const score = scoreKeyResult({ type: 'maintain', target: 99.9, direction: 'increase', checkins: [], kpiSeries: series }, q4, '2026-11-15');
    expect(score.history).toEqual([{ date: '2026-10-31', value: 99.92 }]);
    expect(score.current).toBe(99.92);
    expect(score.heldShare).toBe(1);
  });

  it('from check-ins holds every check-in up to the as-of date', () => {
    const checkins = [
      { date: '2026-09-28', value: 3 },
      { date: '2026-10-15', value: 1 },
      { date: '2026-11-20', value: 5 },
    ];
    const score = scoreKeyResult({ type: 'maintain', target: 2, direction: 'decrease', checkins }, q4, '2026-11-15');
    expect(score.history.map((h) => h.date)).toEqual(['2026-09-28', '2026-10-15']);
    expect(score.progress).toBe(1);
  });
});
