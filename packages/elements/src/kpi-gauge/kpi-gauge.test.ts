import { describe, expect, it } from 'vitest';
import { gaugeBands, gaugeDomain, gaugeLayout, sector } from './kpi-gauge.layout.js';

describe('gaugeDomain', () => {
  it('derives nice ends from target and critical, never below zero for positive data', () => {
    expect(gaugeDomain({ value: 88, target: 90, critical: 80, direction: 'increase' })).toEqual([75, 95]);
    expect(gaugeDomain({ value: 0.8, target: 1, critical: 2, direction: 'decrease' })).toEqual([0, 3]);
  });

  it('keeps a percentage scale at or below 100 unless the data goes beyond', () => {
    expect(gaugeDomain({ value: 99.97, target: 99.9, critical: 99.5, direction: 'increase' })).toEqual([99.2, 100.4]);
    expect(gaugeDomain({ value: 99.97, target: 99.9, critical: 99.5, direction: 'increase', ceiling: 100 })).toEqual([99.2, 100]);
    expect(gaugeDomain({ value: 104, target: 90, critical: 80, direction: 'increase', ceiling: 100 })[1]).toBeGreaterThan(104);
  });

  it('respects given ends and survives no data at all', () => {
    expect(gaugeDomain({ value: 50, target: 90, critical: 80, direction: 'increase', min: 0, max: 100 })).toEqual([0, 100]);
    expect(gaugeDomain({ value: null, target: null, critical: null, direction: 'increase' })).toEqual([0, 100]);
  });
});

describe('gaugeBands follow the direction', () => {
  it('increase: critical below, warning between, healthy above the target', () => {
    expect(gaugeBands({ value: 88, target: 90, critical: 80, direction: 'increase' }, [70, 100])).toEqual([
      { tone: 'bad', from: 70, to: 80 },
      { tone: 'warn', from: 80, to: 90 },
      { tone: 'good', from: 90, to: 100 },
    ]);
  });

  it('decrease: healthy below the target, critical above the critical line', () => {
    expect(gaugeBands({ value: 1.3, target: 1, critical: 2, direction: 'decrease' }, [0, 3])).toEqual([
      { tone: 'good', from: 0, to: 1 },
      { tone: 'warn', from: 1, to: 2 },
      { tone: 'bad', from: 2, to: 3 },
    ]);
  });

  it('range: healthy inside the band, critical outside the critical band', () => {
    expect(gaugeBands({ value: 52, target: { min: 30, max: 45 }, critical: { min: 20, max: 60 }, direction: 'range' }, [0, 80]).map((b) => [b.tone, b.from, b.to])).toEqual([
      ['bad', 0, 20],
      ['warn', 20, 30],
      ['good', 30, 45],
      ['warn', 45, 60],
      ['bad', 60, 80],
    ]);
  });

  it('without a critical line, anything short of the target is a warning', () => {
    expect(gaugeBands({ value: 3, target: 5, critical: null, direction: 'increase' }, [0, 10]).map((b) => b.tone)).toEqual(['warn', 'good']);
  });
});

describe('gaugeLayout', () => {
  it('draws a stable SVG with rounded numbers', () => {
    expect(gaugeLayout({ value: 88, target: 90, critical: 80, direction: 'increase' })).toMatchSnapshot();
  });

  it('puts the needle at the value and clamps values beyond the scale', () => {
    const mid = gaugeLayout({ value: 50, target: null, critical: null, direction: 'increase', min: 0, max: 100 });
    expect(mid.needle?.x2).toBeCloseTo(0, 5);
    expect(mid.needle?.y2).toBeLessThan(0);
    const beyond = gaugeLayout({ value: 500, target: null, critical: null, direction: 'increase', min: 0, max: 100 });
    const top = gaugeLayout({ value: 100, target: null, critical: null, direction: 'increase', min: 0, max: 100 });
    expect(beyond.needle).toEqual(top.needle);
  });

  it('is smaller when compact and drops the tick labels', () => {
    const compact = gaugeLayout({ value: 1, target: 2, critical: null, direction: 'increase', compact: true });
    expect(compact.width).toBeLessThan(gaugeLayout({ value: 1, target: 2, critical: null, direction: 'increase' }).width);
    expect(compact.ticks).toEqual([]);
  });
});

describe('sector', () => {
  it('draws an annular sector clockwise from 12 o\'clock', () => {
    expect(sector(8, 10, 0, Math.PI / 2)).toBe('M0,-10A10,10,0,0,1,10,0L8,0A8,8,0,0,0,0,-8Z');
  });

  it('sets the large-arc flag past half a turn and draws nothing for an empty sweep', () => {
    expect(sector(8, 10, -2, 2)).toContain('A10,10,0,1,1');
    expect(sector(8, 10, 1, 1)).toBe('');
  });
});
