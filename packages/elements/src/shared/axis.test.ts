import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarTickLabels, criticalLegend } from './axis.js';
import { calendarTicks, dayOf, isoOfDay } from './scale.js';

describe('calendarTickLabels', () => {
  it('names months once, with the year on the first tick and in January', () => {
    expect(calendarTickLabels(['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01'], 'en-GB')).toEqual(['Oct 2026', 'Nov', 'Dec', 'Jan 2027']);
  });

  it('writes the day on weekly ticks, so a short window does not repeat "Oct"', () => {
    expect(calendarTickLabels(['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02'], 'en-GB')).toEqual(['5 Oct 2026', '12 Oct', '19 Oct', '26 Oct', '2 Nov']);
  });

  it('never gives two ticks of one year the same label, for any window and tick count (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf('2020-01-01'), max: dayOf('2030-01-01') }), fc.integer({ min: 1, max: 1500 }), fc.integer({ min: 2, max: 12 }), (start, span, count) => {
        const ticks = calendarTicks(start, start + span, count).map(isoOfDay);
        const labels = calendarTickLabels(ticks, 'en-GB');
        // The year is written where it changes, so a label is read with the year before it.
        const read = labels.map((label, i) => `${ticks[i]!.slice(0, 4)} ${label}`);
        expect(new Set(read).size).toBe(read.length);
      }),
    );
  });
});

describe('criticalLegend', () => {
  it('says which side of the line is critical', () => {
    expect(criticalLegend({ min: 1, max: 8 }, 'range', 'days', 'en-GB')).toBe('outside 1–8 days');
    expect(criticalLegend(80, 'increase', '%', 'en-GB')).toBe('≤ 80 %');
    expect(criticalLegend(2, 'decrease', '%', 'en-GB')).toBe('≥ 2 %');
    expect(criticalLegend(null, 'increase', '%', 'en-GB')).toBeNull();
  });
});
