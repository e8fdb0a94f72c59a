import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository } from '../index.js';
import { dateSuggestion, didYouMean, didYouMeanField, didYouMeanValue, missingDayHint } from './suggest.js';

describe('dateSuggestion: a date spelt another way, rewritten YYYY-MM-DD', () => {
  it('year first, with / or . or unpadded parts', () => {
    expect(dateSuggestion('2026/10/1')).toBe('write 2026-10-01');
    expect(dateSuggestion('2026.10.01')).toBe('write 2026-10-01');
    expect(dateSuggestion('2026-1-5')).toBe('write 2026-01-05');
    expect(dateSuggestion(' 2026/12/31 ')).toBe('write 2026-12-31');
  });

  it('year last: day or month first, told apart when a part is above 12', () => {
    expect(dateSuggestion('16/10/2026')).toBe('write 2026-10-16');
    expect(dateSuggestion('10/16/2026')).toBe('write 2026-10-16');
    expect(dateSuggestion('16.10.2026')).toBe('write 2026-10-16');
    expect(dateSuggestion('7/7/2026')).toBe('write 2026-07-07');
  });

  it('both readings, named, when either order is possible', () => {
    expect(dateSuggestion('3/10/2026')).toBe('write 2026-10-03 for 3 October or 2026-03-10 for 10 March');
    expect(dateSuggestion('12/1/2026')).toBe('write 2026-01-12 for 12 January or 2026-12-01 for 1 December');
  });

  it('the day and month swapped after the year, said to be a guess', () => {
    expect(dateSuggestion('2026-31-12')).toBe('write 2026-12-31 if 31 is the day');
    expect(dateSuggestion('2026-13-01')).toBe('write 2026-01-13 if 13 is the day');
  });

  it('nothing to suggest: already YYYY-MM-DD, no reading works, or not a date at all', () => {
    expect(dateSuggestion('2026-02-30')).toBeUndefined();
    expect(dateSuggestion('2026-13-13')).toBeUndefined();
    expect(dateSuggestion('40/40/2026')).toBeUndefined();
    expect(dateSuggestion('0/5/2026')).toBeUndefined();
    expect(dateSuggestion('next Tuesday')).toBeUndefined();
    expect(dateSuggestion('2026')).toBeUndefined();
    expect(dateSuggestion(20261003)).toBeUndefined();
    expect(dateSuggestion(null)).toBeUndefined();
  });

  it('every date it writes is YYYY-MM-DD and keeps the year and both numbers', () => {
    const part = fc.integer({ min: 0, max: 40 });
    const spelling = fc.tuple(part, part, fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('/', '.', '-'), fc.boolean()).map(([a, b, year, sep, yearFirst]) => ({
      text: yearFirst ? `${year}${sep}${a}${sep}${b}` : `${a}${sep}${b}${sep}${year}`,
      year,
      parts: [a, b].sort((x, y) => x - y),
    }));
    fc.assert(
      fc.property(spelling, ({ text, year, parts }) => {
        const hint = dateSuggestion(text);
        if (hint === undefined) return;
        const dates = [...hint.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((match) => match[0]);
        expect(dates.length).toBeGreaterThan(0);
        for (const date of dates) {
          expect(date).toMatch(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
          expect(Number(date.slice(0, 4))).toBe(year);
          expect([Number(date.slice(5, 7)), Number(date.slice(8))].sort((x, y) => x - y)).toEqual(parts);
        }
      }),
      { seed: 20261123, numRuns: 3000 },
    );
  });
});

describe('did you mean', () => {
  const fields = ['id', 'title', 'start', 'target', 'unit', 'checkins'];

  it('a typo within reach gets the closest field or value', () => {
    expect(didYouMean('titl', fields)).toBe('did you mean "title"?');
    expect(didYouMean('titel', fields)).toBe('did you mean "title"?');
    expect(didYouMean('taregt', fields)).toBe('did you mean "target"?');
    expect(didYouMean('tilte', fields)).toBe('did you mean "title"?');
    expect(didYouMean('ittle', fields)).toBe('did you mean "title"?');
    expect(didYouMean('eltit', fields)).toBeUndefined();
    expect(didYouMean('check_ins', fields)).toBe('did you mean "checkins"?');
    expect(didYouMean('zzzzzz', fields)).toBeUndefined();
  });

  it("an unknown field that is another tool's word for one of Cairn's gets that field", () => {
    expect(didYouMeanField('from', fields)).toBe('did you mean "start"?');
    expect(didYouMeanField('Baseline', fields)).toBe('did you mean "start"?');
    expect(didYouMeanField('goal', fields)).toBe('did you mean "target"?');
    expect(didYouMeanField('name', fields)).toBe('did you mean "title"?');
  });

  it('a synonym for a field this place does not have is not suggested, nor is an inherited name', () => {
    expect(didYouMeanField('deadline', fields)).toBeUndefined();
    expect(didYouMeanField('constructor', fields)).toBeUndefined();
    expect(didYouMeanField('titel', fields)).toBe('did you mean "title"?');
  });
});

describe('did you mean, for a value outside a list of choices', () => {
  const directions = ['increase', 'decrease', 'range'];
  const frequencies = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'];

  it('an everyday word gets the choice it means', () => {
    expect(didYouMeanValue('up', directions)).toBe('did you mean "increase"?');
    expect(didYouMeanValue('Lower', directions)).toBe('did you mean "decrease"?');
    expect(didYouMeanValue('between', directions)).toBe('did you mean "range"?');
    expect(didYouMeanValue('annual', frequencies)).toBe('did you mean "yearly"?');
  });

  it('the one choice a word begins, or the closest', () => {
    expect(didYouMeanValue('month', frequencies)).toBe('did you mean "monthly"?');
    expect(didYouMeanValue('quarter', frequencies)).toBe('did you mean "quarterly"?');
    expect(didYouMeanValue('dialy', frequencies)).toBe('did you mean "daily"?');
    expect(didYouMeanValue('increse', directions)).toBe('did you mean "increase"?');
  });

  it('nothing for a synonym of a choice not offered, a short or shared beginning, or a far word', () => {
    expect(didYouMeanValue('up', frequencies)).toBeUndefined();
    expect(didYouMeanValue('de', directions)).toBeUndefined();
    expect(didYouMeanValue('sideways', directions)).toBeUndefined();
    expect(didYouMeanValue('toString', directions)).toBeUndefined();
  });
});

describe('missingDayHint: a day that is not on the calendar, written YYYY-MM-DD', () => {
  it('names the days its month has, leap years included, or that the month does not exist', () => {
    expect(missingDayHint('2027-02-30')).toBe('February 2027 has 28 days');
    expect(missingDayHint('2028-02-30')).toBe('February 2028 has 29 days');
    expect(missingDayHint('2026-04-31')).toBe('April 2026 has 30 days');
    expect(missingDayHint('2026-13-01')).toBe('there is no month 13; months run from 01 to 12');
    expect(missingDayHint('31/12/2026')).toBeUndefined();
  });

  it('validate gives it for such a date in YAML and in a CSV', () => {
    const problems = checkRepository(
      loadRepository([
        { path: 'periods.yaml', text: '- { id: 2027-q1, start: 2027-01-01, end: 2027-02-30 }\n' },
        { path: 'kpis/nps.yaml', text: 'title: NPS\ntarget: 40\n' },
        { path: 'kpis/nps.csv', text: 'date,value\n2026-11-31,38\n2026-31-12,39\n' },
      ]),
      { asOf: '2026-12-01' },
    ).filter((p) => p.code === 'invalid-date');
    expect(problems.map((p) => [p.file, p.message, p.suggestion])).toEqual([
      ['kpis/nps.csv', '"date" is not a real calendar date (got "2026-11-31")', 'November 2026 has 30 days'],
      // A day and month that look swapped keep the hint that rewrites them.
      ['kpis/nps.csv', '"date" is not a real calendar date (got "2026-31-12")', 'write 2026-12-31 if 31 is the day'],
      ['periods.yaml', '"end" is not a real calendar date (got "2027-02-30")', 'February 2027 has 28 days'],
    ]);
  });
});
