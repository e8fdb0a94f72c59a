import { describe, expect, it } from 'vitest';
import { panBy, wheelZoom } from './okr-tree.pan-zoom.js';

describe('pan and zoom maths', () => {
  it('zooms in on a wheel turn up and out by as much on the same turn down', () => {
    expect(wheelZoom(0, 0)).toBe(1);
    expect(wheelZoom(-100, 0)).toBeGreaterThan(1);
    expect(wheelZoom(100, 0) * wheelZoom(-100, 0)).toBeCloseTo(1, 12);
  });

  it('counts wheel lines and pages as many pixels', () => {
    expect(wheelZoom(1, 1)).toBeCloseTo(wheelZoom(16, 0), 12);
    expect(wheelZoom(1, 2)).toBeCloseTo(wheelZoom(400, 0), 12);
  });

  it('pans from where the drag started, on whole pixels, keeping the zoom', () => {
    expect(panBy({ x: 16, y: 16, k: 1.5 }, 10.4, -20.6)).toEqual({ x: 26, y: -5, k: 1.5 });
  });
});
