import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DataError, normaliseData, type SnapshotData, type SnapshotKeyResult, type SnapshotObjective } from '../shared/snapshot.js';
import {
  buildTree,
  CARD,
  chartLayout,
  cullChart,
  defaultExpanded,
  INITIAL_VIEW,
  revealNode,
  shorten,
  titleLines,
  siblingsOf,
  typeAhead,
  visibleRows,
  windowRange,
  zoomAt,
  ZOOM_LIMITS,
} from './okr-tree.layout.js';

/** The demo snapshot test/acme-setup.ts scores from examples/acme before the run. */
const acme: unknown = JSON.parse(readFileSync(new URL('../../test/generated/acme-snapshot.json', import.meta.url), 'utf8'));

const data = normaliseData(acme);

function kr(objective: string, id: string, progress: number): SnapshotKeyResult {
  return {
    id, ref: `${objective}#${id}`, title: `KR ${id}`, type: 'metric', owner: null, weight: 1, start: 0, target: 10, stretch: null, current: progress * 10, unit: null,
    kpi: null, direction: 'increase', progress, attainment: progress, stretchReached: false, heldShare: null, milestones: null, status: 'on-track',
    forecast: null, confidence: null, contributors: [], checkins: [], history: [],
  };
}

function objective(id: string, parent: string | null, extra: Partial<SnapshotObjective> = {}): SnapshotObjective {
  return {
    id, title: `Objective ${id}`, period: 'p1', team: 't1', owner: 'ann', kind: 'committed', parent, children: [], weight: 1, tags: [], supportingKpis: [],
    narrative: '', score: 0.5, grade: 0.5, colour: 'yellow', status: 'at-risk', expected: 0.6, forecast: null, projectedToMiss: false, keyResults: [],
    source: { file: `${id}.md`, line: 1 }, ...extra,
  };
}

const small = (objectives: SnapshotObjective[]): SnapshotData => ({ asOf: null, locale: null, defaultPeriod: 'p1', periods: [], teams: [], objectives, kpis: [] });

describe('buildTree on the demo snapshot', () => {
  const model = buildTree(data);

  it('shows the default period, with objectives aligned to a parent outside it as roots', () => {
    expect(model.period).toBe('2026-q4');
    expect(model.roots.map((r) => r.key)).toEqual([
      // The company's own (acme) first, then the teams' one level below (operations, people,
      // product, support), then growth's, two levels below: the team tree's order.
      'eco-leader',
      'peak-season',
      'circular-operations',
      'grow-leaders',
      'customer-research',
      'support-excellence',
      'fix-trial-conversion',
    ]);
    expect([...model.byKey.values()].every((n) => n.objective.period === '2026-q4')).toBe(true);
  });

  it('puts key results first, then aligned objectives; contributors sit under their key result', () => {
    const eco = model.byKey.get('eco-leader')!;
    expect(eco.children.map((c) => `${c.kind}:${c.key}`)).toEqual([
      'key-result:eco-leader#launch-products',
      'key-result:eco-leader#eco-sales',
      'key-result:eco-leader#retail-partners',
      'objective:eco-brand-awareness',
      'objective:retail-channel',
    ]);
    const partners = model.byKey.get('eco-leader#retail-partners')!;
    expect(partners.children.map((c) => c.key)).toEqual(['sign-retail-partners']);
    expect(partners.level).toBe(2);
    expect(model.byKey.get('sign-retail-partners')!.level).toBe(3);
  });

  it('counts what it holds', () => {
    const nodes = [...model.byKey.values()];
    expect(model.objectives).toBe(nodes.filter((n) => n.kind === 'objective').length);
    expect(model.keyResults).toBe(nodes.filter((n) => n.kind === 'key-result').length);
    expect(model.objectives).toBe(data.objectives.filter((o) => o.period === '2026-q4').length);
  });

  it('filters by team: its objectives as roots, with everything aligned below them', () => {
    const growth = buildTree(data, { team: 'marketing' });
    expect(growth.roots.map((r) => r.key)).toEqual(['eco-brand-awareness']);
    expect(growth.byKey.has('holiday-campaign')).toBe(true);
    expect(growth.byKey.get('organic-search')?.parent?.key).toBe('eco-brand-awareness#site-visitors');
  });

  it('takes one objective as the only root, across periods, and period="all" for every period', () => {
    const root = buildTree(data, { root: 'delight-customers' });
    expect(root.roots.map((r) => r.key)).toEqual(['delight-customers']);
    expect(root.roots[0]!.children.map((c) => c.key)).toEqual(['peak-season', 'customer-research', 'support-excellence']);
    const all = buildTree(data, { root: 'delight-customers', period: 'all' });
    expect(all.roots[0]!.children.map((c) => c.key)).toContain('faster-answers-q3');
    expect(buildTree(data, { period: 'all' }).objectives).toBe(data.objectives.length);
  });

  it('limits depth', () => {
    const one = buildTree(data, { depth: 1 });
    expect([...one.byKey.values()].every((n) => n.level === 1 && n.children.length === 0)).toBe(true);
    const two = buildTree(data, { depth: 2 });
    expect(Math.max(...[...two.byKey.values()].map((n) => n.level))).toBe(2);
  });

  it('throws DataError for unknown filters', () => {
    expect(() => buildTree(data, { period: '1999' })).toThrow(new DataError('There is no period "1999" in the data.'));
    expect(() => buildTree(data, { team: 'nope' })).toThrow('There is no team "nope" in the data.');
    expect(() => buildTree(data, { root: 'nope' })).toThrow('There is no objective "nope" in the data.');
  });
});

