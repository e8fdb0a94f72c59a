import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DARK_TOKENS,
  LIGHT_TOKENS,
  STALE_LOOK,
  formatBand,
  formatCompact,
  formatDate,
  formatGrade,
  formatPercent,
  formatScore,
  formatValue,
  gradeLook,
  healthLook,
  iconMarkup,
  iconPaths,
  keyResultFigures,
  kpiFigures,
  objectiveTone,
  statusLook,
  toneToken,
  trendLook,
  type IconName,
} from './format.js';

describe('@cairn/elements/format: values', () => {
  it('keeps the digit that tells a value from its target: 1,150,000 beside 1,200,000', () => {
    const among = [1_150_000, 1_200_000];
    expect(formatCompact(1_150_000, null, 'en-US', among)).toBe('1.15M');
    expect(formatCompact(1_200_000, null, 'en-US', among)).toBe('1.2M');
    expect(formatCompact(1_150_000, 'EUR', 'en-US', among)).toBe('€1.15M');
    expect(formatCompact(1_200_000, 'EUR', 'en-US', among)).toBe('€1.2M');
  });

  it('stays short when nothing beside it reads the same', () => {
    expect(formatCompact(1_150_000, null, 'en-US')).toBe('1.2M');
    expect(formatCompact(1_150_000, null, 'en-US', [2_000_000])).toBe('1.2M');
  });

  it('a key result halfway from 1.0M to 1.3M reads 1.15M, not 1.2M', () => {
    const kr = { start: 1_000_000, current: 1_150_000, target: 1_300_000, stretch: null };
    expect(keyResultFigures(kr)).toEqual([1_000_000, 1_150_000, 1_300_000]);
    expect(formatCompact(kr.current, 'EUR', 'en-US', keyResultFigures(kr))).toBe('€1.15M');
  });

  it('adds digits to small numbers too (4.404 beside a 4.4 line), and to the comma locales', () => {
    expect(formatValue(4.404, '%', 'en-US', { among: [4.4] })).toBe('4.404 %');
    expect(formatValue(4.4, '%', 'en-US', { among: [4.404] })).toBe('4.4 %');
    expect(formatCompact(1_150_000, 'EUR', 'de-DE', [1_200_000])).toBe('1,15\u00a0Mio.\u00a0€');
  });

  it('gives up compact notation when four more digits cannot tell two figures apart', () => {
    expect(formatCompact(1_000_000.4, null, 'en-US', [1_000_000])).toBe('1,000,000.4');
  });

  it('writes the KPI figures it compares: latest value, target and critical bands', () => {
    expect(kpiFigures({ latest: { value: 5 }, target: { min: 1, max: 8 }, critical: 12 })).toEqual([5, 1, 8, 12]);
    expect(kpiFigures({ latest: null, target: null, critical: null })).toEqual([]);
  });

  it('never reads two different figures the same (property)', () => {
    const figure = fc.integer({ min: 10_000, max: 5_000_000_000 });
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        fc.pre(a !== b);
        const among = [a, b];
        expect(formatCompact(a, 'EUR', 'en-GB', among)).not.toBe(formatCompact(b, 'EUR', 'en-GB', among));
      }),
    );
  });

  it('writes currency codes as money, other units after the number, percent with a space', () => {
    expect(formatValue(12.5, 'EUR', 'en-US')).toBe('€12.50');
    expect(formatValue(12, 'EUR', 'en-US')).toBe('€12');
    expect(formatValue(4.4, '%', 'en-US')).toBe('4.4 %');
    expect(formatValue(3, 'days', 'en-US')).toBe('3 days');
    expect(formatValue(1234.5, null, 'en-US')).toBe('1,235');
    expect(formatValue(null, 'EUR', 'en-US')).toBe('–');
  });

  it('never writes a value that is not 0 as "0": small values keep their first significant digit', () => {
    expect(formatValue(0.004, null, 'en-US')).toBe('0.004');
    expect(formatValue(0.004, '%', 'en-US', { among: [1, 2] })).toBe('0.004 %');
    expect(formatValue(-0.00049, 'days', 'en-US')).toBe('-0.0005 days');
    expect(formatValue(0.006, null, 'de-DE')).toBe('0,006');
    expect(formatValue(1.5e-25, null, 'en-US')).toBe('1.5E-25');
    expect(formatValue(0, '%', 'en-US')).toBe('0 %');
  });

  it('never writes a value that is not 0 as "0" (property)', () => {
    const nonZero = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((v) => v !== 0);
    fc.assert(
      fc.property(nonZero, fc.constantFrom(null, '%', 'EUR'), (value, unit) => {
        expect(formatValue(value, unit, 'en-GB')).toMatch(/[1-9]/);
      }),
    );
  });

  it('never rounds a percentage onto 100 % or onto the target beside it', () => {
    const uptime = [99.9, 99.5];
    expect(formatValue(99.899, '%', 'en-US', { among: uptime })).toBe('99.899 %');
    expect(formatValue(99.996, '%', 'en-US', { among: uptime })).toBe('99.996 %');
    expect(formatValue(100.004, '%', 'en-US')).toBe('100.004 %');
    expect(formatValue(100, '%', 'en-US', { among: uptime })).toBe('100 %');
    expect(formatValue(99.95, '%', 'en-US', { among: uptime })).toBe('99.95 %');
  });

  it('writes a band with its unit once', () => {
    expect(formatBand({ min: 1, max: 8 }, 'days', 'en-US')).toBe('1–8 days');
    expect(formatBand({ min: 1, max: 8 }, 'EUR', 'en-US')).toBe('€1–€8');
    expect(formatBand(90, '%', 'en-US')).toBe('90 %');
    expect(formatBand(null, '%', 'en-US')).toBe('–');
  });

  it('writes a score and a forecast with the same two decimals, a grade with one', () => {
    expect(formatScore(0.75)).toBe('0.75');
    expect(formatScore(0.8)).toBe('0.80');
    expect(formatGrade(0.7)).toBe('0.7');
    expect(formatScore(null)).toBe('–');
    expect(formatPercent(0.494, 'en-US')).toBe('49 %');
    expect(formatDate('2026-11-15', 'en-GB')).toBe('15 Nov 2026');
  });
});

