import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository } from '../index.js';

const base = [
  { path: 'periods.yaml', text: '- { id: launch-day, start: 2026-10-01, end: 2026-10-01 }\n- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
];

describe('config and period checks', () => {
  it('accepts a one-day period', () => {
    expect(checkRepository(loadRepository(base))).toEqual([]);
  });

  it('reports an unknown default_period at its line, with a suggestion', () => {
    const repo = loadRepository([...base, { path: 'cairn.config.yaml', text: 'organisation: Acme\ndefault_period: 2026-q5\n' }]);
    expect(checkRepository(repo)).toEqual([
      { code: 'unknown-period', severity: 'error', message: 'unknown period "2026-q5"', suggestion: 'did you mean "2026-q4"?', file: 'cairn.config.yaml', line: 2, column: 17 },
    ]);
  });

  it('takes an IANA time zone, and names a misspelt one at its line', () => {
    expect(checkRepository(loadRepository([...base, { path: 'cairn.config.yaml', text: 'time_zone: America/Los_Angeles\n' }]))).toEqual([]);
    const problems = checkRepository(loadRepository([...base, { path: 'cairn.config.yaml', text: 'organisation: Acme\ntime_zone: Europe/Berln\n' }]));
    expect(problems.map((p) => ({ message: p.message, line: p.line, column: p.column, severity: p.severity }))).toEqual([
      { message: '"time_zone" is not a time zone name: write one such as Europe/Berlin, America/Los_Angeles or UTC (got "Europe/Berln")', line: 2, column: 12, severity: 'error' },
    ]);
  });
});
