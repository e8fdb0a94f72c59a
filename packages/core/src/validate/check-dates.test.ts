import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository, type SourceFile } from '../index.js';

const files: SourceFile[] = [
  { path: 'periods.yaml', text: '- { id: 2026-q3, start: 2026-07-01, end: 2026-09-30 }\n- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
  {
    path: 'objectives/2026-q4/acme/grow.md',
    text: [
      '---',
      'title: Grow',
      'owner: dana',
      'key_results:',
      '  - title: Customers',
      '    target: 10',
      '    checkins:',
      '      - { date: 2026-10-20, value: 3 }',
      '      - { date: 2026-12-13, value: 5 }',
      '  - title: Partners',
      '    target: 4',
      '    checkins:',
      '      - { date: 2026-12-20, value: 3 }',
      '      - { date: 2026-11-30, value: 2 }',
      '---',
      '',
    ].join('\n'),
  },
  {
    path: 'objectives/2026-q3/acme/old.md',
    text: '---\ntitle: Old\nowner: dana\nkey_results:\n  - { title: x, target: 2, checkins: [{ date: 2026-12-01, value: 1 }] }\n  - { title: y, target: 3 }\n---\n',
  },
  { path: 'kpis/revenue.yaml', text: 'title: Revenue\nowner: dana\nfrequency: monthly\ntarget: 10\nmeasurements:\n  - { date: 2026-10-31, value: 8 }\n' },
  { path: 'kpis/revenue.csv', text: 'date,value\n2026-12-31,9\n2026-09-30,7\n2026-11-30,8.5\n' },
];

const brief = (asOf?: string): string[] =>
  checkRepository(loadRepository(files), asOf === undefined ? {} : { asOf })
    .filter((p) => p.code === 'dated-after-as-of')
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.severity} ${p.message}`);

describe('check-ins and measurements dated after the as-of date', () => {
  it('are warned about once per key result and KPI, at the earliest such date', () => {
    expect(brief('2026-11-15')).toEqual([
      'kpis/revenue.csv:4:1 warning 2 measurements (the first dated 2026-11-30) are after the as-of date 2026-11-15, so they do not count yet',
      'objectives/2026-q4/acme/grow.md:9:17 warning check-in dated 2026-12-13 is after the as-of date 2026-11-15, so it does not count yet',
      'objectives/2026-q4/acme/grow.md:14:17 warning 2 check-ins (the first dated 2026-11-30) are after the as-of date 2026-11-15, so they do not count yet',
    ]);
  });

  it('say how to read them: a typo, or an as-of date pinned in the config', () => {
    const [problem] = checkRepository(loadRepository(files), { asOf: '2026-12-15' }).filter((p) => p.code === 'dated-after-as-of');
    expect(problem?.suggestion).toBe('if the date is a typo, correct it; the as-of date is today unless cairn.config.yaml pins as_of');
  });

  it('leave out check-ins after their period, which have a warning of their own', () => {
    const problems = checkRepository(loadRepository(files), { asOf: '2026-11-15' });
    expect(problems.filter((p) => p.file === 'objectives/2026-q3/acme/old.md').map((p) => p.code)).toEqual(['checkin-outside-period']);
  });

  it('are not checked without an as-of date, nor when nothing is later', () => {
    expect(brief()).toEqual([]);
    expect(brief('2026-12-31')).toEqual([]);
  });
});
