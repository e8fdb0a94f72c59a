import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, paceStatus } from './index.js';

// Ten days long, so the midpoint 2026-10-06 expects exactly 0.5.
const TEN_DAYS = { start: '2026-10-01', end: '2026-10-11' };
const MID = '2026-10-06';
const AFTER = '2026-10-20';

function status(score: number, asOf: string, kind: 'aspirational' | 'committed' = 'aspirational') {
  return paceStatus({ score, kind, period: TEN_DAYS, asOf });
}

describe('paceStatus during the period', () => {
  it('is on-track up to a lag of 0.10, at-risk up to 0.25, off-track beyond', () => {
    expect(status(0.4, MID)).toBe('on-track'); // lag 0.10 exactly
    expect(status(0.39, MID)).toBe('at-risk');
    expect(status(0.25, MID)).toBe('at-risk'); // lag 0.25 exactly
    expect(status(0.24, MID)).toBe('off-track');
  });

  it('is done once the score reaches 1, whatever the pace', () => {
    expect(status(1, '2026-10-02')).toBe('done');
  });

  it('is judged by pace, not outcome, on the end day itself', () => {
    expect(status(0.5, '2026-10-11')).toBe('off-track');
  });

  it('uses configured pace thresholds', () => {
    const tight = { ...DEFAULT_SETTINGS, pace: { onTrack: 0.05, atRisk: 0.1 } };
    expect(paceStatus({ score: 0.42, kind: 'aspirational', period: TEN_DAYS, asOf: MID, settings: tight })).toBe('at-risk');
  });
});

describe('paceStatus outside the period', () => {
  it('is not-started before the start day, even with progress', () => {
    expect(status(0.3, '2026-09-30')).toBe('not-started');
  });

  it('is achieved / partial / missed by colour after the end', () => {
    expect(status(0.7, AFTER)).toBe('achieved');
    expect(status(0.5, AFTER)).toBe('partial');
    expect(status(0.2, AFTER)).toBe('missed');
  });

  it('is missed for a committed objective that ended below 1.0', () => {
    expect(status(0.9, AFTER, 'committed')).toBe('missed');
    expect(status(0.5, AFTER, 'committed')).toBe('missed');
    expect(status(1, AFTER, 'committed')).toBe('achieved');
  });
});
