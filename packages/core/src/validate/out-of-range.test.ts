import { describe, expect, it } from 'vitest';
import { checkRepository, loadRepository, type SourceFile } from '../index.js';

const BASE: SourceFile[] = [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
];

function found(file: SourceFile): [number, number, string, string][] {
  return checkRepository(loadRepository([...BASE, file]))
    .filter((p) => p.file === file.path && p.severity === 'error')
    .map((p) => [p.line, p.column, p.code, p.message]);
}

const kpi = (fields: string): SourceFile => ({ path: 'kpis/sales.yaml', text: `title: Sales\nowner: dana\nfrequency: monthly\n${fields}` });
const objective = (keyResults: string): SourceFile => ({ path: 'objectives/2026-q4/acme/grow.md', text: `---\ntitle: Grow\nowner: dana\nkey_results:\n${keyResults}---\n` });

describe('numbers out of range, wherever they are written', () => {
  it('a KPI target beyond 1e15, written as a number or past what a double holds', () => {
    expect(found(kpi('target: 1.7e308\n'))).toEqual([[4, 9, 'out-of-range', '"target" must lie between -1e15 and 1e15, not 1.7e308']]);
    expect(found(kpi('target: 1e400\n'))).toEqual([[4, 9, 'out-of-range', '"target" must lie between -1e15 and 1e15, not 1e400']]);
  });

  it('a band bound and a critical line', () => {
    expect(found(kpi('direction: range\ntarget: { min: -2e15, max: 5 }\ncritical: { min: -1, max: 1e16 }\n'))).toEqual([
      [5, 16, 'out-of-range', '"min" must lie between -1e15 and 1e15, not -2e15'],
      [6, 27, 'out-of-range', '"max" must lie between -1e15 and 1e15, not 1e16'],
    ]);
  });

  it('a milestone weight above 1e6 and a check-in value of .inf', () => {
    const file = objective('  - title: Steps\n    milestones: [{ title: a, weight: 2e6 }]\n  - title: Count\n    target: 5\n    checkins: [{ date: 2026-10-05, value: .inf }]\n');
    expect(found(file)).toEqual([
      [6, 38, 'out-of-range', '"weight" must be at most 1e6, not 2e6'],
      [9, 43, 'out-of-range', '"value" must lie between -1e15 and 1e15, not .inf'],
    ]);
  });

  it('accepts the bounds themselves', () => {
    expect(found(kpi('target: 1e15\ncritical: -1e15\nmeasurements: [{ date: 2026-10-01, value: -1e15 }]\n'))).toEqual([]);
    expect(found(objective('  - { title: A, weight: 1e6, start: -1e15, target: 1e15 }\n  - { title: B, target: 1 }\n'))).toEqual([]);
  });
});