describe('buildTree edge cases', () => {
  it('survives cycles and a ref to a missing key result', () => {
    const objectives = [objective('a', null, { keyResults: [kr('a', 'k', 0.3)] }), objective('b', 'a#missing'), objective('c', 'd'), objective('d', 'c')];
    const model = buildTree(small(objectives));
    expect(model.roots.map((r) => r.key)).toEqual(['a']);
    expect(model.roots[0]!.children.map((c) => c.key)).toEqual(['a#k', 'b']);
  });

  it('gives a key result its progress as grade and the objective as its owner when it has none', () => {
    const model = buildTree(small([objective('a', null, { keyResults: [kr('a', 'k', 0.66)] })]));
    const node = model.byKey.get('a#k')!;
    expect(node).toMatchObject({ kind: 'key-result', grade: 0.7, owner: 'ann', expected: 0.6, progress: 0.66 });
    expect(node.objective.id).toBe('a');
  });
});

describe('visibleRows', () => {
  const model = buildTree(data);

  it('by default shows roots and their children, with ARIA positions', () => {
    const rows = visibleRows(model, defaultExpanded(model));
    const roots = rows.filter((r) => r.level === 1);
    expect(roots.map((r) => [r.posinset, r.setsize])).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => [i, 7]));
    expect(Math.max(...rows.map((r) => r.level))).toBe(2);
    expect(rows.map((r) => r.index)).toEqual(rows.map((_, i) => i));
    const eco = rows[0]!;
    expect(eco.expanded).toBe(true);
    expect(rows[1]).toMatchObject({ level: 2, posinset: 1, setsize: 5 });
    expect(rows.find((r) => r.node.key === 'eco-leader#retail-partners')?.expanded).toBe(false);
  });

  it('shows everything with expand-all and only roots with nothing expanded', () => {
    expect(visibleRows(model, defaultExpanded(model, true))).toHaveLength(model.byKey.size);
    expect(visibleRows(model, new Set())).toHaveLength(7);
  });

  it('flattens 5,000 objectives without recursion', () => {
    const objectives = Array.from({ length: 5000 }, (_, i) => objective(`o${i}`, i === 0 ? null : `o${i - 1}`));
    const deep = buildTree(small(objectives));
    const rows = visibleRows(deep, defaultExpanded(deep, true));
    expect(rows).toHaveLength(5000);
    expect(rows[4999]).toMatchObject({ level: 5000, posinset: 1, setsize: 1, expanded: null });
  });
});

describe('siblingsOf and typeAhead', () => {
  const model = buildTree(data);
  const rows = visibleRows(model, defaultExpanded(model));

  it('finds siblings under a parent or among the roots', () => {
    expect(siblingsOf(model, model.byKey.get('peak-season')!)).toBe(model.roots);
    expect(siblingsOf(model, model.byKey.get('retail-channel')!)).toHaveLength(5);
  });

  it('moves to the next title starting with the typed letters, wrapping', () => {
    const at = (i: number): string => rows[i]!.node.title;
    const g = typeAhead(rows, 0, 'g');
    expect(at(g).toLowerCase().startsWith('g')).toBe(true);
    expect(typeAhead(rows, rows.length - 1, rows[0]!.node.title.slice(0, 1))).toBe(0);
    expect(typeAhead(rows, 0, 'zzzz')).toBe(-1);
    const prefix = at(3).slice(0, 4);
    expect(at(typeAhead(rows, 3, prefix)).startsWith(prefix)).toBe(true);
    expect(typeAhead(rows, 3, prefix)).toBe(3);
  });
});

