import { describe, expect, it } from 'vitest';
import { buildSnapshot, loadRepository, type SourceFile } from '../index.js';

const objective = (id: string, keyResults: string): SourceFile => ({
  path: `objectives/2026-q4/acme/${id}.md`,
  text: `---\ntitle: ${id}\nowner: dana\nkey_results:\n${keyResults}---\n`,
});

const files: SourceFile[] = [
  { path: 'periods.yaml', text: '- { id: 2026-q4, start: 2026-10-01, end: 2026-12-31 }\n' },
  { path: 'teams.yaml', text: '- { id: acme, name: Acme }\n' },
  // 2 of 3: a score of 2/3, which is 0.666667 once rounded.
  objective('two-thirds', '  - { title: A, target: 3, checkins: [{ date: 2026-10-10, value: 2 }] }\n  - { title: B, target: 3, checkins: [{ date: 2026-10-10, value: 2 }] }\n'),
  objective('nothing-yet', '  - { title: C, target: 3 }\n  - { title: D, target: 3 }\n'),
  objective('steps', '  - title: E\n    milestones: [{ title: a, done: true }, { title: b }, { title: c }]\n  - { title: F, target: 3 }\n'),
];

describe('the snapshot rounds only what it writes', () => {
  const snapshot = buildSnapshot(loadRepository(files), '2026-11-15');

  it('averages full-precision objective scores: 2/3, 0 and 1/6 give a period score of 0.277778', () => {
    expect(snapshot.objectives.map((o) => [o.id, o.score])).toEqual([
      ['nothing-yet', 0],
      ['steps', 0.166667],
      ['two-thirds', 0.666667],
    ]);
    // (2/3 + 0 + 1/6) / 3 = 0.2777…; the rounded scores would give (0.666667 + 0.166667) / 3 = 0.277778 too,
    // so the pair below, 2/3 and 0 alone, is the one that tells: 0.333333, not 0.333334.
    expect(snapshot.periods[0]?.score).toBe(0.277778);
    const pair = buildSnapshot(loadRepository(files.filter((f) => !f.path.includes('steps'))), '2026-11-15');
    expect(pair.periods[0]?.score).toBe(0.333333);
    expect(pair.teams[0]?.score).toBe(0.333333);
    expect(pair.teams[0]?.scores).toEqual({ '2026-q4': 0.333333 });
  });

  it("rounds a milestone key result's current like its progress", () => {
    const steps = snapshot.objectives.find((o) => o.id === 'steps')?.keyResults[0];
    expect(steps?.progress).toBe(0.333333);
    expect(steps?.current).toBe(0.333333);
  });

  it('keeps the current value of a metric key result as written', () => {
    const files2 = [...files.slice(0, 2), objective('precise', '  - { title: G, target: 1, checkins: [{ date: 2026-10-10, value: 0.123456789 }] }\n  - { title: H, target: 1 }\n')];
    const kr = buildSnapshot(loadRepository(files2), '2026-11-15').objectives[0]?.keyResults[0];
    expect(kr?.current).toBe(0.123456789);
    expect(kr?.progress).toBe(0.123457);
  });
});
