import { describe, expect, it } from 'vitest';
import type { SnapshotKeyResult } from '../shared/snapshot.js';
import { confidenceText, expandHref, forecastText, formatMeasure, headingLevel, keyResultHref, keyResultMeasure, nameOf, narrativeExcerpt, percentText } from './okr-card.layout.js';

const kr = (over: Partial<SnapshotKeyResult>): SnapshotKeyResult => ({
  id: 'kr',
  ref: 'o#kr',
  title: 'A key result',
  type: 'metric',
  owner: null,
  weight: 1,
  start: 0,
  target: 10,
  stretch: null,
  current: 5,
  unit: null,
  kpi: null,
  direction: null,
  progress: 0.5,
  attainment: 0.5,
  stretchReached: false,
  heldShare: null,
  milestones: null,
  status: 'on-track',
  forecast: null,
  confidence: null,
  contributors: [],
  checkins: [],
  history: [],
  ...over,
});

describe('headingLevel', () => {
  it('accepts 1–6 and falls back to 3', () => {
    expect(headingLevel(2)).toBe(2);
    expect(headingLevel('6')).toBe(6);
    expect(headingLevel(0)).toBe(3);
    expect(headingLevel(7)).toBe(3);
    expect(headingLevel(2.5)).toBe(3);
    expect(headingLevel(undefined)).toBe(3);
  });
});

describe('narrativeExcerpt', () => {
  it('takes the first paragraph and joins its lines', () => {
    expect(narrativeExcerpt('First line\nsecond line.\n\nSecond paragraph.')).toBe('First line second line.');
  });

  it('strips markdown syntax and tags, keeping link text', () => {
    expect(narrativeExcerpt('## Why\n\n**Bold** and _em_ with `code`, a [link](https://x.example) and <img src=x onerror=alert(1)>![pic](a.png).')).toBe(
      'Bold and em with code, a link and pic.',
    );
    expect(narrativeExcerpt('> quoted\n> still quoted')).toBe('quoted still quoted');
    expect(narrativeExcerpt('- one\n- two')).toBe('one two');
  });

  it('shortens at a word boundary with an ellipsis, and survives nothing', () => {
    expect(narrativeExcerpt('alpha beta gamma delta epsilon', 18)).toBe('alpha beta gamma…');
    expect(narrativeExcerpt('')).toBe('');
    expect(narrativeExcerpt(null)).toBe('');
  });
});

describe('formatMeasure', () => {
  it('formats units through Intl in the locale', () => {
    expect(formatMeasure(2.1, 'MB', 'en-GB')).toBe('2.1 MB');
    expect(formatMeasure(36500, 'sessions', 'en-GB')).toBe('36,500 sessions');
    expect(formatMeasure(36500, 'sessions', 'de-DE')).toBe('36.500 sessions');
    expect(formatMeasure(99.1, '%', 'en-GB')).toBe('99.1 %');
    expect(formatMeasure(null, 'MB', 'en-GB')).toBe('–');
  });

  it('formats currency codes as currency, compact when large', () => {
    expect(formatMeasure(6_000_000, 'EUR', 'en-GB')).toBe('€6m');
    expect(formatMeasure(1200, 'EUR', 'en-GB')).toBe('€1,200');
    expect(formatMeasure(5_600_000, 'EUR', 'en-GB')).toBe('€5.6m');
    expect(formatMeasure(12.5, 'EUR', 'de-DE')).toBe('12,50\u00a0€');
    // Three capitals that are not a currency stay a unit.
    expect(formatMeasure(42, 'NPS', 'en-GB')).toBe('42 NPS');
  });
});

