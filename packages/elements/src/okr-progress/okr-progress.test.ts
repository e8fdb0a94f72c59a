import { describe, expect, it } from 'vitest';
import { barLayout, clampShare, parseKeyResultRef, progressText, ringLayout, toPercent } from './okr-progress.layout.js';

describe('clampShare and toPercent', () => {
  it('clamps to 0..1 and treats non-numbers as missing', () => {
    expect(clampShare(0.6)).toBe(0.6);
    expect(clampShare(1.37)).toBe(1);
    expect(clampShare(-0.2)).toBe(0);
    expect(clampShare(Number.NaN)).toBeNull();
    expect(clampShare(undefined)).toBeNull();
  });

  it('rounds to whole percent', () => {
    expect(toPercent(0.494505)).toBe(49);
    expect(toPercent(0.177083)).toBe(18);
    expect(toPercent(null)).toBeNull();
  });
});

describe('barLayout', () => {
  it('gives fill and marker as percent of the track', () => {
    expect(barLayout(0.6, 0.494505)).toEqual({ fill: 60, marker: 49.45 });
  });

  it('clamps overshoot, draws nothing for a missing value and no marker without pace', () => {
    expect(barLayout(1.4, null)).toEqual({ fill: 100, marker: null });
    expect(barLayout(null, 0.3)).toEqual({ fill: 0, marker: 30 });
  });
});

describe('ringLayout', () => {
  it('draws a stable ring with rounded numbers', () => {
    expect(ringLayout(0.6, 0.494505)).toMatchSnapshot();
  });

  it('puts the pace marker at the expected angle, clockwise from 12 o’clock', () => {
    const quarter = ringLayout(0.1, 0.25);
    expect(quarter.marker?.y1).toBeCloseTo(0, 5);
    expect(quarter.marker?.x1).toBeGreaterThan(0);
    const half = ringLayout(0.1, 0.5);
    expect(half.marker?.x1).toBeCloseTo(0, 5);
    expect(half.marker?.y1).toBeGreaterThan(0);
  });

  it('has no value arc at zero and a full one at or beyond 1', () => {
    expect(ringLayout(0, null).valueArc).toBeNull();
    expect(ringLayout(0, null).marker).toBeNull();
    expect(ringLayout(1.2, null).valueArc).toBe(ringLayout(1, null).valueArc);
    expect(ringLayout(1, null).valueArc).toBe(ringLayout(1, null).track);
  });
});

describe('progressText', () => {
  it('speaks value, status and pace', () => {
    expect(progressText(0.6, 0.494505, 'on-track', 'en-GB')).toEqual({ now: 60, max: 100, valueText: '60 %', expectedText: '49 %', spoken: '60 %, on track, expected 49 %' });
  });

  it('leaves out what it does not know', () => {
    expect(progressText(0.25, null, null, 'en-GB').spoken).toBe('25 %');
    expect(progressText(0.9, 1, 'partial', 'de-DE').spoken).toBe('90 %, partly achieved, expected 100 %');
    expect(progressText(null, null, null, 'en-GB')).toMatchObject({ now: null, valueText: '–' });
  });

  it('writes a score on the 0.00–1.00 scale, its expected pace too, with format "score"', () => {
    expect(progressText(0.5714, 0.494505, 'on-track', 'en-GB', 'score')).toEqual({
      now: 0.57,
      max: 1,
      valueText: '0.57',
      expectedText: '49 %',
      spoken: '0.57, on track, 49 % of the time passed',
    });
    expect(progressText(0.5714, 0.494505, null, 'en-GB')).toMatchObject({ now: 57, max: 100, spoken: '57 %, expected 49 %' });
    expect(progressText(null, null, null, 'en-GB', 'score')).toMatchObject({ now: null, valueText: '–', spoken: '–' });
  });
});

describe('parseKeyResultRef', () => {
  it('splits "objective#kr" and falls back to the given objective for a bare id', () => {
    expect(parseKeyResultRef('faster-checkout#lighthouse')).toEqual({ objective: 'faster-checkout', keyResult: 'lighthouse' });
    expect(parseKeyResultRef('lighthouse', 'faster-checkout')).toEqual({ objective: 'faster-checkout', keyResult: 'lighthouse' });
    expect(parseKeyResultRef('#lighthouse', 'faster-checkout')).toEqual({ objective: 'faster-checkout', keyResult: 'lighthouse' });
    expect(parseKeyResultRef('lighthouse')).toEqual({ objective: undefined, keyResult: 'lighthouse' });
  });
});
