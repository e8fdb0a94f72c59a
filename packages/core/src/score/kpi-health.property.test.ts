/**
 * Properties of KPI scores for any series: the result stays within its kinds and ranges, and
 * health moves the right way with the value: for a KPI that should increase, a higher latest
 * value is never less healthy; for one that should decrease, never more. fast-check, seeded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../calendar.js';
import { scoreKpi } from './kpi-health.js';
import type { Band, KpiInput } from './types.js';

const HEALTH_RANK = { critical: 0, warning: 1, healthy: 2, unknown: -1 } as const;
const TRENDS = ['improving', 'worsening', 'flat', 'unknown'];

const JAN_1 = toDay('2026-01-01');
const day = (offset: number): string => fromDay(JAN_1 + offset);
const amount = fc.oneof(fc.integer({ min: -500, max: 500 }), fc.double({ min: -1e5, max: 1e5, noNaN: true, noDefaultInfinity: true }));
const band: fc.Arbitrary<Band> = fc.oneof(amount, fc.tuple(amount, amount).map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })));
/** A date-sorted series: increasing day offsets, one value each. */
const series = fc
  .uniqueArray(fc.integer({ min: 0, max: 400 }), { maxLength: 40 })
  .chain((offsets) => fc.tuple(...[...offsets].sort((a, b) => a - b).map((offset) => amount.map((value) => ({ date: day(offset), value })))))
  .map((points) => [...points]);

const kpi: fc.Arbitrary<KpiInput> = fc.record(
  {
    direction: fc.constantFrom('increase' as const, 'decrease' as const, 'range' as const),
    target: fc.oneof(band, fc.array(fc.record({ from: fc.integer({ min: 0, max: 400 }).map(day), value: band }), { minLength: 1, maxLength: 3 })),
    critical: band,
    frequency: fc.constantFrom('daily' as const, 'weekly' as const, 'monthly' as const, 'quarterly' as const, 'yearly' as const),
    series,
  },
  { requiredKeys: ['direction', 'series'] },
);
const asOf = fc.integer({ min: 0, max: 450 }).map(day);

describe('KPI scores, for any series', () => {
  it('stay within their kinds and ranges', () => {
    fc.assert(
      fc.property(kpi, asOf, (input, date) => {
        const score = scoreKpi(input, date);
        expect(Object.keys(HEALTH_RANK)).toContain(score.health);
        expect(TRENDS).toContain(score.trend);
        expect(score.trendChange === null || Number.isFinite(score.trendChange)).toBe(true);
        if (score.latest === null) {
          expect(score.daysSinceLatest).toBeNull();
          expect(score.health).toBe('unknown');
        } else {
          expect(score.latest.date <= date).toBe(true);
          expect(score.daysSinceLatest).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2000, seed: 20261123 },
    );
  });

  it('never get less healthy as the latest value moves the way the KPI should go', () => {
    const oneWay = fc.record({ direction: fc.constantFrom('increase' as const, 'decrease' as const), target: amount, critical: amount, low: amount, high: amount });
    fc.assert(
      fc.property(oneWay, ({ direction, target, critical, low, high }) => {
        const [a, b] = low <= high ? [low, high] : [high, low];
        const health = (value: number) => scoreKpi({ direction, target, critical, series: [{ date: '2026-11-01', value }] }, '2026-11-15').health;
        const [worse, better] = direction === 'increase' ? [health(a), health(b)] : [health(b), health(a)];
        expect(HEALTH_RANK[better]).toBeGreaterThanOrEqual(HEALTH_RANK[worse]);
      }),
      { numRuns: 3000, seed: 20261125 },
    );
  });
});
