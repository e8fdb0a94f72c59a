/**
 * A page author types attributes by hand: values out of range, equal or reversed bounds, one
 * measurement or two on the same day, negative numbers, a value missing, empty or unreadable. Whatever they write,
 * the gauge, the trend and the progress bar must draw without an exception and never show a
 * reader "NaN", "Infinity", "undefined" or "null", in text, in an accessible name or in an SVG path.
 * fast-check, seeded: a failure is shrunk to the smallest attributes that break, and printed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenShown, cleanup, mount, pageErrorsDuring, shadow } from '../../test/browser-helpers.js';
import '../kpi-gauge/kpi-gauge.js';
import '../kpi-trend/kpi-trend.js';
import '../okr-progress/okr-progress.js';

afterEach(cleanup);

async function expectClean(markup: string): Promise<void> {
  let bad: string[] = [];
  const errors = await pageErrorsDuring(async () => {
    bad = brokenShown(await mount<HTMLElement>(markup));
  });
  expect({ markup, bad, errors }).toEqual({ markup, bad: [], errors: [] });
}

const number = fc.oneof(
  fc.integer({ min: -200, max: 200 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1, 0.5, 1e-9, 99.999),
);
const maybe = (name: string, value: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.option(value.map((v) => ` ${name}="${v}"`), { nil: '' });
/** A number as an author writes it, or an empty or unreadable one, as a template may write it. */
const text = (arb: fc.Arbitrary<number>): fc.Arbitrary<string> => fc.oneof({ weight: 6, arbitrary: arb.map(String) }, { weight: 1, arbitrary: fc.constantFrom('', ' ', 'n/a', '1,5') });
const band = fc.oneof(text(number), fc.tuple(number, number).map(([a, b]) => `${a}..${b}`));
const day = fc.integer({ min: 0, max: 60 }).map((offset) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10));
const values = fc.array(fc.tuple(day, number).map(([d, v]) => `${d}:${v}`), { maxLength: 6 }).map((points) => points.join(' '));
const direction = fc.constantFrom('increase', 'decrease', 'range', 'sideways');
const unit = fc.constantFrom('%', 'EUR', 'ms', 'points');

const gauge = fc
  .tuple(maybe('value', text(number)), maybe('target', text(number)), maybe('critical', text(number)), maybe('min', text(number)), maybe('max', text(number)), maybe('direction', direction), maybe('unit', unit))
  .map((attributes) => `<kpi-gauge label="Gauge"${attributes.join('')}></kpi-gauge>`);
const trend = fc
  .tuple(maybe('values', values), maybe('target', band), maybe('critical', band), maybe('direction', direction), maybe('unit', unit))
  .map((attributes) => `<kpi-trend label="Trend" locale="en-GB"${attributes.join('')}></kpi-trend>`);
const progress = fc
  .tuple(maybe('value', text(number)), maybe('expected', text(number)), maybe('status', fc.constantFrom('on-track', 'at-risk', 'done', 'missed', 'nonsense')), maybe('variant', fc.constantFrom('bar', 'ring')))
  .map((attributes) => `<okr-progress label="Progress"${attributes.join('')}></okr-progress>`);

describe('odd attribute values', () => {
  it.each([
    ['kpi-gauge', gauge, 1],
    ['kpi-trend', trend, 2],
    ['okr-progress', progress, 3],
  ] as const)('<%s> never shows NaN, Infinity, undefined or null', async (_, markup, seed) => {
    await fc.assert(
      fc.asyncProperty(markup, expectClean),
      { numRuns: 100, seed },
    );
    // Hundreds of renders: slow on a busy CI machine, and speed is the benchmark's job.
  }, 120_000);
});

describe('an empty or unreadable number attribute', () => {
  it('counts as not set when empty: no gauge or bar is drawn for a reading nobody took', async () => {
    for (const markup of ['<kpi-gauge label="Uptime" value="" target="99.9"></kpi-gauge>', '<okr-progress label="Launch" value=" "></okr-progress>']) {
      const element = await mount<HTMLElement>(markup);
      expect(shadow(element).querySelector('[part="error"]')?.textContent, markup).toMatch(/No data/);
      expect(shadow(element).querySelector('[role="meter"], [role="progressbar"]'), markup).toBeNull();
      cleanup();
    }
  });

  it('says so when written but not a number', async () => {
    const element = await mount<HTMLElement>('<kpi-gauge label="Uptime" value="n/a" target="99.9"></kpi-gauge>');
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toContain('The value attribute is "n/a", which is not a number.');
  });

  it('leaves the other attributes as they are', async () => {
    const element = await mount<HTMLElement>('<kpi-gauge label="Uptime" value="99.95" target="99.9" critical=""></kpi-gauge>');
    const text = shadow(element).textContent?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain('Healthy');
    expect(text).toContain('99.95');
  });
});
