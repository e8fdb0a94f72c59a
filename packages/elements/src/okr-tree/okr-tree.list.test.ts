import { describe, expect, it } from 'vitest';
import type { SnapshotData, SnapshotObjective } from '../shared/snapshot.js';
import { buildTree, defaultExpanded, ROW_HEIGHT, visibleRows } from './okr-tree.layout.js';
import { listItems, renderedRows, scrollToShow } from './okr-tree.list.js';

const objective = (id: number): SnapshotObjective => ({
  id: `o${id}`, title: `Objective ${id}`, period: 'p1', team: 't1', owner: null, kind: 'committed', parent: null, children: [], weight: 1, tags: [], supportingKpis: [],
  narrative: '', score: 0.5, grade: 0.5, colour: 'yellow', status: 'at-risk', expected: 0.6, forecast: null, projectedToMiss: false, keyResults: [],
  source: { file: `o${id}.md`, line: 1 },
});
const data: SnapshotData = { asOf: null, locale: null, defaultPeriod: 'p1', periods: [], teams: [], kpis: [], objectives: Array.from({ length: 100 }, (_, i) => objective(i)) };
const model = buildTree(data);
const rows = visibleRows(model, defaultExpanded(model));

describe('the windowed list', () => {
  it('renders the rows in view plus a buffer, and the active row even when scrolled away', () => {
    const shown = renderedRows(rows, 50 * ROW_HEIGHT, 10 * ROW_HEIGHT, 'o2');
    expect(shown.map((r) => r.index)).toEqual([...Array.from({ length: 27 }, (_, i) => 42 + i), 2]);
    expect(renderedRows(rows, 0, 10 * ROW_HEIGHT, 'o2').map((r) => r.index)).toEqual(Array.from({ length: 19 }, (_, i) => i));
  });

  it('puts every rendered row in order with gaps for the rows left out, so each sits at its index without a style', () => {
    const items = listItems(renderedRows(rows, 50 * ROW_HEIGHT, 10 * ROW_HEIGHT, 'o2'), rows.length);
    const shape = items.map((item) => ('rows' in item ? `gap ${item.rows}` : item.index));
    expect(shape).toEqual(['gap 2', 2, 'gap 39', ...Array.from({ length: 27 }, (_, i) => 42 + i), 'gap 31']);
    expect(listItems(rows.slice(0, 3), 3).every((item) => !('rows' in item))).toBe(true);
  });

  it('scrolls the least that shows a row whole', () => {
    expect(scrollToShow(2, 10 * ROW_HEIGHT, 5 * ROW_HEIGHT)).toBe(2 * ROW_HEIGHT);
    expect(scrollToShow(20, 10 * ROW_HEIGHT, 5 * ROW_HEIGHT)).toBe(16 * ROW_HEIGHT);
    expect(scrollToShow(12, 10 * ROW_HEIGHT, 5 * ROW_HEIGHT)).toBe(10 * ROW_HEIGHT);
  });
});
