import { describe, expect, it } from 'vitest';
import { colour, paceStatus, scoreObjectives } from './index.js';

const q4 = { start: '2026-10-01', end: '2026-12-31' };

describe('committed objectives are kept in full or not at all', () => {
  it('a committed 0.96 grades 1.0 but is not green', () => {
    expect(colour(0.96, 'committed')).toBe('yellow');
    expect(colour(1, 'committed')).toBe('green');
    expect(colour(0.96, 'aspirational')).toBe('green');
  });

  it('a committed 0.96 after the period is missed, an aspirational one achieved', () => {
    expect(paceStatus({ score: 0.96, kind: 'committed', period: q4, asOf: '2027-01-05' })).toBe('missed');
    expect(paceStatus({ score: 0.96, kind: 'aspirational', period: q4, asOf: '2027-01-05' })).toBe('achieved');
  });
});

describe('projected to miss', () => {
  const objective = { id: 'o', kind: 'aspirational' as const, weight: 1, period: q4, keyResults: [{ weight: 1, progress: 0, forecast: 0.2 }] };

  it('is flagged while the period runs', () => {
    expect(scoreObjectives([objective], '2026-11-15').get('o')?.projectedToMiss).toBe(true);
  });

  it('is not flagged before the period starts or after it ends', () => {
    expect(scoreObjectives([objective], '2026-09-01').get('o')?.projectedToMiss).toBe(false);
    expect(scoreObjectives([objective], '2027-01-05').get('o')?.projectedToMiss).toBe(false);
  });
});
