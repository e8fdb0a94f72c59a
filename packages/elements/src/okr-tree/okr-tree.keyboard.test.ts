import { describe, expect, it } from 'vitest';
import type { SnapshotData, SnapshotKeyResult, SnapshotObjective } from '../shared/snapshot.js';
import { keyAction, type KeyAction, type KeyPress } from './okr-tree.keyboard.js';
import { buildTree, defaultExpanded, visibleRows } from './okr-tree.layout.js';

function kr(objective: string, id: string): SnapshotKeyResult {
  return {
    id, ref: `${objective}#${id}`, title: `KR ${id}`, type: 'metric', owner: null, weight: 1, start: 0, target: 10, stretch: null, current: 5, unit: null,
    kpi: null, direction: 'increase', progress: 0.5, attainment: 0.5, stretchReached: false, heldShare: null, milestones: null, status: 'on-track',
    forecast: null, confidence: null, contributors: [], checkins: [], history: [],
  };
}

function objective(id: string, title: string, parent: string | null, krs: string[] = []): SnapshotObjective {
  return {
    id, title, period: 'p1', team: 't1', owner: 'ann', kind: 'committed', parent, children: [], weight: 1, tags: [], supportingKpis: [],
    narrative: '', score: 0.5, grade: 0.5, colour: 'yellow', status: 'at-risk', expected: 0.6, forecast: null, projectedToMiss: false,
    keyResults: krs.map((k) => kr(id, k)), source: { file: `${id}.md`, line: 1 },
  };
}

// Roots a, c and d; a holds two key results and the aligned objective b; d has nothing below it.
const data: SnapshotData = {
  asOf: null, locale: null, defaultPeriod: 'p1', periods: [], teams: [], kpis: [],
  objectives: [
    objective('a', 'Grow revenue', null, ['1', '2']),
    objective('b', 'Grow partners', 'a', ['1']),
    objective('c', 'Cut costs', null, ['1']),
    objective('d', 'Delight users', null),
  ],
};
const model = buildTree(data);
const expanded = defaultExpanded(model);
const rows = visibleRows(model, expanded);
const node = (key: string) => model.byKey.get(key)!;

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });
const on = (active: string | null, key: string, typed = '', open: ReadonlySet<string> = expanded): KeyAction => {
  const shown = open === expanded ? rows : visibleRows(model, open);
  return keyAction(press(key), { model, rows: shown, active, expanded: open, typed });
};

describe('keyAction on a small tree', () => {
  it('starts from the rows the keys move through', () => {
    expect(rows.map((r) => r.node.key)).toEqual(['a', 'a#1', 'a#2', 'b', 'c', 'c#1', 'd']);
    expect(rows.map((r) => r.expanded)).toEqual([true, null, null, false, true, null, null]);
  });

  it('moves down and up one row, and stops at either end', () => {
    expect(on('a', 'ArrowDown')).toEqual({ type: 'move', index: 1 });
    expect(on('d', 'ArrowDown')).toEqual({ type: 'move', index: 6 });
    expect(on('a#2', 'ArrowUp')).toEqual({ type: 'move', index: 1 });
    expect(on('a', 'ArrowUp')).toEqual({ type: 'move', index: 0 });
  });

  it('moves to the first and the last row with Home and End', () => {
    expect(on('c', 'Home')).toEqual({ type: 'move', index: 0 });
    expect(on('a', 'End')).toEqual({ type: 'move', index: 6 });
  });

  it('expands a closed node with Right, then moves into its first child; does nothing on a leaf', () => {
    expect(on('b', 'ArrowRight')).toEqual({ type: 'expand', node: node('b') });
    expect(on('a', 'ArrowRight')).toEqual({ type: 'move', index: 1 });
    expect(on('a#1', 'ArrowRight')).toEqual({ type: 'none' });
  });

  it('collapses an open node with Left, else moves to its parent; does nothing on a closed root', () => {
    expect(on('a', 'ArrowLeft')).toEqual({ type: 'collapse', node: node('a') });
    expect(on('a#2', 'ArrowLeft')).toEqual({ type: 'move', index: 0 });
    expect(on('b', 'ArrowLeft')).toEqual({ type: 'move', index: 0 });
    expect(on('c#1', 'ArrowLeft')).toEqual({ type: 'move', index: 4 });
    expect(on('d', 'ArrowLeft')).toEqual({ type: 'none' });
  });

  it('selects the active node with Enter and with Space', () => {
    expect(on('b', 'Enter')).toEqual({ type: 'select', node: node('b') });
    expect(on('c#1', ' ')).toEqual({ type: 'select', node: node('c#1') });
  });

  it('expands the closed siblings that have children with *, or does nothing when there are none', () => {
    expect(on('a#1', '*')).toEqual({ type: 'expand-siblings', nodes: [node('b')] });
    expect(on('a', '*', '', new Set(['a']))).toEqual({ type: 'expand-siblings', nodes: [node('c')] });
    expect(on('a', '*')).toEqual({ type: 'none' });
  });

  it('finds the next title starting with typed letters, adding to the text typed so far', () => {
    expect(on('a', 'c')).toEqual({ type: 'type-ahead', typed: 'c', index: 4 });
    expect(on('a', 'G')).toEqual({ type: 'type-ahead', typed: 'G', index: 3 });
    expect(on('a', 'r', 'g')).toEqual({ type: 'type-ahead', typed: 'gr', index: 0 });
    expect(on('b', 'g', 'g')).toEqual({ type: 'type-ahead', typed: 'gg', index: 0 });
    expect(on('a', 'z')).toEqual({ type: 'type-ahead', typed: 'z', index: -1 });
  });

  it('leaves other keys, shortcuts with modifiers and a missing active row to the page', () => {
    for (const key of ['Tab', 'Escape', 'F5', 'PageDown', '\u00a0', '🙂']) expect(on('a', key), key).toEqual({ type: 'pass' });
    for (const modifier of ['altKey', 'ctrlKey', 'metaKey'] as const) {
      expect(keyAction(press('ArrowDown', { [modifier]: true }), { model, rows, active: 'a', expanded, typed: '' }), modifier).toEqual({ type: 'pass' });
    }
    expect(on(null, 'ArrowDown')).toEqual({ type: 'pass' });
    expect(on('nope', 'Enter')).toEqual({ type: 'pass' });
  });
});
