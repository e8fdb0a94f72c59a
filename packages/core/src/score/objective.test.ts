import { describe, expect, it } from 'vitest';
import { scoreObjectives, type ObjectiveInput } from './index.js';

const Q4 = { start: '2026-10-01', end: '2026-12-31' };
const AS_OF = '2026-11-15';

function objective(id: string, partial: Partial<ObjectiveInput> = {}): ObjectiveInput {
  return { id, kind: 'aspirational', weight: 1, period: Q4, keyResults: [], ...partial };
}

function kr(progress: number, weight = 1, forecast: number | null = null) {
  return { weight, progress, forecast };
}

describe('objectives with key results', () => {
  it('score the weighted mean of key-result progress', () => {
    const s = scoreObjectives([objective('o', { keyResults: [kr(1, 3), kr(0, 1)] })], AS_OF).get('o');
    expect(s?.score).toBe(0.75);
    expect(s?.grade).toBe(0.8);
    expect(s?.colour).toBe('green');
  });

  it('count every key result equally when all weights are 0', () => {
    const s = scoreObjectives([objective('o', { keyResults: [kr(1, 0), kr(0.2, 0)] })], AS_OF).get('o');
    expect(s?.score).toBeCloseTo(0.6, 10);
  });

  it('forecast with each key result forecast, falling back to progress', () => {
    const s = scoreObjectives([objective('o', { keyResults: [kr(0.2, 1, 0.8), kr(0.4, 1, null)] })], AS_OF).get('o');
    expect(s?.forecast).toBeCloseTo(0.6, 10);
    expect(s?.projectedToMiss).toBe(true);
  });

  it('keep their own score when aligned to a parent, which only lists them as children', () => {
    const scores = scoreObjectives(
      [
        objective('parent', { keyResults: [kr(0.1)] }),
        objective('b', { parent: 'parent', keyResults: [kr(0.9)] }),
        objective('a', { parent: 'parent#kr1', keyResults: [kr(0.7)] }),
      ],
      AS_OF,
    );
    expect(scores.get('parent')?.score).toBe(0.1);
    expect(scores.get('parent')?.children).toEqual(['b', 'a']);
    expect(scores.get('b')?.score).toBe(0.9);
    expect(scores.get('b')?.children).toEqual([]);
  });

  it('carry expected progress and pace status', () => {
    const s = scoreObjectives([objective('o', { keyResults: [kr(0.3)] })], AS_OF).get('o');
    expect(s?.expected).toBeCloseTo(45 / 91, 10);
    expect(s?.status).toBe('at-risk'); // lag 0.1945
  });
});

describe('projected to miss', () => {
  it('flags a forecast below green while the period runs, not a green one', () => {
    const scores = scoreObjectives(
      [objective('low', { keyResults: [kr(0.5, 1, 0.6)] }), objective('high', { keyResults: [kr(0.5, 1, 0.65)] })],
      AS_OF,
    );
    expect(scores.get('low')?.projectedToMiss).toBe(true);
    expect(scores.get('high')?.projectedToMiss).toBe(false); // grade 0.7 is green
  });

  it('uses committed rules: a 0.9 forecast on a committed objective is projected to miss', () => {
    const s = scoreObjectives([objective('c', { kind: 'committed', keyResults: [kr(0.5, 1, 0.9)] })], AS_OF).get('c');
    expect(s?.projectedToMiss).toBe(true);
    expect(s?.colour).toBe('yellow');
  });

  it('is never flagged, and has no forecast, once the period has ended', () => {
    const s = scoreObjectives([objective('o', { keyResults: [kr(0.2, 1, 0.2)] })], '2027-01-05').get('o');
    expect(s?.projectedToMiss).toBe(false);
    expect(s?.forecast).toBeNull();
    expect(s?.status).toBe('missed');
    // On the last day the period still runs: the forecast is there.
    expect(scoreObjectives([objective('o', { keyResults: [kr(0.2, 1, 0.2)] })], '2026-12-31').get('o')?.forecast).toBe(0.2);
  });

  it('has no forecast, and is not flagged, when none of its key results has a forecast', () => {
    const s = scoreObjectives([objective('new', { keyResults: [kr(0), kr(0.1, 2)] })], '2026-10-05').get('new');
    expect(s?.score).toBeCloseTo(0.2 / 3, 10);
    expect(s?.forecast).toBeNull();
    expect(s?.projectedToMiss).toBe(false);
  });
});

