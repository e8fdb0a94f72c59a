import { describe, expect, it } from 'vitest';
import { figureWriter, kpiFigures } from '../index.js';

const { formatBand, formatValue } = figureWriter();

describe('formatValue', () => {
  const uptime = kpiFigures({ latest: { value: 99.899 }, target: 99.9, critical: 99.5 });

  it('never rounds a value onto the target beside it', () => {
    expect(formatValue(99.899, '%', 'en-GB', { among: uptime })).toBe('99.899 %');
    expect(formatValue(99.9, '%', 'en-GB', { among: uptime })).toBe('99.9 %');
  });

  it('never rounds a percentage that is not 100 onto 100 %', () => {
    expect(formatValue(99.996, '%', 'en-GB', { among: [99.9, 99.5] })).toBe('99.996 %');
    expect(formatValue(100, '%', 'en-GB', { among: [99.9] })).toBe('100 %');
    // Only percentages: 99.996 seconds is not a claim about 100 of anything.
    expect(formatValue(99.996, 's', 'en-GB')).toBe('100 s');
  });

  it('never writes a value that is not 0 as 0', () => {
    expect(formatValue(0.004, '%', 'en-GB')).toBe('0.004 %');
    expect(formatValue(0.004, 'EUR', 'en-GB')).toBe('€0.004');
    expect(formatValue(2e-30, null, 'en-GB')).toBe('2E-30');
    expect(formatValue(0, null, 'en-GB')).toBe('0');
  });

  it('writes a band with its unit once, money on both ends', () => {
    expect(formatBand({ min: 30, max: 45 }, 'days', 'en-GB')).toBe('30–45 days');
    expect(formatBand({ min: 1, max: 2 }, 'EUR', 'en-GB')).toBe('€1–€2');
  });
});

describe('figureWriter', () => {
  it('keeps the formatters it builds, and shares none with another writer', () => {
    const one = figureWriter();
    const options = { maximumFractionDigits: 1 };
    expect(one.safeNumberFormat('en-GB', options)).toBe(one.safeNumberFormat('en-GB', { maximumFractionDigits: 1 }));
    expect(figureWriter().safeNumberFormat('en-GB', options)).not.toBe(one.safeNumberFormat('en-GB', options));
    expect(one.dateFormat('en-GB', { month: 'short' }).format(new Date('2026-11-30T23:30:00Z'))).toBe('Nov');
    expect(one.safeNumberFormat('not a locale!', options).format(1.25)).toBe('1.3');
  });
});
