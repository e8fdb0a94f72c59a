import { describe, expect, it } from 'vitest';
import { memoLast } from './okr-tree.memo.js';

describe('memoLast', () => {
  it('reuses the last result while the arguments are the same objects', () => {
    let calls = 0;
    const keys = memoLast((o: object, s: ReadonlySet<string>) => ({ n: (calls += 1), o, size: s.size }));
    const o = {};
    const s = new Set(['a']);
    const first = keys(o, s);
    expect(keys(o, s)).toBe(first);
    expect(keys(o, new Set(['a']))).not.toBe(first);
    expect(keys(o, s)).not.toBe(first);
    expect(calls).toBe(3);
  });
});