describe('umbrella objectives', () => {
  it('roll up children two levels deep by objective weight', () => {
    const scores = scoreObjectives(
      [
        objective('top'),
        objective('mid', { parent: 'top', weight: 3 }),
        objective('side', { parent: 'top', weight: 1, keyResults: [kr(0.2, 1, 0.4)] }),
        objective('leaf-a', { parent: 'mid', weight: 1, keyResults: [kr(1, 1, 1)] }),
        objective('leaf-b', { parent: 'mid#kr2', weight: 3, keyResults: [kr(0.6, 1, 0.2)] }),
      ],
      AS_OF,
    );
    // mid = (1*1 + 3*0.6) / 4 = 0.7; top = (3*0.7 + 1*0.2) / 4 = 0.575
    expect(scores.get('mid')?.score).toBeCloseTo(0.7, 10);
    expect(scores.get('top')?.score).toBeCloseTo(0.575, 10);
    expect(scores.get('top')?.children).toEqual(['mid', 'side']);
    expect(scores.get('mid')?.children).toEqual(['leaf-a', 'leaf-b']);
    // mid forecast = (1 + 3*0.2) / 4 = 0.4; top forecast = (3*0.4 + 0.4) / 4 = 0.4
    expect(scores.get('mid')?.forecast).toBeCloseTo(0.4, 10);
    expect(scores.get('top')?.forecast).toBeCloseTo(0.4, 10);
  });

  it('have no forecast when none of their children has one, two levels deep', () => {
    const scores = scoreObjectives(
      [
        objective('top'),
        objective('mid', { parent: 'top' }),
        objective('a', { parent: 'mid', keyResults: [kr(0.3)] }),
        objective('b', { parent: 'top', keyResults: [kr(0.1)] }),
      ],
      AS_OF,
    );
    expect(scores.get('top')?.score).toBeCloseTo(0.2, 10);
    expect(scores.get('mid')?.forecast).toBeNull();
    expect(scores.get('top')?.forecast).toBeNull();
    expect(scores.get('top')?.projectedToMiss).toBe(false);
  });

  it('count a child whose key results have no forecast by its score, beside a child with one', () => {
    const scores = scoreObjectives(
      [objective('top'), objective('projected', { parent: 'top', keyResults: [kr(0.2, 1, 0.8)] }), objective('new', { parent: 'top', keyResults: [kr(0.3)] })],
      AS_OF,
    );
    expect(scores.get('new')?.forecast).toBeNull();
    expect(scores.get('top')?.forecast).toBeCloseTo((0.8 + 0.3) / 2, 10);
  });

  it('score 0 with no forecast when they have no children', () => {
    const s = scoreObjectives([objective('lonely')], AS_OF).get('lonely');
    expect(s?.score).toBe(0);
    expect(s?.forecast).toBeNull();
    expect(s?.projectedToMiss).toBe(false);
  });

  it('stop at a cycle, counting the revisited objective as 0', () => {
    const scores = scoreObjectives(
      [
        objective('a', { parent: 'c' }),
        objective('c', { parent: 'a' }),
        objective('leaf', { parent: 'a', keyResults: [kr(0.8)] }),
        objective('self', { parent: 'self' }),
      ],
      AS_OF,
    );
    // From a: c sees a still open, so c = 0 and a = mean(c = 0, leaf = 0.8).
    expect(scores.get('c')?.score).toBe(0);
    expect(scores.get('a')?.score).toBeCloseTo(0.4, 10);
    expect(scores.get('self')?.score).toBe(0);
  });

  it('score 10,000 objectives in a 10,000-deep chain, reading each parent link a fixed number of times', () => {
    let parentReads = 0;
    const many: ObjectiveInput[] = [];
    for (let i = 0; i < 10_000; i++) {
      const o = objective(`o${i}`, { keyResults: i === 9_999 ? [kr(0.5)] : [] });
      const parent = i === 0 ? null : `o${i - 1}`;
      // Counting reads proves linearity deterministically; wall-clock time on a shared machine does not.
      Object.defineProperty(o, 'parent', {
        get: () => {
          parentReads++;
          return parent;
        },
      });
      many.push(o);
    }
    const began = performance.now();
    // A recursive roll-up would overflow the call stack on this chain.
    const scores = scoreObjectives(many, AS_OF);
    const took = performance.now() - began;
    expect(scores.size).toBe(10_000);
    expect(scores.get('o0')?.score).toBe(0.5);
    expect(scores.get('o0')?.children).toEqual(['o1']);
    expect(parentReads).toBeLessThanOrEqual(3 * 10_000);
    // Typically ~20 ms warm; the bound only catches something far worse than linear.
    expect(took).toBeLessThan(2_000);
  });
});
