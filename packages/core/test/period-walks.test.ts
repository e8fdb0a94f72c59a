/**
 * Every walk up a period's `parent` ends, even when the links loop: validation reports the loop
 * once, and the snapshot and its slices, which climb from a quarter to its year, still finish.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, checkRepository, loadGoalsFolder, periodSlice } from '../src/node/index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe('periods whose parent links loop', () => {
  it.each(['period-own-parent', 'period-cycle'])('%s: one period-cycle error, and the snapshot and a period slice still finish', async (fixture) => {
    const repo = await loadGoalsFolder(join(FIXTURES, fixture));
    expect(checkRepository(repo).map((p) => p.code)).toEqual(['period-cycle']);
    const snapshot = buildSnapshot(repo, '2026-11-15');
    expect(snapshot.periods.find((p) => p.id === '2026-q4')?.score).not.toBeNull();
    const slice = periodSlice(snapshot, '2026-q4');
    expect(slice.periods.map((p) => p.id)).toContain('2026-q4');
  });

  it('reports a three-period loop once, at the period it is found from first', async () => {
    const { loadRepository } = await import('../src/index.js');
    const repo = loadRepository([
      {
        path: 'periods.yaml',
        text: ['a', 'b', 'c'].map((id, i) => `- { id: ${id}, start: 2026-01-01, end: 2026-12-31, parent: ${['b', 'c', 'a'][i]} }`).join('\n'),
      },
    ]);
    const cycles = checkRepository(repo).filter((p) => p.code === 'period-cycle');
    expect(cycles.map((p) => p.message)).toEqual(['period "a" is its own ancestor: a → b → c → a']);
  });
});
