import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { normaliseData, type SnapshotData, type SnapshotKeyResult, type SnapshotObjective } from '../shared/snapshot.js';
import { buildTree, type TreeFilters, type TreeNode } from './okr-tree.model.js';

/** The demo snapshot test/acme-setup.ts scores from examples/acme before the run. */
const acme: unknown = JSON.parse(readFileSync(new URL('../../test/generated/acme-snapshot.json', import.meta.url), 'utf8'));

function kr(objective: string, id: string): SnapshotKeyResult {
  return {
    id, ref: `${objective}#${id}`, title: `KR ${id}`, type: 'metric', owner: null, weight: 1, start: 0, target: 10, stretch: null, current: 5, unit: null,
    kpi: null, direction: 'increase', progress: 0.5, attainment: 0.5, stretchReached: false, heldShare: null, milestones: null, status: 'on-track',
    forecast: null, confidence: null, contributors: [], checkins: [], history: [],
  };
}

function objective(id: string, parent: string | null, krs = 2): SnapshotObjective {
  return {
    id, title: `Objective ${id}`, period: 'p1', team: 't1', owner: 'ann', kind: 'committed', parent, children: [], weight: 1, tags: [], supportingKpis: [],
    narrative: '', score: 0.5, grade: 0.5, colour: 'yellow', status: 'at-risk', expected: 0.6, forecast: null, projectedToMiss: false,
    keyResults: Array.from({ length: krs }, (_, i) => kr(id, `k${i}`)), source: { file: `${id}.md`, line: 1 },
  };
}

const small = (objectives: SnapshotObjective[]): SnapshotData => ({ asOf: null, locale: null, defaultPeriod: 'p1', periods: [], teams: [], objectives, kpis: [] });

/** The tree as nested keys, read root first: what a full render would show. */
const shape = (nodes: readonly TreeNode[]): unknown[] => nodes.map((n) => [n.key, n.level, n.parent?.key ?? null, shape(n.children)]);

/** A wide, deep tree: objectives under objectives and under key results. */
function synthetic(count: number): SnapshotData {
  const objectives: SnapshotObjective[] = [];
  for (let i = 0; i < count; i += 1) {
    const parentIndex = Math.floor((i - 1) / 3);
    const parent = i === 0 ? null : i % 2 === 0 ? `o${parentIndex}` : `o${parentIndex}#k${i % 2}`;
    objectives.push(objective(`o${i}`, parent));
  }
  return small(objectives);
}

describe('the lazy tree model', () => {
  const cases: Array<[string, SnapshotData, TreeFilters]> = [
    ['acme, default period', normaliseData(acme), {}],
    ['acme, every period', normaliseData(acme), { period: 'all' }],
    ['acme, depth 2', normaliseData(acme), { depth: 2 }],
    ['synthetic 400', synthetic(400), {}],
    ['synthetic 400, depth 3', synthetic(400), { depth: 3 }],
    ['synthetic 400, one root', synthetic(400), { root: 'o4' }],
  ];

  it.each(cases)('counts the whole tree before it is built, and the same as after (%s)', (_, data, filters) => {
    const lazy = buildTree(data, filters);
    const counted = { objectives: lazy.objectives, keyResults: lazy.keyResults };
    const built = [...lazy.byKey.values()];
    expect(counted).toEqual({ objectives: built.filter((n) => n.kind === 'objective').length, keyResults: built.filter((n) => n.kind === 'key-result').length });
    expect(counted.objectives).toBeGreaterThan(0);
  });

  it.each(cases)('is the same tree whether read root first or built at once (%s)', (_, data, filters) => {
    const readInOrder = shape(buildTree(data, filters).roots);
    const builtFirst = buildTree(data, filters);
    void builtFirst.byKey;
    expect(shape(builtFirst.roots)).toEqual(readInOrder);
  });

  it('lists the top team’s roots first, then each level of the team tree, each in the data’s order; unlisted teams last', () => {
    const team = (id: string, parent: string | null): SnapshotData['teams'][number] => ({ id, name: id, parent, owners: [], score: null, scores: {} });
    const teams = [team('company', null), team('division', 'company'), team('squad', 'division')];
    const at = (id: string, team: string): SnapshotObjective => ({ ...objective(id, null, 1), team });
    const data: SnapshotData = { ...small([at('s1', 'squad'), at('x1', 'elsewhere'), at('d1', 'division'), at('c1', 'company'), at('d2', 'division'), at('c2', 'company')]), teams };
    expect(buildTree(data, {}).roots.map((n) => n.key)).toEqual(['c1', 'c2', 'd1', 'd2', 's1', 'x1']);
    // Without teams in the data (a sparse snapshot), the data's order stands.
    expect(buildTree({ ...data, teams: [] }, {}).roots.map((n) => n.key)).toEqual(['s1', 'x1', 'd1', 'c1', 'd2', 'c2']);
  });

  it('makes a node once: children read twice are the same objects', () => {
    const model = buildTree(synthetic(40));
    const first = model.roots[0]!.children;
    expect(model.roots[0]!.children).toBe(first);
    expect(first.every((c) => c.parent === model.roots[0])).toBe(true);
  });

  it('ends a cycle back to a root, so no key appears twice', () => {
    // a is a root; b aligns to a; a's second copy under c would close a loop and is left out.
    const model = buildTree(small([objective('a', null, 1), objective('b', 'a', 1), objective('c', 'b', 1), objective('d', 'c#k0', 0)]));
    const keys = [...model.byKey.keys()];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(['a', 'a#k0', 'b', 'b#k0', 'c', 'c#k0', 'd']);
    expect(model.byKey.get('d')!.level).toBe(5);
  });

  it('with a repeated id, roots claim their keys first and the copy elsewhere is left out', () => {
    const model = buildTree(small([objective('a', null, 1), objective('b', 'a', 0), objective('b', null, 0)]));
    expect(model.roots.map((r) => r.key)).toEqual(['a', 'b']);
    expect(model.objectives).toBe(2);
    expect(model.byKey.get('b')!.parent).toBeNull();
    expect(model.roots[0]!.children.map((c) => c.key)).toEqual(['a#k0']);
  });
});
