import { describe, expect, it } from 'vitest';
import { kpiHealth, scoreKpi, targetInForce, type KpiInput } from './index.js';

function kpi(partial: Partial<KpiInput>): KpiInput {
  return { direction: 'increase', target: 90, series: [], ...partial };
}

const monthly = (values: number[]) =>
  values.map((value, i) => ({ date: `2026-${String(i + 1).padStart(2, '0')}-01`, value }));

describe('targetInForce', () => {
  const timeBound = [
    { from: '2026-07-01', value: 90 },
    { from: '2026-01-01', value: 85 },
  ];

  it('picks the time-bound target with the latest `from` on or before the date', () => {
    expect(targetInForce(timeBound, '2026-06-30')).toBe(85);
    expect(targetInForce(timeBound, '2026-07-01')).toBe(90);
    expect(targetInForce(timeBound, '2025-12-31')).toBeNull();
  });

  it('passes a single target through and has none when none is written', () => {
    expect(targetInForce({ min: 2, max: 5 }, '2026-01-01')).toEqual({ min: 2, max: 5 });
    expect(targetInForce(undefined, '2026-01-01')).toBeNull();
  });

  it('judges the latest measurement against the target in force on its date', () => {
    const s = scoreKpi(
      kpi({
        target: [
          { from: '2026-01-01', value: 85 },
          { from: '2026-07-01', value: 90 },
        ],
        series: [{ date: '2026-06-15', value: 87 }],
      }),
      '2026-08-01',
    );
    expect(s.target).toBe(85);
    expect(s.health).toBe('healthy');
  });
});

describe('kpiHealth', () => {
  it('judges range KPIs by band and critical band', () => {
    const band = { min: 2, max: 5 };
    const critical = { min: 1, max: 7 };
    expect(kpiHealth(2, 'range', band, critical)).toBe('healthy');
    expect(kpiHealth(5, 'range', band, critical)).toBe('healthy');
    expect(kpiHealth(6, 'range', band, critical)).toBe('warning');
    expect(kpiHealth(0.5, 'range', band, critical)).toBe('critical');
    expect(kpiHealth(7.5, 'range', band, critical)).toBe('critical');
  });

  it('calls anything not healthy a warning when there is no critical line', () => {
    expect(kpiHealth(10, 'increase', 90)).toBe('warning');
    expect(kpiHealth(100, 'range', { min: 2, max: 5 })).toBe('warning');
  });

  it('is unknown without a target or with a target of the wrong shape', () => {
    expect(kpiHealth(50, 'increase', null, 10)).toBe('unknown');
    expect(kpiHealth(3, 'range', 4)).toBe('unknown');
    expect(kpiHealth(3, 'decrease', { min: 2, max: 5 })).toBe('unknown');
  });
});

describe('scoreKpi', () => {
  it('reads the latest measurement on or before as-of', () => {
    const s = scoreKpi(
      kpi({
        critical: 80,
        series: [
          { date: '2026-09-30', value: 91 },
          { date: '2026-10-31', value: 88 },
          { date: '2026-11-30', value: 70 },
        ],
      }),
      '2026-11-15',
    );
    expect(s.latest).toEqual({ date: '2026-10-31', value: 88 });
    expect(s.health).toBe('warning');
    expect(s.healthSetBy).toBe('rule');
    expect(s.healthReason).toBeNull();
    expect(s.daysSinceLatest).toBe(15);
  });

  it('lets a manual health win, marked as set by hand with its reason', () => {
    const s = scoreKpi(
      kpi({
        health: { status: 'warning', reason: 'Survey vendor changed in October' },
        series: [{ date: '2026-10-31', value: 95 }],
      }),
      '2026-11-15',
    );
    expect(s.health).toBe('warning');
    expect(s.healthSetBy).toBe('hand');
    expect(s.healthReason).toBe('Survey vendor changed in October');
  });

  it('without data is unknown, not stale, with no trend', () => {
    const s = scoreKpi(kpi({ frequency: 'daily', target: [{ from: '2026-01-01', value: 70 }] }), '2026-11-15');
    expect(s.latest).toBeNull();
    expect(s.target).toBe(70);
    expect(s.health).toBe('unknown');
    expect(s.stale).toBe(false);
    expect(s.daysSinceLatest).toBeNull();
    expect(s.trend).toBe('unknown');
  });

  it('is stale more than 1.5 intervals after the latest measurement, never without a frequency', () => {
    const series = [{ date: '2026-11-01', value: 95 }];
    expect(scoreKpi(kpi({ frequency: 'weekly', series }), '2026-11-11').stale).toBe(false); // 10 <= 10.5
    expect(scoreKpi(kpi({ frequency: 'weekly', series }), '2026-11-12').stale).toBe(true); // 11 > 10.5
    expect(scoreKpi(kpi({ series }), '2030-01-01').stale).toBe(false);
  });
});

