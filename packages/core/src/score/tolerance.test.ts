import { describe, expect, it } from 'vitest';
import { scoreKpi, type KpiInput } from './index.js';

const daily = (values: number[]) => values.map((value, i) => ({ date: `2026-11-0${i + 1}`, value }));

function trendOf(partial: Partial<KpiInput> & { series: KpiInput['series'] }) {
  const { trend, trendChange } = scoreKpi({ direction: 'increase', target: 2, ...partial }, '2026-11-10');
  return { trend, trendChange };
}

describe('KPI trend boundaries share the one tolerance that grades and pace use', () => {
  it('is flat at exactly +2 %: 0.99, 1, 1.01 rise by 0.02 around a mean of 1', () => {
    const { trend, trendChange } = trendOf({ series: daily([0.99, 1, 1.01]) });
    expect(trend).toBe('flat');
    expect(trendChange).toBeCloseTo(0.02, 12);
  });

  it('is flat at exactly -2 % too', () => {
    expect(trendOf({ series: daily([1.01, 1, 0.99]) }).trend).toBe('flat');
    expect(trendOf({ direction: 'decrease', series: daily([0.99, 1, 1.01]) }).trend).toBe('flat');
  });

  it('takes a window mean that is 0 up to rounding (0.1, -0.21, 0.11) as 0: the change itself, 0.01', () => {
    const { trend, trendChange } = trendOf({ series: daily([0.1, -0.21, 0.11]) });
    expect(trendChange).toBeCloseTo(0.01, 12);
    expect(trend).toBe('flat');
  });

  it('calls a range KPI that stays inside its band flat, even when its line ends a rounding error past an edge', () => {
    const band = { min: 0.1, max: 0.3 };
    // Moving about inside the band is no change in distance from it: 0, not the old -50 % for leaving the middle.
    for (const values of [[0.15, 0.2, 0.25], [0.25, 0.2, 0.15]]) {
      expect(trendOf({ direction: 'range', target: band, series: daily(values) })).toEqual({ trend: 'flat', trendChange: 0 });
    }
    // Edge to edge: the fitted ends land at 0.30000000000000004 and 0.09999999999999998.
    const across = trendOf({ direction: 'range', target: band, series: daily([0.3, 0.2, 0.1]) });
    expect(across.trend).toBe('flat');
    expect(Math.abs(across.trendChange ?? 1)).toBeLessThan(1e-12);
  });

  it('still tells a move just past ±2 % from flat', () => {
    expect(trendOf({ series: daily([0.985, 1, 1.015]) }).trend).toBe('improving');
    expect(trendOf({ series: daily([1.015, 1, 0.985]) }).trend).toBe('worsening');
  });
});