describe('keyResultMeasure', () => {
  it('metric: current → target, a word unit written once after the target', () => {
    expect(keyResultMeasure(kr({ current: 2.1, target: 0.8, unit: 'MB' }), 'en-GB')).toBe('2.1 → 0.8 MB');
    expect(keyResultMeasure(kr({ current: 1, target: 3, unit: 'products' }), 'en-GB')).toBe('1 → 3 products');
    expect(keyResultMeasure(kr({ current: 45, target: 60, unit: '%' }), 'en-GB')).toBe('45 → 60 %');
    expect(keyResultMeasure(kr({ current: null, target: 3, unit: 'products' }), 'en-GB')).toBe('– → 3 products');
    expect(keyResultMeasure(kr({ current: 1200, target: 1500, unit: 'EUR' }), 'en-GB')).toBe('€1,200 → €1,500');
  });

  it('milestone: how many are done', () => {
    const milestones = [
      { title: 'a', done: true, weight: 1 },
      { title: 'b', done: true, weight: 1 },
      { title: 'c', done: false, weight: 1 },
    ];
    expect(keyResultMeasure(kr({ type: 'milestone', milestones, target: null, current: 0.67 }), 'en-GB')).toBe('2 of 3 milestones');
    expect(keyResultMeasure(kr({ type: 'milestone', milestones: milestones.slice(2), target: null, current: 0 }), 'en-GB')).toBe('0 of 1 milestone');
  });

  it('maintain: the value and the bound it keeps', () => {
    expect(keyResultMeasure(kr({ type: 'maintain', current: 11.4, target: 12, unit: '%', direction: 'decrease' }), 'en-GB')).toBe('11.4 %, keep ≤ 12 %');
    expect(keyResultMeasure(kr({ type: 'maintain', current: 1, target: 2, unit: 'incidents', direction: 'decrease' }), 'en-GB')).toBe('1, keep ≤ 2 incidents');
    expect(keyResultMeasure(kr({ type: 'maintain', current: 98, target: 95, unit: 'EUR', direction: 'increase' }), 'en-GB')).toBe('€98, keep ≥ €95');
    expect(keyResultMeasure(kr({ type: 'maintain', current: null, target: 2, unit: 'incidents', direction: 'decrease' }), 'en-GB')).toBe('–, keep ≤ 2 incidents');
  });

  it('without a target, just the current value', () => {
    expect(keyResultMeasure(kr({ target: null, current: 3, unit: 'drills' }), 'en-GB')).toBe('3 drills');
  });
});

describe('small words', () => {
  it('confidence as percent, or as a number on larger scales', () => {
    expect(confidenceText(0.4, 'en-GB')).toBe('40 %');
    expect(percentText(0.494505, 'de-DE')).toBe('49 %');
    expect(percentText(null, 'en-GB')).toBe('–');
    expect(confidenceText(7, 'en-GB')).toBe('7');
    expect(confidenceText(null, 'en-GB')).toBeNull();
  });

  it('forecast with the same two decimals as the score beside it', () => {
    expect(forecastText(0.848252)).toBe('projected 0.85 at period end');
    expect(forecastText(0.75)).toBe('projected 0.75 at period end');
    expect(forecastText(null)).toBeNull();
  });

  it('href templates with encoded values', () => {
    expect(expandHref('/objectives/{id}/', { id: 'faster-checkout', period: '2026-q4', team: 'web' })).toBe('/objectives/faster-checkout/');
    expect(expandHref('/{period}/{team}/{id}?x={nope}', { id: 'a b', period: '2026-q4', team: 'w/eb' })).toBe('/2026-q4/w%2Feb/a%20b?x={nope}');
  });

  it('key-result links: their own template, else the objective link at #kr-<id>, else none', () => {
    const o = { id: 'faster-checkout', period: '2026-q4', team: 'web' };
    expect(keyResultHref({ keyResultHref: '/o/{id}/{kr}', href: '/x/' }, o, 'page weight')).toBe('/o/faster-checkout/page%20weight');
    expect(keyResultHref({ href: '/objectives/{period}/{id}/' }, o, 'lighthouse')).toBe('/objectives/2026-q4/faster-checkout/#kr-lighthouse');
    // An href with its own fragment gets the key result's instead.
    expect(keyResultHref({ href: '/objectives/{id}/#top' }, o, 'lighthouse')).toBe('/objectives/faster-checkout/#kr-lighthouse');
    expect(keyResultHref({}, o, 'lighthouse')).toBeNull();
  });

  it('names from ids, else the id', () => {
    expect(nameOf([{ id: 'web', name: 'Web Shop' }], 'web')).toBe('Web Shop');
    expect(nameOf([], 'web')).toBe('web');
  });
});
