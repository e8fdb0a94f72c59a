import { describe, expect, it } from 'vitest';
import { scoreKeyResult, scoreObjectives, type ObjectiveInput } from './index.js';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const AS_OF = '2026-11-15';

describe('a milestones list whose weights are all 0', () => {
  const milestones = (...done: boolean[]) => done.map((d) => ({ done: d, weight: 0 }));

  it('counts every step equally, as objectives count key results weighted all 0', () => {
    expect(scoreKeyResult({ type: 'milestone', milestones: milestones(true, true), checkins: [] }, Q4, AS_OF).progress).toBe(1);
    expect(scoreKeyResult({ type: 'milestone', milestones: milestones(true, false), checkins: [] }, Q4, AS_OF).progress).toBe(0.5);
    expect(scoreKeyResult({ type: 'milestone', milestones: milestones(false, false, false), checkins: [] }, Q4, AS_OF).progress).toBe(0);
  });

  it('leaves a list with any weight above 0 to the weights: a step weighted 0 counts for nothing', () => {
    const list = [
      { done: true, weight: 0 },
      { done: false, weight: 1 },
    ];
    expect(scoreKeyResult({ type: 'milestone', milestones: list, checkins: [] }, Q4, AS_OF).progress).toBe(0);
  });
});

describe("an umbrella objective's forecast", () => {
  const objective = (id: string, partial: Partial<ObjectiveInput>): ObjectiveInput => ({ id, kind: 'aspirational', weight: 1, period: Q4, keyResults: [], ...partial });

  it('counts a child without a forecast by its score, as a key result without one counts by its progress', () => {
    const scores = scoreObjectives(
      [
        objective('umbrella', {}),
        objective('projected', { parent: 'umbrella', keyResults: [{ weight: 1, progress: 0.2, forecast: 0.8 }] }),
        // An umbrella with no children of its own: score 0, and nothing to project.
        objective('empty', { parent: 'umbrella' }),
      ],
      AS_OF,
    );
    expect(scores.get('empty')?.forecast).toBeNull();
    expect(scores.get('umbrella')?.score).toBeCloseTo(0.1, 12);
    expect(scores.get('umbrella')?.forecast).toBeCloseTo(0.4, 12);
  });

  it('has no forecast when no child has one and none has a score to stand in', () => {
    const scores = scoreObjectives([objective('umbrella', {})], AS_OF);
    expect(scores.get('umbrella')?.forecast).toBeNull();
  });
});
