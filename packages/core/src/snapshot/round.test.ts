import { describe, expect, it } from 'vitest';
import { round6, round6OrNull } from './round.js';

describe('round6', () => {
  it('keeps six decimals and never gives -0', () => {
    expect(round6(0.12345678)).toBe(0.123457);
    expect(round6(-0.12345678)).toBe(-0.123457);
    // toBe compares with Object.is, so -0 would fail here.
    expect(round6(-0)).toBe(0);
    expect(round6(-1e-9)).toBe(0);
    expect(round6OrNull(null)).toBeNull();
  });
});
