// The worked examples of SCORING.md, with its exact numbers.
import { describe, expect, it } from 'vitest';
import { colour, expectedProgress, grade, kpiHealth, scoreKeyResult, scoreKpi, scoreObjectives } from './index.js';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const AS_OF = '2026-11-15';

describe('SCORING.md worked examples (2026-q4 at 2026-11-15)', () => {
  it('expected progress is 45/91 = 0.4945', () => {
    expect(expectedProgress(Q4, AS_OF)).toBe(45 / 91);
    expect(expectedProgress(Q4, AS_OF)).toBeCloseTo(0.4945, 4);
  });

  it('1. eco leader: 0.5, 0.5, 1.0 -> score 0.6667, grade 0.7, green, lag -0.172, on-track', () => {
    const launch = scoreKeyResult(
      { type: 'metric', start: 0, target: 2, checkins: [{ date: '2026-10-20', value: 1, confidence: 0.8 }] },
      Q4,
      AS_OF,
    );
    const ecoSales = scoreKeyResult(
      {
        type: 'kpi',
        start: 1_000_000,
        target: 1_300_000,
        checkins: [],
        kpiSeries: [
          { date: '2026-09-30', value: 1_000_000 },
          { date: '2026-10-31', value: 1_150_000 },
        ],
      },
      Q4,
      AS_OF,
    );
    const partners = scoreKeyResult(
      { type: 'metric', start: 0, target: 3, checkins: [{ date: '2026-11-01', value: 3 }] },
      Q4,
      AS_OF,
    );
    expect(launch.progress).toBe(0.5);
    expect(ecoSales.current).toBe(1_150_000);
    expect(ecoSales.progress).toBeCloseTo(0.5, 10);
    expect(partners.progress).toBe(1);

    const scores = scoreObjectives(
      [
        {
          id: 'eco-leader',
          kind: 'aspirational',
          weight: 1,
          period: Q4,
          keyResults: [launch, ecoSales, partners].map((kr) => ({ weight: 1, progress: kr.progress, forecast: kr.forecast })),
        },
      ],
      AS_OF,
    );
    const eco = scores.get('eco-leader');
    expect(eco?.score).toBeCloseTo(0.6667, 4);
    expect(eco?.grade).toBe(0.7);
    expect(eco?.colour).toBe('green');
    expect(eco?.expected).toBeCloseTo(0.4945, 4);
    expect((eco?.expected ?? 0) - (eco?.score ?? 0)).toBeCloseTo(-0.172, 3);
    expect(eco?.status).toBe('on-track');
    expect(grade(2 / 3)).toBe(0.7);
    expect(colour(2 / 3, 'aspirational')).toBe('green');
  });

  it('2. defect rate 5.0 -> 4.0 with current 4.4 gives p = 0.6 (lower is better, no flag)', () => {
    const kr = scoreKeyResult(
      { type: 'metric', start: 5.0, target: 4.0, checkins: [{ date: '2026-11-01', value: 4.4 }] },
      Q4,
      AS_OF,
    );
    expect(kr.progress).toBeCloseTo(0.6, 10);
    expect(kr.attainment).toBeCloseTo(0.6, 10);
  });

  it('3. milestones weighted 1, 1, 2 with the first two done give p = 0.5', () => {
    const kr = scoreKeyResult(
      {
        type: 'milestone',
        milestones: [
          { done: true, weight: 1 },
          { done: true, weight: 1 },
          { done: false, weight: 2 },
        ],
        checkins: [],
      },
      Q4,
      AS_OF,
    );
    expect(kr.progress).toBe(0.5);
  });

  it('4. customer satisfaction (increase, target 90, critical 80): 91 healthy, 88 warning, 80 critical', () => {
    expect(kpiHealth(91, 'increase', 90, 80)).toBe('healthy');
    expect(kpiHealth(88, 'increase', 90, 80)).toBe('warning');
    expect(kpiHealth(80, 'increase', 90, 80)).toBe('critical');
  });

  it('5. defect rate (decrease, target 1, critical 2): 0.8 healthy, 1.3 warning, 2.4 critical', () => {
    expect(kpiHealth(0.8, 'decrease', 1, 2)).toBe('healthy');
    expect(kpiHealth(1.3, 'decrease', 1, 2)).toBe('warning');
    expect(kpiHealth(2.4, 'decrease', 1, 2)).toBe('critical');
  });

  it('6. monthly KPI last measured 2026-09-30 is stale at 2026-11-20 (51 days > 46.5)', () => {
    const kpi = { direction: 'increase', target: 90, frequency: 'monthly', series: [{ date: '2026-09-30', value: 91 }] } as const;
    const score = scoreKpi({ ...kpi, series: [...kpi.series] }, '2026-11-20');
    expect(score.daysSinceLatest).toBe(51);
    expect(score.stale).toBe(true);
    // 46 days is still within 1.5 x 31 = 46.5.
    expect(scoreKpi({ ...kpi, series: [...kpi.series] }, '2026-11-15').stale).toBe(false);
  });
});

describe('docs/scoring.md forecast examples (2026-q4)', () => {
  const contracts = (checkins: { date: string; value: number }[]) => ({ type: 'metric' as const, start: 0, target: 3, checkins });
  const demos = (checkins: { date: string; value: number }[]) => ({ type: 'metric' as const, start: 0, target: 12, checkins });
  const objectiveOf = (krs: { progress: number; forecast: number | null }[], asOf: string) =>
    scoreObjectives(
      [{ id: 'partners', kind: 'aspirational', weight: 1, period: Q4, keyResults: krs.map((kr) => ({ weight: 1, progress: kr.progress, forecast: kr.forecast })) }],
      asOf,
    ).get('partners');

  it('contracts 0.758 and demos 0.948 at 2026-11-15 give the objective 0.853', () => {
    const signed = scoreKeyResult(contracts([{ date: '2026-11-10', value: 1 }]), Q4, AS_OF);
    const held = scoreKeyResult(demos([{ date: '2026-11-10', value: 5 }]), Q4, AS_OF);
    expect(signed.forecast).toBeCloseTo(0.758, 3);
    expect(held.forecast).toBeCloseTo(0.948, 3);
    expect(objectiveOf([signed, held], AS_OF)?.forecast).toBeCloseTo(0.853, 3);
  });

  it('before any check-in the objective scores 0 with no forecast, and is not projected to miss', () => {
    const early = '2026-10-05';
    const o = objectiveOf([scoreKeyResult(contracts([]), Q4, early), scoreKeyResult(demos([]), Q4, early)], early);
    expect(o?.score).toBe(0);
    expect(o?.forecast).toBeNull();
    expect(o?.projectedToMiss).toBe(false);
  });

  it('one key result with a forecast of 0.758 and one without give (0.758 + 0) / 2 = 0.379', () => {
    const o = objectiveOf([scoreKeyResult(contracts([{ date: '2026-11-10', value: 1 }]), Q4, AS_OF), scoreKeyResult(demos([]), Q4, AS_OF)], AS_OF);
    expect(o?.forecast).toBeCloseTo(0.379, 3);
    expect(o?.projectedToMiss).toBe(true);
  });

  it('once the period has ended neither the key results nor the objective have a forecast', () => {
    const after = '2027-01-05';
    const signed = scoreKeyResult(contracts([{ date: '2026-11-10', value: 1 }]), Q4, after);
    const held = scoreKeyResult(demos([{ date: '2026-11-10', value: 5 }]), Q4, after);
    expect([signed.forecast, held.forecast]).toEqual([null, null]);
    expect(objectiveOf([signed, held], after)?.forecast).toBeNull();
  });
});
