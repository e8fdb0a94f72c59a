import { describe, expect, it } from 'vitest';
import { scoreKeyResult, scoreKpi, scoreObjectives, weightedMean, type ObjectiveInput } from './index.js';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const AS_OF = '2026-11-15';

describe('scoring stays finite for numbers near the largest double', () => {
  it('averages weights of 1e308 by their proportions instead of overflowing to NaN', () => {
    expect(
      weightedMean([
        { value: 1, weight: 1e308 },
        { value: 0, weight: 1e308 },
      ]),
    ).toBe(0.5);
    expect(
      weightedMean([
        { value: 1, weight: 1.5e308 },
        { value: 0, weight: 0.5e308 },
      ]),
    ).toBeCloseTo(0.75, 12);
    expect(
      weightedMean([
        { value: 0.2, weight: Number.MAX_VALUE },
        { value: 1, weight: 1 },
      ]),
    ).toBeCloseTo(0.2, 12);
  });

  it('rolls objectives weighted 1e308 into an umbrella without scoring it 0', () => {
    const objective = (id: string, partial: Partial<ObjectiveInput>): ObjectiveInput => ({ id, kind: 'aspirational', weight: 1, period: Q4, keyResults: [], ...partial });
    const scores = scoreObjectives(
      [
        objective('umbrella', {}),
        objective('a', {
          parent: 'umbrella',
          weight: 1e308,
          keyResults: [
            { weight: 1e308, progress: 1, forecast: 1 },
            { weight: 1e308, progress: 0.5, forecast: null },
          ],
        }),
        objective('b', { parent: 'umbrella', weight: 1e308, keyResults: [{ weight: 1, progress: 0.5, forecast: 0.5 }] }),
      ],
      AS_OF,
    );
    expect(scores.get('a')?.score).toBe(0.75);
    expect(scores.get('umbrella')?.score).toBeCloseTo(0.625, 12);
    expect(scores.get('umbrella')?.forecast).toBeCloseTo(0.625, 12);
  });

  it('measures progress from -1.7e308 to 1.7e308: three quarters of the way is 0.75, not 0', () => {
    const kr = scoreKeyResult(
      {
        type: 'metric',
        start: -1.7e308,
        target: 1.7e308,
        checkins: [
          { date: '2026-10-20', value: 0 },
          { date: '2026-11-10', value: 0.85e308 },
        ],
      },
      Q4,
      AS_OF,
    );
    expect(kr.progress).toBeCloseTo(0.75, 12);
    expect(kr.attainment).toBeCloseTo(0.75, 12);
    expect(kr.forecast).not.toBeNull();
    expect(Number.isFinite(kr.forecast)).toBe(true);
    expect(kr.forecast).toBeGreaterThan(0.75);
  });

  it('forecasts a line through values near the largest double', () => {
    // From 0 on 1 October, a straight rise reaching 1e308 on the period end (day 91 of 91).
    const perDay = 1e308 / 91;
    const checkins = [20, 40].map((day) => ({ date: `2026-${day <= 30 ? '10' : '11'}-${String(day <= 30 ? day + 1 : day - 30).padStart(2, '0')}`, value: day * perDay }));
    const kr = scoreKeyResult({ type: 'metric', start: 0, target: 1e308, checkins }, Q4, AS_OF);
    expect(kr.forecast).toBeCloseTo(1, 6);
  });

  it('reads a KPI trend of values near the largest double', () => {
    const series = [1e308, 1.2e308, 1.4e308].map((value, i) => ({ date: `2026-11-0${i + 1}`, value }));
    const s = scoreKpi({ direction: 'increase', target: 1e308, series }, AS_OF);
    expect(s.trend).toBe('improving');
    expect(s.trendChange).toBeCloseTo(0.4 / 1.2, 12);
  });
});
