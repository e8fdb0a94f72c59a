import { describe, expect, it } from 'vitest';
import { DayTexts } from './day-text.js';

describe('DayTexts', () => {
  it('reads the date written at a position of a longer text', () => {
    const days = new DayTexts();
    expect(days.at('- { date: 2026-10-03, value: 1 }', 10)).toBe('2026-10-03');
    expect(days.at('2024-02-29,4', 0)).toBe('2024-02-29');
  });

  it.each([
    ['slashes', '2026/10/03'],
    ['a short month', '2026-1-031'],
    ['letters', '2026-1O-03'],
    ['a sign', '+026-10-03'],
    ['full-width digits', '２０２６-10-03'],
    ['a text that ends early', '2026-10-0'],
    ['a day that does not exist', '2026-02-29'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-10-00'],
  ])('leaves a text with %s alone', (_, text) => {
    expect(new DayTexts().at(text, 0)).toBeUndefined();
  });

  it('still gives each date its own text after more dates than it keeps', () => {
    const days = new DayTexts();
    const start = Date.UTC(1990, 0, 1);
    for (let day = 0; day < 20_000; day += 1) {
      const iso = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      expect(days.at(`x ${iso} y`, 2)).toBe(iso);
    }
  });

  it('knows the dates it has read as real dates, and only those', () => {
    const days = new DayTexts();
    expect(days.has('1987-06-05')).toBe(false);
    days.at('1987-06-05', 0);
    expect(days.has('1987-06-05')).toBe(true);
    expect(days.at('1987-02-29', 0)).toBeUndefined();
    expect(days.has('1987-02-29')).toBe(false);
  });

  it('gives the same date read twice as one string, and keeps each table to itself', () => {
    const days = new DayTexts();
    const first = days.at('a 2026-10-03', 2);
    expect(days.at('2026-10-03 b', 0)).toBe(first);
    const other = new DayTexts();
    expect(other.has('2026-10-03')).toBe(false);
  });
});
