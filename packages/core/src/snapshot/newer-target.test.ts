import { describe, expect, it } from 'vitest';
import { newerTarget } from './newer-target.js';

const stepped = [
  { from: '2026-01-01', value: 70 },
  { from: '2026-11-01', value: 90 },
];

describe('newerTarget', () => {
  it('names a target that came into force after the latest measurement, by the as-of day', () => {
    const kpi = { targets: stepped, target: 70, latest: { date: '2026-10-25' } };
    expect(newerTarget(kpi, '2026-10-31')).toBeNull();
    expect(newerTarget(kpi, '2026-11-02')).toEqual({ from: '2026-11-01', value: 90 });
  });

  it('is null once a measurement is judged against it, for a single target, without data, or for the same value again', () => {
    expect(newerTarget({ targets: stepped, target: 90, latest: { date: '2026-11-03' } }, '2026-11-15')).toBeNull();
    expect(newerTarget({ targets: null, target: 70, latest: { date: '2026-10-25' } }, '2026-11-15')).toBeNull();
    expect(newerTarget({ targets: stepped, target: null, latest: null }, '2026-11-15')).toBeNull();
    const same = [
      { from: '2026-01-01', value: { min: 2, max: 5 } },
      { from: '2026-11-01', value: { min: 2, max: 5 } },
    ];
    expect(newerTarget({ targets: same, target: { min: 2, max: 5 }, latest: { date: '2026-10-25' } }, '2026-11-15')).toBeNull();
  });
});
