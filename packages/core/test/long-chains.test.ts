/**
 * Long chains of parents: 10,000 teams each the child of the one before, and thousands of
 * objectives each aligned to the one before. Validation walks each chain once (a walk stops
 * where an earlier one ended), so it stays linear, and reports a loop at the far end of a
 * chain once, named as before. The time is measured in docs/reliability.md, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkRepository, loadRepository, type SourceFile } from '../src/index.js';

const PERIODS = { path: 'periods.yaml', text: '- { id: 2026-q4, name: Q4, start: 2026-10-01, end: 2026-12-31 }\n' };

function teamChain(n: number, loopBack = false): SourceFile {
  const lines = Array.from({ length: n }, (_, i) => `- { id: t${i}, name: T${i}${i > 0 ? `, parent: t${i - 1}` : loopBack ? `, parent: t${n - 1}` : ''} }`);
  return { path: 'teams.yaml', text: `${lines.join('\n')}\n` };
}

function objectiveChain(n: number): SourceFile[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `objectives/2026-q4/t0/o${i}.md`,
    text: `---\ntitle: O${i}\nowner: dana\n${i > 0 ? `parent: o${i - 1}\n` : ''}key_results:\n  - { title: A, start: 0, target: 10 }\n  - { title: B, start: 0, target: 10 }\n---\n`,
  }));
}

describe('long chains of parents', () => {
  it('a chain of 10,000 teams validates without a problem', () => {
    expect(checkRepository(loadRepository([PERIODS, teamChain(10_000)]))).toEqual([]);
  });

  it('a loop through 10,000 teams is reported once, from the first team of teams.yaml', () => {
    const problems = checkRepository(loadRepository([PERIODS, teamChain(10_000, true)])).filter((p) => p.code === 'team-cycle');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message.startsWith('team "t0" is its own ancestor: t0 → t9999 → t9998 → ')).toBe(true);
    expect(problems[0]?.message.endsWith(' → t1 → t0')).toBe(true);
    expect(problems[0]?.line).toBe(1);
  });

  it('a chain of 3,000 aligned objectives validates and scores, and a loop at its end is reported once', () => {
    const files = [PERIODS, { path: 'teams.yaml', text: '- { id: t0, name: T0 }\n' }, ...objectiveChain(3000)];
    const repo = loadRepository(files);
    expect(checkRepository(repo).filter((p) => p.severity === 'error')).toEqual([]);
    expect(buildSnapshot(repo, '2026-11-15').objectives).toHaveLength(3000);
    const looped = files.map((f) => (f.path.endsWith('/o0.md') ? { ...f, text: f.text.replace('owner: dana\n', 'owner: dana\nparent: o2999\n') } : f));
    const cycles = checkRepository(loadRepository(looped)).filter((p) => p.code === 'alignment-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.file).toBe('objectives/2026-q4/t0/o0.md');
    expect(cycles[0]?.message.startsWith('alignment cycle: o0 → o2999 → o2998 → ')).toBe(true);
    expect(cycles[0]?.message.endsWith(' → o1 → o0')).toBe(true);
  });
});
