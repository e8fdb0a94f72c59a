/**
 * Properties every key-result score keeps, whatever the numbers: progress, forecast, held share
 * and confidence stay within 0..1, nothing is NaN or infinite, history is in date order, and
 * check-ins on different dates may come in any order. fast-check, seeded: a failure is shrunk
 * to the smallest key result that breaks one, and printed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDay } from '../../test/arbitraries.js';
import { scoreKeyResult } from './key-result.js';
import type { KeyResultInput, PeriodSpan } from './types.js';

const PERIOD: PeriodSpan = { start: '2026-10-01', end: '2026-12-31' };
const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'done', 'achieved', 'partial', 'missed'];

/** Days from mid-August to mid-February: before, during and after the period. */
const date = isoDay('2026-08-15', 180);
const amount = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }));
const checkin = fc.record(
  { date, value: fc.oneof({ weight: 5, arbitrary: amount }, { weight: 1, arbitrary: fc.boolean() }), confidence: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) },
  { requiredKeys: ['date', 'value'] },
);

const keyResult: fc.Arbitrary<KeyResultInput> = fc
  .record({
    type: fc.constantFrom('metric' as const, 'kpi' as const, 'milestone' as const, 'maintain' as const),
    start: fc.option(amount, { nil: undefined }),
    target: fc.option(amount, { nil: undefined }),
    stretch: fc.option(amount, { nil: undefined }),
    direction: fc.option(fc.constantFrom('increase' as const, 'decrease' as const), { nil: undefined }),
    done: fc.option(fc.boolean(), { nil: undefined }),
    milestones: fc.option(fc.array(fc.record({ done: fc.boolean(), weight: fc.double({ min: 0, max: 5, noNaN: true }) }), { maxLength: 4 }), { nil: undefined }),
    checkins: fc.array(checkin, { maxLength: 8 }),
    kpiSeries: fc.option(fc.array(fc.record({ date, value: amount }), { maxLength: 12 }), { nil: undefined }),
    kind: fc.constantFrom('aspirational' as const, 'committed' as const),
  })
  // Validation refuses a target equal to the start before anything is scored.
  .filter((kr) => kr.target === undefined || kr.target !== (kr.start ?? 0));

const asOf = fc.oneof(date, fc.constantFrom(PERIOD.start, PERIOD.end));
const inUnit = (value: number | null): boolean => value === null || (value >= 0 && value <= 1);
const finiteOrNull = (value: number | null): boolean => value === null || Number.isFinite(value);

describe('key-result scores, for any numbers', () => {
  it('stay within their ranges, finite, with history in date order', () => {
    fc.assert(
      fc.property(keyResult, asOf, (kr, day) => {
        const score = scoreKeyResult(kr, PERIOD, day);
        expect(score.progress).toBeGreaterThanOrEqual(0);
        expect(score.progress).toBeLessThanOrEqual(1);
        expect(inUnit(score.forecast), `forecast ${score.forecast}`).toBe(true);
        expect(inUnit(score.heldShare), `heldShare ${score.heldShare}`).toBe(true);
        expect(inUnit(score.confidence), `confidence ${score.confidence}`).toBe(true);
        for (const value of [score.attainment, score.start, score.current, score.target]) expect(finiteOrNull(value), String(value)).toBe(true);
        expect(STATUSES).toContain(score.status);
        const dates = score.history.map((h) => h.date);
        expect(dates).toEqual([...dates].sort());
        expect(score.history.every((h) => Number.isFinite(h.value))).toBe(true);
      }),
      { numRuns: 3000, seed: 20261123 },
    );
  });

  it('do not depend on the order of check-ins made on different days', () => {
    const distinctDays = keyResult.filter((kr) => new Set(kr.checkins.map((c) => c.date)).size === kr.checkins.length);
    fc.assert(
      fc.property(distinctDays, asOf, (kr, day) => {
        const reversed = { ...kr, checkins: [...kr.checkins].reverse() };
        expect(scoreKeyResult(reversed, PERIOD, day)).toEqual(scoreKeyResult(kr, PERIOD, day));
      }),
      { numRuns: 1000, seed: 20261124 },
    );
  });
});
