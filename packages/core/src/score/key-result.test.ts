import { describe, expect, it } from 'vitest';
import { fromDay, scoreKeyResult, toDay, type KeyResultInput } from './index.js';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const AS_OF = '2026-11-15';

function metric(partial: Partial<KeyResultInput>): KeyResultInput {
  return { type: 'metric', start: 0, target: 100, checkins: [], ...partial };
}

describe('metric key results', () => {
  it('without check-ins stays at start: progress 0, empty history, no forecast', () => {
    const kr = scoreKeyResult(metric({ start: 20 }), Q4, AS_OF);
    expect(kr.current).toBe(20);
    expect(kr.progress).toBe(0);
    expect(kr.attainment).toBe(0);
    expect(kr.history).toEqual([]);
    expect(kr.forecast).toBeNull();
    expect(kr.confidence).toBeNull();
  });

  it('starts at 0 when no start is written', () => {
    const kr = scoreKeyResult(metric({ start: undefined, target: 8, checkins: [{ date: '2026-10-10', value: 2 }] }), Q4, AS_OF);
    expect(kr.start).toBe(0);
    expect(kr.progress).toBe(0.25);
  });

  it('takes the latest check-in by date, not by file order', () => {
    const kr = scoreKeyResult(
      metric({
        checkins: [
          { date: '2026-11-01', value: 40 },
          { date: '2026-10-15', value: 10 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.current).toBe(40);
    expect(kr.history.map((h) => h.value)).toEqual([10, 40]);
  });

  it('breaks a same-date tie with the later check-in in the file', () => {
    const kr = scoreKeyResult(
      metric({
        checkins: [
          { date: '2026-11-01', value: 30 },
          { date: '2026-11-01', value: 35 },
          { date: '2026-10-20', value: 50 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.current).toBe(35);
  });

  it('ignores check-ins dated after the as-of date', () => {
    const kr = scoreKeyResult(
      metric({
        checkins: [
          { date: '2026-11-01', value: 30, confidence: 0.6 },
          { date: '2026-11-16', value: 90, confidence: 0.9 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.current).toBe(30);
    expect(kr.history).toEqual([{ date: '2026-11-01', value: 30 }]);
    expect(kr.confidence).toBe(0.6);
  });

  it('caps progress at 0..1 but keeps raw attainment', () => {
    const over = scoreKeyResult(metric({ checkins: [{ date: '2026-11-01', value: 120 }] }), Q4, AS_OF);
    expect(over.progress).toBe(1);
    expect(over.attainment).toBeCloseTo(1.2, 10);
    const under = scoreKeyResult(metric({ start: 10, target: 20, checkins: [{ date: '2026-11-01', value: 5 }] }), Q4, AS_OF);
    expect(under.progress).toBe(0);
    expect(under.attainment).toBe(-0.5);
  });

  it('reports stretch reached beyond the target, in the direction of the key result', () => {
    const up = scoreKeyResult(metric({ stretch: 120, checkins: [{ date: '2026-11-01', value: 125 }] }), Q4, AS_OF);
    expect(up.stretchReached).toBe(true);
    expect(up.progress).toBe(1);
    const short = scoreKeyResult(metric({ stretch: 120, checkins: [{ date: '2026-11-01', value: 110 }] }), Q4, AS_OF);
    expect(short.stretchReached).toBe(false);
    const down = scoreKeyResult(metric({ start: 5, target: 4, stretch: 3.5, checkins: [{ date: '2026-11-01', value: 3.4 }] }), Q4, AS_OF);
    expect(down.stretchReached).toBe(true);
  });

  it('reads confidence from the latest check-in that states one', () => {
    const kr = scoreKeyResult(
      metric({
        checkins: [
          { date: '2026-10-10', value: 10, confidence: 0.7 },
          { date: '2026-10-20', value: 20 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.confidence).toBe(0.7);
  });

  it('takes confidence by date, not file order: the later of a day wins and the future does not count', () => {
    const kr = scoreKeyResult(
      metric({
        checkins: [
          { date: '2026-11-02', value: 30, confidence: 0.5 },
          { date: '2026-10-20', value: 20, confidence: 0.9 },
          { date: '2026-11-02', value: 31, confidence: 0.6 },
          { date: '2026-11-30', value: 40, confidence: 0.2 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.confidence).toBe(0.6);
  });

  it('takes its status from its progress and the owning objective kind', () => {
    const inQ4 = scoreKeyResult(metric({ checkins: [{ date: '2026-11-01', value: 20 }] }), Q4, AS_OF);
    expect(inQ4.status).toBe('off-track'); // lag 0.4945 - 0.2
    const before = scoreKeyResult(metric({}), Q4, '2026-09-01');
    expect(before.status).toBe('not-started');
    const committedAfter = scoreKeyResult(
      metric({ kind: 'committed', checkins: [{ date: '2026-12-20', value: 90 }] }),
      Q4,
      '2027-01-10',
    );
    expect(committedAfter.status).toBe('missed');
    const aspirationalAfter = scoreKeyResult(metric({ checkins: [{ date: '2026-12-20', value: 90 }] }), Q4, '2027-01-10');
    expect(aspirationalAfter.status).toBe('achieved');
  });
});

describe('forecast', () => {
  it('lands on the value a linear series reaches at the period end', () => {
    // 0.5 a day from 0 on 2026-10-01: 45.5 on day 91 of a 0 -> 100 key result.
    const kr = scoreKeyResult(
      metric({
        checkins: [
          { date: '2026-10-11', value: 5 },
          { date: '2026-10-21', value: 10 },
          { date: '2026-11-10', value: 20 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.forecast).toBeCloseTo(0.455, 10);
  });

  it('fits the least-squares line through noisy points', () => {
    // Points (0,0), (10,20), (20,20): slope 1, line through (10, 13.33) -> 94.33 at day 91.
    const kr = scoreKeyResult(
      metric({
        target: 200,
        checkins: [
          { date: '2026-10-11', value: 20 },
          { date: '2026-10-21', value: 20 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.forecast).toBeCloseTo(94.3333 / 200, 5);
  });

  it('works for lower-is-better key results and clamps to 0..1', () => {
    const down = scoreKeyResult(
      metric({ start: 5, target: 4, checkins: [{ date: '2026-10-11', value: 4.9 }] }),
      Q4,
      AS_OF,
    );
    // 0.01 a day down: 4.09 on day 91, i.e. 0.91 of the way.
    expect(down.forecast).toBeCloseTo(0.91, 10);
    const racing = scoreKeyResult(metric({ checkins: [{ date: '2026-10-11', value: 50 }] }), Q4, AS_OF);
    expect(racing.forecast).toBe(1);
  });

  it('needs a second point: none from check-ins before the period or after as-of', () => {
    const kr = scoreKeyResult(
      metric({
        checkins: [
          { date: '2026-09-20', value: 5 },
          { date: '2026-11-20', value: 60 },
        ],
      }),
      Q4,
      AS_OF,
    );
    expect(kr.current).toBe(5);
    expect(kr.forecast).toBeNull();
  });

  it('has no slope when the only check-in is on the start day', () => {
    const kr = scoreKeyResult(metric({ checkins: [{ date: '2026-10-01', value: 10 }] }), Q4, AS_OF);
    expect(kr.progress).toBe(0.1);
    expect(kr.forecast).toBeNull();
  });

  it('is null from the day after the period ends, on its last day still there', () => {
    const checkins = [
      { date: '2026-10-11', value: 5 },
      { date: '2026-11-10', value: 20 },
    ];
    expect(scoreKeyResult(metric({ checkins }), Q4, '2026-12-31').forecast).not.toBeNull();
    const ended = scoreKeyResult(metric({ checkins }), Q4, '2027-01-01');
    expect(ended.progress).toBe(0.2);
    expect(ended.forecast).toBeNull();
    const held = scoreKeyResult({ type: 'maintain', target: 10, checkins }, Q4, '2027-01-05');
    expect(held.progress).toBe(1);
    expect(held.forecast).toBeNull();
    const kpi = scoreKeyResult(
      { type: 'kpi', start: 0, target: 100, checkins: [], kpiSeries: [{ date: '2026-11-01', value: 40 }] },
      Q4,
      '2027-01-05',
    );
    expect(kpi.progress).toBe(0.4);
    expect(kpi.forecast).toBeNull();
  });
});

describe('kpi key results', () => {
  const series = [
    { date: '2026-09-30', value: 100 },
    { date: '2026-10-31', value: 130 },
    { date: '2026-11-30', value: 160 },
    { date: '2027-01-31', value: 200 },
  ];

  it('reads current from the KPI and ignores the KR check-ins', () => {
    const kr = scoreKeyResult(
      { type: 'kpi', start: 100, target: 200, checkins: [{ date: '2026-11-10', value: 190 }], kpiSeries: series },
      Q4,
      AS_OF,
    );
    expect(kr.current).toBe(130);
    expect(kr.progress).toBeCloseTo(0.3, 10);
    expect(kr.history).toEqual([{ date: '2026-10-31', value: 130 }]);
  });

  it('keeps only date and value of each measurement in its history', () => {
    const noted = [
      { date: '2026-10-20', value: 120, note: 'after the price change' },
      { date: '2026-10-31', value: 130 },
    ];
    const kr = scoreKeyResult({ type: 'kpi', start: 100, target: 200, checkins: [], kpiSeries: noted }, Q4, AS_OF);
    expect(kr.history).toStrictEqual([
      { date: '2026-10-20', value: 120 },
      { date: '2026-10-31', value: 130 },
    ]);
    const held = scoreKeyResult({ type: 'maintain', target: 100, checkins: [], kpiSeries: noted }, Q4, AS_OF);
    expect(held.history).toStrictEqual(kr.history);
  });

  it('reads a long daily series the same way: plain history, linear forecast', () => {
    // 200 days from 2026-08-01, one more each day: day-number index and shared items in play.
    const daily = Array.from({ length: 200 }, (_, i) => ({ date: fromDay(toDay('2026-08-01') + i), value: 100 + i }));
    const noted = daily.map((m, i) => (i === 80 ? { ...m, note: 'audit' } : m));
    for (const series of [daily, noted]) {
      const kr = scoreKeyResult({ type: 'kpi', target: 300, checkins: [], kpiSeries: series }, Q4, AS_OF);
      // Start: the value on 2026-10-01 (day 61) is 161; on 2026-11-15 (day 106) it is 206.
      expect(kr.start).toBe(161);
      expect(kr.current).toBe(206);
      expect(kr.history).toHaveLength(46); // 2026-10-01 … 2026-11-15
      expect(kr.history.every((h) => Object.keys(h).join() === 'date,value')).toBe(true);
      // A straight line reaches 161 + 91 = 252 on 2026-12-31: (252 - 161) / (300 - 161).
      expect(kr.forecast).toBeCloseTo(91 / 139, 10);
    }
  });

  it('takes its start from the last measurement on or before the period start', () => {
    const kr = scoreKeyResult({ type: 'kpi', target: 200, checkins: [], kpiSeries: series }, Q4, AS_OF);
    expect(kr.start).toBe(100);
    expect(kr.unknownStart).toBe(false);
    expect(kr.progress).toBeCloseTo(0.3, 10);
  });

  it('stops counting at the period end when as-of is later', () => {
    const kr = scoreKeyResult({ type: 'kpi', start: 100, target: 200, checkins: [], kpiSeries: series }, Q4, '2027-03-01');
    expect(kr.current).toBe(160);
    expect(kr.history.map((h) => h.date)).toEqual(['2026-10-31', '2026-11-30']);
    expect(kr.status).toBe('partial');
  });

  it('reports an unknown start, scored as 0, when the KPI has no baseline', () => {
    const kr = scoreKeyResult(
      { type: 'kpi', target: 200, checkins: [], kpiSeries: [{ date: '2026-10-31', value: 150 }] },
      Q4,
      AS_OF,
    );
    expect(kr.unknownStart).toBe(true);
    expect(kr.start).toBeNull();
    expect(kr.current).toBe(150);
    expect(kr.progress).toBe(0);
    expect(kr.attainment).toBeNull();
    expect(kr.forecast).toBeNull();
  });

  it('forecasts from the KPI measurements, counting a start-day baseline once', () => {
    const kr = scoreKeyResult(
      {
        type: 'kpi',
        target: 200,
        checkins: [],
        kpiSeries: [
          { date: '2026-10-01', value: 0 },
          { date: '2026-10-11', value: 20 },
          { date: '2026-10-21', value: 20 },
        ],
      },
      Q4,
      AS_OF,
    );
    // Same three points as the noisy metric case; a doubled (0, 0) would give slope 1.09.
    expect(kr.forecast).toBeCloseTo(94.3333 / 200, 5);
  });
});

describe('milestone key results', () => {
  it('is 1 when done and 0 when not', () => {
    expect(scoreKeyResult({ type: 'milestone', done: true, checkins: [] }, Q4, AS_OF).progress).toBe(1);
    const open = scoreKeyResult({ type: 'milestone', done: false, checkins: [] }, Q4, AS_OF);
    expect(open.progress).toBe(0);
    expect(open.forecast).toBeNull();
    expect(open.attainment).toBeNull();
  });

  it('counts the steps of a milestone list whose weights are all 0 equally', () => {
    const kr = scoreKeyResult({ type: 'milestone', milestones: [{ done: true, weight: 0 }], checkins: [] }, Q4, AS_OF);
    expect(kr.progress).toBe(1);
  });

  it('lets the latest check-in on or before as-of set progress (true, false, fraction)', () => {
    const checkins = [
      { date: '2026-10-10', value: 0.4 },
      { date: '2026-11-01', value: true },
      { date: '2026-11-20', value: false },
    ];
    const kr = scoreKeyResult({ type: 'milestone', done: false, checkins }, Q4, AS_OF);
    expect(kr.progress).toBe(1);
    expect(kr.history).toEqual([
      { date: '2026-10-10', value: 0.4 },
      { date: '2026-11-01', value: 1 },
    ]);
    expect(scoreKeyResult({ type: 'milestone', done: true, checkins }, Q4, '2026-11-25').progress).toBe(0);
    expect(scoreKeyResult({ type: 'milestone', done: false, checkins }, Q4, '2026-10-15').progress).toBe(0.4);
  });

  it('clamps a numeric milestone check-in to 0..1', () => {
    const kr = scoreKeyResult({ type: 'milestone', checkins: [{ date: '2026-10-10', value: 1.5 }] }, Q4, AS_OF);
    expect(kr.progress).toBe(1);
  });
});

describe('maintain key results', () => {
  const checkins = [
    { date: '2026-09-25', value: 80 },
    { date: '2026-10-15', value: 95 },
    { date: '2026-10-31', value: 85 },
    { date: '2026-11-10', value: 92 },
  ];

  it('is 1 while the latest value holds the bound and reports the in-period held share', () => {
    const kr = scoreKeyResult({ type: 'maintain', target: 90, direction: 'increase', checkins }, Q4, AS_OF);
    expect(kr.progress).toBe(1);
    expect(kr.forecast).toBe(1);
    // 2026-09-25 is before the period: 95 and 92 held, 85 did not.
    expect(kr.heldShare).toBeCloseTo(2 / 3, 10);
    expect(kr.attainment).toBeNull();
  });

  it('is 0 when the latest value breaks the bound', () => {
    const kr = scoreKeyResult({ type: 'maintain', target: 90, direction: 'increase', checkins }, Q4, '2026-11-05');
    expect(kr.current).toBe(85);
    expect(kr.progress).toBe(0);
    expect(kr.heldShare).toBe(0.5);
  });

  it('holds at or below the target for direction decrease', () => {
    const kr = scoreKeyResult({ type: 'maintain', target: 90, direction: 'decrease', checkins }, Q4, '2026-11-05');
    expect(kr.progress).toBe(1);
    expect(kr.heldShare).toBe(0.5);
  });

  it('is 0 with no values, and reads a linked KPI instead of check-ins', () => {
    const none = scoreKeyResult({ type: 'maintain', target: 2, direction: 'decrease', checkins: [] }, Q4, AS_OF);
    expect(none.progress).toBe(0);
    expect(none.current).toBeNull();
    expect(none.heldShare).toBeNull();
    const fromKpi = scoreKeyResult(
      {
        type: 'maintain',
        target: 2,
        direction: 'decrease',
        checkins: [{ date: '2026-11-10', value: 5 }],
        kpiSeries: [
          { date: '2026-10-31', value: 1.8 },
          { date: '2026-11-14', value: 1.9 },
        ],
      },
      Q4,
      AS_OF,
    );
    expect(fromKpi.current).toBe(1.9);
    expect(fromKpi.progress).toBe(1);
    expect(fromKpi.heldShare).toBe(1);
  });
});