describe('KPI trend', () => {
  it('is improving when an increase KPI rises more than 2 % of its mean', () => {
    const s = scoreKpi(kpi({ series: monthly([100, 102, 104]) }), '2026-12-01');
    expect(s.trend).toBe('improving');
    // slope over 59 days of a near-linear rise of 4 around a mean of 102.
    expect(s.trendChange).toBeGreaterThan(0.02);
    expect(s.trendChange).toBeCloseTo(0.0392, 3);
  });

  it('signs a falling decrease KPI as improving and a rising one as worsening', () => {
    expect(scoreKpi(kpi({ direction: 'decrease', target: 1, series: monthly([2, 1.8, 1.6]) }), '2026-12-01').trend).toBe('improving');
    expect(scoreKpi(kpi({ direction: 'decrease', target: 1, series: monthly([1.6, 1.8, 2]) }), '2026-12-01').trend).toBe('worsening');
  });

  it('is flat within ±2 %', () => {
    const s = scoreKpi(kpi({ series: monthly([100, 101, 100, 101]) }), '2026-12-01');
    expect(s.trend).toBe('flat');
  });

  it('is unknown with fewer than 3 points or all points on one day', () => {
    expect(scoreKpi(kpi({ series: monthly([1, 5]) }), '2026-12-01').trend).toBe('unknown');
    const oneDay = [1, 2, 3].map((value) => ({ date: '2026-05-01', value }));
    const s = scoreKpi(kpi({ series: oneDay }), '2026-12-01');
    expect(s.trend).toBe('unknown');
    expect(s.trendChange).toBeNull();
  });

  it('only looks at the last 6 measurements on or before as-of', () => {
    // A crash in January and a spike after as-of must not count; Feb..Jul are flat.
    const series = [...monthly([10, 100, 100, 100, 100, 100, 100]), { date: '2026-12-01', value: 500 }];
    expect(scoreKpi(kpi({ series }), '2026-11-15').trend).toBe('flat');
  });

  it('counts moving toward the middle of a range band as improving', () => {
    const band = { min: 2, max: 6 };
    expect(scoreKpi(kpi({ direction: 'range', target: band, series: monthly([9, 8, 7]) }), '2026-12-01').trend).toBe('improving');
    expect(scoreKpi(kpi({ direction: 'range', target: band, series: monthly([1, 0.5, 0]) }), '2026-12-01').trend).toBe('worsening');
  });

  describe('of a range KPI follows the distance from the band at the start and end of the fitted line', () => {
    const weekly = (values: number[]) => values.map((value, i) => ({ date: `2026-11-${String(1 + 7 * i).padStart(2, '0')}`, value }));
    const range = (values: number[]) => scoreKpi(kpi({ direction: 'range', target: { min: 30, max: 45 }, critical: { min: 20, max: 60 }, series: weekly(values) }), '2026-11-20');

    it('calls a swing from too high to too low worsening: the line ends below the band and is heading down', () => {
      // Fitted 75.83 -> 20.83: 0 below the band at the start (it was above it), 9.17 below at the end; mean 48.33.
      const s = range([70, 60, 15]);
      expect(s.trend).toBe('worsening');
      expect(s.trendChange).toBeCloseTo(-(30 - 20.833333) / 48.333333, 5);
      expect(range([15, 25, 70]).trend).toBe('worsening');
    });

    it('calls a line coming into the band improving, and one leaving it worsening', () => {
      // 52, 48, 44: fitted 52 -> 44, distance 7 -> 0, mean 48: +14.6 %.
      const entering = range([52, 48, 44]);
      expect(entering.trend).toBe('improving');
      expect(entering.trendChange).toBeCloseTo(7 / 48, 9);
      expect(range([44, 48, 52]).trend).toBe('worsening');
      expect(range([10, 15, 20]).trend).toBe('improving');
    });

    it("gives docs/scoring.md's worked examples their numbers", () => {
      expect(range([52, 48, 44]).trendChange).toBeCloseTo(0.146, 3);
      expect(range([90, 80, 70])).toMatchObject({ trend: 'improving', trendChange: 0.25 });
      expect(range([70, 60, 15]).trendChange).toBeCloseTo(-0.19, 2);
      expect(range([35, 40, 44])).toMatchObject({ trend: 'flat', trendChange: 0 });
      const humidity = scoreKpi(kpi({ direction: 'range', target: { min: 40, max: 55 }, series: weekly([52, 57, 56]) }), '2026-11-20');
      expect(humidity.trend).toBe('worsening');
      expect(humidity.trendChange).toBeCloseTo(-2 / 55, 9);
    });

    it('calls a line above the band that comes down but stays above improving, and one that climbs worsening', () => {
      expect(range([90, 80, 70]).trend).toBe('improving');
      expect(range([70, 80, 90]).trend).toBe('worsening');
    });
  });

  it('uses the change itself when the window mean is 0', () => {
    const s = scoreKpi(kpi({ series: monthly([-1, 0, 1]) }), '2026-12-01');
    // A rise of 2 over the window with mean 0: the relative change is the raw change.
    expect(s.trendChange).toBeCloseTo(2, 1);
    expect(s.trend).toBe('improving');
  });
});

describe('health set by hand', () => {
  const nps = (until?: string) => kpi({ target: 40, critical: 30, series: monthly([35, 38, 41]), health: { status: 'warning', reason: 'Survey vendor changed', ...(until ? { until } : {}) } });

  it('wins over the rule, and the rule’s own verdict is kept beside it', () => {
    expect(scoreKpi(nps(), '2026-03-15')).toMatchObject({ health: 'warning', healthSetBy: 'hand', healthReason: 'Survey vendor changed', healthByRule: 'healthy', healthUntil: null });
  });

  it('holds until its until day, and after it the rule decides again', () => {
    expect(scoreKpi(nps('2026-03-31'), '2026-03-31')).toMatchObject({ health: 'warning', healthSetBy: 'hand', healthUntil: '2026-03-31' });
    expect(scoreKpi(nps('2026-03-31'), '2026-04-01')).toMatchObject({ health: 'healthy', healthSetBy: 'rule', healthReason: null, healthByRule: 'healthy', healthUntil: null });
  });
});