describe('@cairn/elements/format: looks', () => {
  it('gives every status, health and trend a word, an icon and a tone', () => {
    expect(statusLook('partial')).toEqual({ label: 'Partly achieved', icon: 'half', tone: 'warn' });
    expect(healthLook('critical')).toEqual({ label: 'Critical', icon: 'cross', tone: 'bad' });
    expect(trendLook('improving')).toEqual({ label: 'Improving', icon: 'rising', tone: 'good' });
    expect(statusLook('odd')).toEqual({ label: 'odd', icon: 'question', tone: 'none' });
    expect(STALE_LOOK.icon).toBe('clock');
  });

  it('colours an objective by its status, whatever its grade colour', () => {
    expect(objectiveTone({ status: 'on-track' })).toBe('good');
    expect(objectiveTone({ status: 'at-risk' })).toBe('warn');
    expect(objectiveTone({ status: 'missed' })).toBe('bad');
    expect(gradeLook('yellow')).toEqual({ label: 'yellow', icon: 'half' });
    expect(toneToken('good')).toBe('--cairn-good');
  });

  it('draws every icon a look names as SVG paths, never as a glyph', () => {
    const looks = [
      ...['not-started', 'on-track', 'at-risk', 'off-track', 'done', 'achieved', 'partial', 'missed', 'odd'].map(statusLook),
      ...['healthy', 'warning', 'critical', 'unknown'].map(healthLook),
      ...['improving', 'worsening', 'flat', 'unknown'].map(trendLook),
      ...['green', 'yellow', 'red', null].map(gradeLook),
      STALE_LOOK,
    ];
    const names = new Set<IconName>(looks.map((l) => l.icon));
    for (const name of names) {
      expect(iconPaths(name).length, name).toBeGreaterThan(0);
      for (const p of iconPaths(name)) expect(p.d, name).toMatch(/^M[\d .,\-a-zA-Z]+$/);
      expect(iconMarkup(name)).toMatch(/^<svg [^>]*aria-hidden="true"[^>]*>(<path [^>]*\/>)+<\/svg>$/);
    }
  });

  it('offers the same light and dark colours the elements fall back to', () => {
    expect(Object.keys(DARK_TOKENS).sort()).toEqual(Object.keys(LIGHT_TOKENS).sort());
    expect(LIGHT_TOKENS.good).toMatch(/^#[0-9a-f]{6}$/);
  });
});
