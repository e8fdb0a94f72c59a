import { describe, expect, it } from 'vitest';
import { resolveAsOf } from './settings.js';

describe("the site's as-of day", () => {
  it("is today in the config's time_zone when as_of is not pinned", () => {
    const clock = () => new Date('2026-12-31T20:30:00Z');
    expect(resolveAsOf(undefined, { time_zone: 'Asia/Tokyo' }, clock)).toBe('2027-01-01');
    expect(resolveAsOf(undefined, {}, clock)).toBe('2026-12-31');
    expect(resolveAsOf(undefined, { time_zone: 'Asia/Tokyo', as_of: '2026-11-15' }, clock)).toBe('2026-11-15');
  });
});
