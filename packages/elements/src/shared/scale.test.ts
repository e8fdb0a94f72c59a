import { describe, expect, it } from 'vitest';
import { calendarTicks, dayOf, isoOfDay, linearScale, linearTicks, niceDomain } from './scale.js';

describe('linearScale', () => {
  it('maps the domain onto the range, clamping only when asked', () => {
    const y = linearScale([0, 100], [200, 0]);
    expect([y(0), y(50), y(100), y(150)]).toEqual([200, 100, 0, -100]);
    expect(linearScale([0, 100], [200, 0], true)(150)).toBe(0);
    expect(linearTicks(y, 5)).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('rounds domains out to nice values', () => {
    expect(niceDomain(3.7, 97.2)).toEqual([0, 100]);
    expect(niceDomain(0.83, 1.27)).toEqual([0.8, 1.3]);
  });
});

describe('calendarTicks', () => {
  const iso = (ticks: number[]) => ticks.map(isoOfDay);

  it('picks quarter starts for an 18-month window', () => {
    expect(iso(calendarTicks(dayOf('2025-05-15'), dayOf('2026-11-14'), 7))).toEqual(['2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
  });

  it('picks month starts when there is room, and days for short windows', () => {
    expect(iso(calendarTicks(dayOf('2026-01-10'), dayOf('2026-04-20'), 12))).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(calendarTicks(dayOf('2026-11-01'), dayOf('2026-11-14'), 4).length).toBeLessThanOrEqual(4);
    expect(calendarTicks(dayOf('2026-11-01'), dayOf('2026-11-05'), 10)).toHaveLength(5);
  });
});