describe('windowRange', () => {
  it('covers the viewport plus a buffer, clamped to the rows', () => {
    expect(windowRange(0, 440, 5000, 44, 8)).toEqual({ start: 0, end: 19 });
    expect(windowRange(44 * 1000, 440, 5000, 44, 8)).toEqual({ start: 992, end: 1019 });
    expect(windowRange(44 * 4999, 440, 5000, 44, 8)).toEqual({ start: 4991, end: 5000 });
    expect(windowRange(0, 440, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe('chartLayout', () => {
  const model = buildTree(data);

  it('places a tidy tree left to right with rounded link paths', () => {
    const chart = chartLayout(model, defaultExpanded(model));
    expect(chart.nodes).toHaveLength(visibleRows(model, defaultExpanded(model)).length);
    expect(chart.nodes.filter((n) => n.node.level === 1).every((n) => n.x === 0)).toBe(true);
    expect(chart.nodes.filter((n) => n.node.level === 2).every((n) => n.x === CARD.width + CARD.columnGap)).toBe(true);
    expect(Math.min(...chart.nodes.map((n) => n.y))).toBe(0);
    expect(chart.links).toHaveLength(chart.nodes.length - model.roots.length);
    for (const link of chart.links) expect(link.path).toMatch(/^M[\d.]+,[\d.]+C[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
    for (const level of [1, 2]) {
      const ys = chart.nodes.filter((n) => n.node.level === level).map((n) => n.y).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i += 1) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(CARD.height);
    }
    expect(chart.width).toBe(2 * CARD.width + CARD.columnGap);
  });

  it('draws a stable SVG geometry', () => {
    const chart = chartLayout(model, new Set(['peak-season']));
    expect({ width: chart.width, height: chart.height, nodes: chart.nodes.map((n) => [n.key, n.x, n.y, n.label, n.expanded]), links: chart.links.map((l) => l.path) }).toMatchSnapshot();
  });

  it('is empty for an empty tree', () => {
    expect(chartLayout({ roots: [], byKey: new Map(), period: null, objectives: 0, keyResults: 0 }, new Set())).toEqual({ nodes: [], links: [], width: 0, height: 0 });
  });

  it('shortens long titles at a word', () => {
    expect(shorten('Short')).toBe('Short');
    expect(shorten('Become the most trusted eco brand in the region', 26)).toBe('Become the most trusted…');
  });
});

describe('pan and zoom', () => {
  it('zooms around a point and keeps within limits', () => {
    const view = zoomAt(INITIAL_VIEW, 2, 100, 100);
    expect(view).toEqual({ k: 2, x: -68, y: -68 });
    // The chart point under (100, 100) stays there.
    expect((100 - INITIAL_VIEW.x) / INITIAL_VIEW.k).toBeCloseTo((100 - view.x) / view.k, 5);
    expect(zoomAt(INITIAL_VIEW, 100, 0, 0).k).toBe(ZOOM_LIMITS.max);
    expect(zoomAt(INITIAL_VIEW, 0.001, 0, 0).k).toBe(ZOOM_LIMITS.min);
  });

  it('pans just enough to reveal a card', () => {
    const view = { x: 0, y: 0, k: 1 };
    expect(revealNode(view, { x: 10, y: 10 }, 800, 400, 0)).toBe(view);
    expect(revealNode(view, { x: 1000, y: 500 }, 800, 400, 16)).toEqual({ k: 1, x: 800 - 16 - 1000 - CARD.width, y: 400 - 16 - 500 - CARD.height });
    expect(revealNode(view, { x: -100, y: -50 }, 800, 400, 16)).toEqual({ k: 1, x: 116, y: 66 });
  });

  it('culls cards outside the viewport but keeps the focused one', () => {
    const objectives = Array.from({ length: 300 }, (_, i) => objective(`o${i}`, null));
    const model = buildTree(small(objectives));
    const chart = chartLayout(model, new Set());
    const { nodes, links } = cullChart(chart, { x: 0, y: 0, k: 1 }, 800, 400, 'o299');
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.length).toBeLessThan(20);
    expect(nodes.map((n) => n.key)).toContain('o299');
    expect(links).toEqual([]);
    const scrolled = cullChart(chart, { x: 0, y: -chart.height + 400, k: 1 }, 800, 400);
    expect(scrolled.nodes.map((n) => n.key)).toContain('o299');
    expect(scrolled.nodes.map((n) => n.key)).not.toContain('o0');
  });
});

describe('titleLines', () => {
  it('breaks a title into two lines at spaces, the first shorter beside the toggle', () => {
    expect(titleLines('Make Acme the first name people think of for a greener kitchen', 30, 34)).toEqual(['Make Acme the first name', 'people think of for a greener…']);
    expect(titleLines('Short title', 30, 34)).toEqual(['Short title']);
    expect(titleLines('KR · Cut the checkout page weight from 2.4 MB to 0.8 MB', 34, 34)).toEqual(['KR · Cut the checkout page weight', 'from 2.4 MB to 0.8 MB']);
  });

  it('never writes a line longer than it may be (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,14}$/), { minLength: 1, maxLength: 20 }), (words) => {
        const lines = titleLines(words.join(' '), 30, 34);
        expect(lines.length).toBeLessThanOrEqual(2);
        expect(lines[0]!.length).toBeLessThanOrEqual(30);
        if (lines[1]) expect(lines[1].length).toBeLessThanOrEqual(34);
      }),
    );
  });
});
