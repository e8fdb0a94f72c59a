/**
 * Properties of objective scores for any alignment forest, cycles and dangling parents included
 * (validation reports those, but scoring must still end): every score, forecast and expected
 * share stays within 0..1, the grade is the score to one decimal, and each objective lists
 * exactly the objectives that name it as their parent. fast-check, seeded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreObjectives } from './objective.js';
import type { ObjectiveInput } from './types.js';

const PERIODS = [
  { start: '2026-10-01', end: '2026-12-31' },
  { start: '2026-01-01', end: '2026-12-31' },
  { start: '2027-01-01', end: '2027-03-31' },
];
const share = fc.double({ min: 0, max: 1, noNaN: true });
const keyResult = fc.record({ weight: fc.double({ min: 0, max: 5, noNaN: true }), progress: share, forecast: fc.option(share, { nil: null }) });

/** Up to 30 objectives; each may name any id as its parent (itself, a later one, a missing one, a key result). */
const forest: fc.Arbitrary<ObjectiveInput[]> = fc.integer({ min: 1, max: 30 }).chain((count) =>
  fc.array(
    fc.record({
      kind: fc.constantFrom('aspirational' as const, 'committed' as const),
      weight: fc.double({ min: 0, max: 3, noNaN: true }),
      parent: fc.option(
        fc.tuple(fc.integer({ min: 0, max: count + 2 }), fc.boolean()).map(([index, toKeyResult]) => `o${index}${toKeyResult ? '#kr1' : ''}`),
        { nil: null },
      ),
      period: fc.constantFrom(...PERIODS),
      // Umbrella objectives (no key results) take their score from their children.
      keyResults: fc.oneof(fc.constant<ObjectiveInput['keyResults']>([]), fc.array(keyResult, { minLength: 1, maxLength: 5 })),
    }),
    { minLength: count, maxLength: count },
  ).map((objectives) => objectives.map((o, i) => ({ id: `o${i}`, ...o }))),
);
const asOf = fc.constantFrom('2025-12-01', '2026-10-01', '2026-11-15', '2026-12-31', '2027-02-01', '2027-06-30');
const inUnit = (value: number): boolean => Number.isFinite(value) && value >= 0 && value <= 1;

describe('objective scores, for any alignment forest', () => {
  it('stay within 0..1, grade to one decimal, and list their children', () => {
    fc.assert(
      fc.property(forest, asOf, (objectives, date) => {
        const scores = scoreObjectives(objectives, date);
        expect([...scores.keys()]).toEqual(objectives.map((o) => o.id));
        for (const o of objectives) {
          const s = scores.get(o.id)!;
          expect(inUnit(s.score), `score ${s.score}`).toBe(true);
          expect(inUnit(s.expected), `expected ${s.expected}`).toBe(true);
          expect(s.forecast === null || inUnit(s.forecast), `forecast ${s.forecast}`).toBe(true);
          expect(Math.abs(s.grade - s.score)).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(Math.round(s.grade * 10)).toBeCloseTo(s.grade * 10, 9);
          const named = objectives.filter((child) => child.parent?.split('#')[0] === o.id).map((child) => child.id);
          expect(s.children).toEqual(named);
        }
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });
});
