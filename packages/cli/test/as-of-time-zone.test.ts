import { loadRepository } from '@cairn/core';
import { describe, expect, it } from 'vitest';
import { resolveAsOf } from '../src/goals.js';

const repo = (config: string) =>
  loadRepository([
    { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
    { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
    { path: 'cairn.config.yaml', text: config },
  ]);
// 01:06 UTC on Tuesday 8 December: Monday evening in Los Angeles.
const clock = () => new Date('2026-12-08T01:06:00Z');

describe('today, when as_of is not pinned', () => {
  it('is the day in time_zone, so a Monday-evening measurement in Los Angeles is dated Monday', () => {
    expect(resolveAsOf(undefined, repo('time_zone: America/Los_Angeles\n'), clock)).toBe('2026-12-07');
  });

  it('is the UTC day without time_zone', () => {
    expect(resolveAsOf(undefined, repo('organisation: Acme\n'), clock)).toBe('2026-12-08');
  });

  it('a pinned as_of and --as-of still win over the clock', () => {
    expect(resolveAsOf(undefined, repo('time_zone: America/Los_Angeles\nas_of: 2026-11-15\n'), clock)).toBe('2026-11-15');
    expect(resolveAsOf('2026-11-20', repo('time_zone: America/Los_Angeles\n'), clock)).toBe('2026-11-20');
  });
});
