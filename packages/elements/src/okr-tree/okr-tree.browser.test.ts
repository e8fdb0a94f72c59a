import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations, cleanup, mount, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import type { DataErrorDetail } from '../shared/cairn-element.js';
import type { Snapshot, SnapshotKeyResult, SnapshotObjective } from '../shared/snapshot.js';
import { normaliseData } from '../shared/snapshot.js';
import './okr-tree.js';
import type { OkrTree, OkrTreeSelectDetail, OkrTreeToggleDetail } from './okr-tree.js';
import { buildTree, defaultExpanded, ROW_HEIGHT, visibleRows } from './okr-tree.layout.js';

afterEach(cleanup);

const tree = (el: HTMLElement): HTMLElement => shadow(el).querySelector('[role="tree"]') as HTMLElement;
const items = (el: HTMLElement): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
const item = (el: HTMLElement, key: string): HTMLElement | null => shadow(el).querySelector<HTMLElement>(`[role="treeitem"][data-key="${CSS.escape(key)}"]`);
const focusedKey = (el: HTMLElement): string | null => shadow(el).activeElement?.getAttribute('data-key') ?? null;
const tabStops = (el: HTMLElement): string[] => items(el).filter((i) => i.tabIndex === 0).map((i) => i.dataset.key!);

/** The row order the element should show, from the same pure functions. */
function expectedRows(data: unknown, all = false): string[] {
  const model = buildTree(normaliseData(data));
  return visibleRows(model, defaultExpanded(model, all)).map((r) => r.node.key);
}

async function press(el: HTMLElement, keys: string): Promise<void> {
  await userEvent.keyboard(keys);
  await settle(el);
}

async function focusRow(el: OkrTree, key: string): Promise<void> {
  item(el, key)!.focus();
  await settle(el);
  expect(focusedKey(el)).toBe(key);
}

function collect<T>(el: HTMLElement, type: 'okr-select' | 'okr-toggle'): T[] {
  const seen: T[] = [];
  document.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  void el;
  return seen;
}

async function demo(attributes = ''): Promise<OkrTree> {
  // No height limit: every row of the small demo tree is inside the window.
  const el = await mount<OkrTree>(`<okr-tree ${attributes} style="--okr-tree-max-height: none"></okr-tree>`);
  el.data = snapshot;
  await settle(el);
  return el;
}

/** A synthetic snapshot: 100 roots, each with two key results and 49 aligned objectives (5,000 in all). */
function synthetic(): Snapshot {
  const kr = (o: string, id: string, i: number): SnapshotKeyResult => ({
    id, ref: `${o}#${id}`, title: `Result ${id} of ${o}`, type: 'metric', owner: null, weight: 1, start: 0, target: 100, stretch: null, current: i % 100, unit: null,
    kpi: null, direction: 'increase', progress: (i % 100) / 100, attainment: (i % 100) / 100, stretchReached: false, heldShare: null, milestones: null,
    status: (['on-track', 'at-risk', 'off-track'] as const)[i % 3]!, forecast: null, confidence: null, contributors: [], checkins: [], history: [],
  });
  const objectives: SnapshotObjective[] = [];
  for (let r = 0; r < 100; r += 1) {
    const root = `root-${r}`;
    const rootObjective: SnapshotObjective = {
      id: root, title: `Root objective ${r}`, period: 'q', team: `team-${r % 10}`, owner: `owner-${r}`, kind: 'committed', parent: null, children: [], weight: 1, tags: [],
      supportingKpis: [], narrative: '', score: (r % 10) / 10, grade: (r % 10) / 10, colour: (['green', 'yellow', 'red'] as const)[r % 3]!, status: 'on-track',
      expected: 0.5, forecast: null, projectedToMiss: false, keyResults: [kr(root, 'k1', r), kr(root, 'k2', r + 1)], source: { file: `${root}.md`, line: 1 },
    };
    objectives.push(rootObjective);
    for (let c = 0; c < 49; c += 1) {
      const id = `${root}-child-${c}`;
      objectives.push({ ...rootObjective, id, title: `Child ${c} of ${r}`, parent: c < 5 ? `${root}#k1` : root, keyResults: [], source: { file: `${id}.md`, line: 1 } });
    }
  }
  return {
    version: 1, asOf: '2026-01-01', organisation: null, site: { title: null, description: null, url: null, repository: null, locale: 'en-GB' }, defaultPeriod: 'q',
    periods: [{ id: 'q', name: 'Quarter', start: '2026-01-01', end: '2026-03-31', parent: null, phase: 'during', expected: 0.5, score: null, objectives: 5000 }],
    teams: [], objectives, kpis: [],
  };
}

describe('<okr-tree> data sources', () => {
  it('renders the default period from the data property as an ARIA tree', async () => {
    const el = await demo();
    expect(tree(el).getAttribute('aria-label')).toBe('Objectives, Q4 2026');
    expect(items(el).map((i) => i.dataset.key)).toEqual(expectedRows(snapshot));
    const eco = item(el, 'eco-leader')!;
    expect(eco.getAttribute('aria-level')).toBe('1');
    expect(eco.getAttribute('aria-posinset')).toBe('1');
    expect(eco.getAttribute('aria-setsize')).toBe('7');
    expect(eco.getAttribute('aria-expanded')).toBe('true');
    expect(eco.getAttribute('aria-selected')).toBe('false');
    const kr = item(el, 'eco-leader#retail-partners')!;
    expect(kr.getAttribute('aria-level')).toBe('2');
    expect(kr.getAttribute('aria-expanded')).toBe('false');
    expect(kr.dataset.kind).toBe('key-result');
    // An objective's score is written as a score, to the eye and to the ear; a key result's progress in %.
    expect(eco.querySelector('.pct')?.textContent).toMatch(/^\d\.\d\d$/);
    expect(eco.getAttribute('aria-label')).toContain(`score ${eco.querySelector('.pct')?.textContent}`);
    expect(kr.querySelector('.pct')?.textContent).toMatch(/^\d+ %$/);
    expect(kr.getAttribute('aria-label')).toContain(`${kr.querySelector('.pct')?.textContent} done`);
    // Status in words and an icon, not colour alone; progress with the expected-pace marker.
    expect(eco.querySelector('.status')?.textContent).toMatch(/On track|At risk|Off track|Not started|Done/);
    expect(eco.querySelector('.status .icon svg.cairn-icon path')).not.toBeNull();
    expect(eco.querySelector('[part="progress"] .pace')).not.toBeNull();
    expect(eco.getAttribute('aria-label')).toMatch(/^Become a market leader in eco-friendly products, objective, owner \w+, score \d\.\d\d, \d+ % of the time passed, grade \d\.\d (green|yellow|red), /);
    expect(tabStops(el)).toEqual(['eco-leader']);
  });

  it('reads an inline JSON script child', async () => {
    const el = await mount<OkrTree>(`<okr-tree period="2026-q3"><script type="application/json">${JSON.stringify(snapshot)}</script></okr-tree>`);
    expect(tree(el).getAttribute('aria-label')).toBe('Objectives, Q3 2026');
    expect(item(el, 'retail-breakthrough-q3')).not.toBeNull();
    expect(item(el, 'eco-leader')).toBeNull();
  });

  it('fetches src', async () => {
    const el = await mount<OkrTree>(`<okr-tree src="${snapshotUrl}" team="marketing"></okr-tree>`);
    await until(() => el.shadowRoot?.querySelector('[role="tree"]') != null, 'the tree to load');
    expect(items(el)[0]?.dataset.key).toBe('eco-brand-awareness');
  });

  it('says so when it has no data: there is no attribute-only mode', async () => {
    const events: string[] = [];
    document.addEventListener('okr-error', (event) => events.push((event as CustomEvent<DataErrorDetail>).detail.message));
    const el = await mount<OkrTree>('<okr-tree period="2026-q4"></okr-tree>');
    expect(shadow(el).querySelector('[part="error"]')?.textContent).toContain('No data');
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(events).toEqual([]);
  });

  it('reports unknown ids and a failed fetch as an alert and an okr-error event', async () => {
    const events: string[] = [];
    document.addEventListener('okr-error', (event) => events.push((event as CustomEvent<DataErrorDetail>).detail.message));
    const el = await demo('root="nope"');
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('There is no objective "nope" in the data.');
    el.root = undefined;
    el.period = '1999';
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('There is no period "1999" in the data.');
    const failed = await mount<OkrTree>('<okr-tree src="/no/such/snapshot.json"></okr-tree>');
    await until(() => failed.shadowRoot?.querySelector('[role="alert"]') != null, 'the error state');
    expect(shadow(failed).querySelector('[role="alert"]')?.textContent).toContain('the server answered 404');
    expect(events).toEqual(['There is no objective "nope" in the data.', 'There is no period "1999" in the data.', expect.stringContaining('/no/such/snapshot.json')]);
  });

  it('shows a status, not an error, when a known team has nothing in the period', async () => {
    const el = await demo('team="support" period="2027-q1"');
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toContain('No objectives to show in Q1 2027');
  });
});

describe('<okr-tree> filters', () => {
  it('follows period, team, root, depth and expand-all', async () => {
    const el = await demo();
    el.setAttribute('team', 'operations');
    await settle(el);
    expect(items(el).filter((i) => i.getAttribute('aria-level') === '1').map((i) => i.dataset.key)).toEqual(['circular-operations', 'peak-logistics']);
    el.removeAttribute('team');
    el.setAttribute('root', 'peak-season');
    await settle(el);
    expect(items(el)[0]?.dataset.key).toBe('peak-season');
    expect(items(el)[0]?.getAttribute('aria-setsize')).toBe('1');
    el.setAttribute('expand-all', '');
    await settle(el);
    expect(item(el, 'faster-checkout')?.getAttribute('aria-level')).toBe('4');
    el.setAttribute('depth', '2');
    await settle(el);
    expect(item(el, 'faster-checkout')).toBeNull();
    expect(items(el).every((i) => Number(i.getAttribute('aria-level')) <= 2)).toBe(true);
    expect(item(el, 'fast-reliable-shop')?.hasAttribute('aria-expanded')).toBe(false);
    el.removeAttribute('root');
    el.removeAttribute('depth');
    el.removeAttribute('expand-all');
    el.setAttribute('period', '2026');
    await settle(el);
    expect(tree(el).getAttribute('aria-label')).toBe('Objectives, Year 2026');
    expect(items(el).filter((i) => i.getAttribute('aria-level') === '1').map((i) => i.dataset.key)).toEqual([
      'delight-customers',
      'great-place-to-work',
      'planet-positive',
      'sustainable-growth',
    ]);
  });
});

describe('<okr-tree> keyboard (ARIA tree pattern)', () => {
  it('Down, Up, Home and End move the roving tab stop', async () => {
    const el = await demo();
    const rows = expectedRows(snapshot);
    await focusRow(el, rows[0]!);
    await press(el, '{ArrowDown}');
    expect(focusedKey(el)).toBe(rows[1]);
    expect(tabStops(el)).toEqual([rows[1]]);
    await press(el, '{ArrowUp}');
    expect(focusedKey(el)).toBe(rows[0]);
    await press(el, '{ArrowUp}');
    expect(focusedKey(el)).toBe(rows[0]);
    await press(el, '{End}');
    expect(focusedKey(el)).toBe(rows.at(-1));
    await press(el, '{Home}');
    expect(focusedKey(el)).toBe(rows[0]);
  });

  it('Right expands, then moves to the first child; Left collapses, then moves to the parent', async () => {
    const el = await demo();
    const toggles = collect<OkrTreeToggleDetail>(el, 'okr-toggle');
    await focusRow(el, 'eco-leader#retail-partners');
    await press(el, '{ArrowRight}');
    expect(item(el, 'eco-leader#retail-partners')?.getAttribute('aria-expanded')).toBe('true');
    expect(focusedKey(el)).toBe('eco-leader#retail-partners');
    expect(toggles).toEqual([expect.objectContaining({ id: 'eco-leader', ref: 'eco-leader#retail-partners', kind: 'key-result', expanded: true })]);
    await press(el, '{ArrowRight}');
    expect(focusedKey(el)).toBe('sign-retail-partners');
    expect(item(el, 'sign-retail-partners')?.getAttribute('aria-level')).toBe('3');
    await press(el, '{ArrowLeft}');
    expect(focusedKey(el)).toBe('eco-leader#retail-partners');
    await press(el, '{ArrowLeft}');
    expect(item(el, 'eco-leader#retail-partners')?.getAttribute('aria-expanded')).toBe('false');
    expect(item(el, 'sign-retail-partners')).toBeNull();
    expect(toggles.at(-1)).toMatchObject({ ref: 'eco-leader#retail-partners', expanded: false });
    await press(el, '{ArrowLeft}');
    expect(focusedKey(el)).toBe('eco-leader');
    await press(el, '{ArrowLeft}');
    expect(item(el, 'eco-leader')?.getAttribute('aria-expanded')).toBe('false');
    expect(item(el, 'eco-leader#launch-products')).toBeNull();
    expect(focusedKey(el)).toBe('eco-leader');
  });

  it('Enter and Space select and emit okr-select with a typed detail', async () => {
    const el = await demo();
    const selected = collect<OkrTreeSelectDetail>(el, 'okr-select');
    await focusRow(el, 'eco-leader#launch-products');
    await press(el, '{Enter}');
    expect(selected[0]).toMatchObject({ id: 'eco-leader', ref: 'eco-leader#launch-products', kind: 'key-result' });
    expect(selected[0]?.objective.id).toBe('eco-leader');
    expect(selected[0]?.keyResult?.id).toBe('launch-products');
    expect(item(el, 'eco-leader#launch-products')?.getAttribute('aria-selected')).toBe('true');
    expect(el.selected).toBe('eco-leader#launch-products');
    await press(el, '{ArrowUp}');
    await press(el, ' ');
    expect(selected[1]).toMatchObject({ id: 'eco-leader', ref: null, kind: 'objective' });
    expect(item(el, 'eco-leader')?.getAttribute('aria-selected')).toBe('true');
    expect(item(el, 'eco-leader#launch-products')?.getAttribute('aria-selected')).toBe('false');
  });

  it('the event bubbles out of the shadow root and is composed', async () => {
    const el = await demo();
    let outer: Event | null = null;
    el.parentElement!.addEventListener('okr-select', (event) => (outer = event));
    await focusRow(el, 'peak-season');
    await press(el, '{Enter}');
    expect(outer).not.toBeNull();
    expect(outer!.bubbles && outer!.composed).toBe(true);
  });

  it('* expands every sibling', async () => {
    const el = await demo();
    await focusRow(el, 'eco-leader#launch-products');
    await press(el, '*');
    for (const key of ['eco-leader#launch-products', 'eco-leader#retail-partners', 'eco-brand-awareness', 'retail-channel']) {
      expect(item(el, key)?.getAttribute('aria-expanded')).toBe('true');
    }
    expect(item(el, 'eco-leader#eco-sales')?.hasAttribute('aria-expanded')).toBe(false);
    expect(item(el, 'launch-sustainable-products')).not.toBeNull();
    expect(focusedKey(el)).toBe('eco-leader#launch-products');
  });

  it('type-ahead moves to the next title starting with the typed letters', async () => {
    const el = await demo('period="2026"');
    await focusRow(el, 'delight-customers');
    // "Make every product kinder to the planet…"
    await press(el, 'm');
    expect(focusedKey(el)).toBe('planet-positive');
    // The typed letters are forgotten after a pause.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await focusRow(el, 'delight-customers');
    await press(el, 'r');
    expect(focusedKey(el)).toBe('great-place-to-work#engagement');
    await new Promise((resolve) => setTimeout(resolve, 800));
    // Two letters typed together: "Raise…" does not start with "re", "Remove single-use plastic…" does.
    await focusRow(el, 'delight-customers');
    await press(el, 're');
    expect(focusedKey(el)).toBe('planet-positive#plastic-free-range');
  });

  it('clicking a row selects it; clicking the twisty toggles it', async () => {
    const el = await demo();
    const selected = collect<OkrTreeSelectDetail>(el, 'okr-select');
    (item(el, 'peak-season')!.querySelector('.title') as HTMLElement).click();
    await settle(el);
    expect(selected.map((s) => s.id)).toEqual(['peak-season']);
    expect(focusedKey(el)).toBe('peak-season');
    (item(el, 'peak-season')!.querySelector('.twisty') as HTMLElement).click();
    await settle(el);
    expect(item(el, 'peak-season')?.getAttribute('aria-expanded')).toBe('false');
    expect(selected).toHaveLength(1);
  });
});

describe('<okr-tree> with 5,000 objectives', () => {
  const big = synthetic();

  it('renders a bounded window of rows and reveals later rows on scroll', async () => {
    const el = await mount<OkrTree>('<okr-tree expand-all style="--okr-tree-max-height: 600px"></okr-tree>');
    el.data = big;
    await settle(el);
    const rows = expectedRows(big, true);
    expect(rows).toHaveLength(5200);
    expect(items(el).length).toBeGreaterThan(10);
    expect(items(el).length).toBeLessThan(200);
    expect(tree(el).getBoundingClientRect().height).toBe(5200 * ROW_HEIGHT);
    expect(item(el, rows[0]!)).not.toBeNull();
    expect(item(el, rows[4000]!)).toBeNull();
    const viewport = shadow(el).querySelector('[part="viewport"]') as HTMLElement;
    viewport.scrollTop = 4000 * ROW_HEIGHT;
    await until(() => item(el, rows[4000]!) !== null, 'row 4000 after scrolling');
    expect(items(el).length).toBeLessThan(200);
    const later = item(el, rows[4000]!)!;
    // Row 4000: root 76's child 48 → last of its 51 children (2 key results + 44 direct + contributors under a KR).
    expect(later.getAttribute('aria-level')).toBe('2');
    expect(Number(later.getAttribute('aria-setsize'))).toBe(46);
    expect(later.getBoundingClientRect().top).toBeGreaterThanOrEqual(viewport.getBoundingClientRect().top - ROW_HEIGHT);
    // Each row sits at its own index, and a level-2 row is indented one step more than a root.
    expect(later.getBoundingClientRect().top - tree(el).getBoundingClientRect().top).toBe(4000 * ROW_HEIGHT);
    const root = items(el).find((row) => row.getAttribute('aria-level') === '1')!;
    const indent = (row: HTMLElement): number => Number.parseFloat(getComputedStyle(row).paddingInlineStart);
    expect(indent(later) - indent(root)).toBeCloseTo(1.25 * Number.parseFloat(getComputedStyle(root).fontSize), 1);
    // The roving tab stop stays in the DOM even when scrolled away.
    expect(item(el, rows[0]!)?.tabIndex).toBe(0);
  });

  it('End and Home scroll the window and keep focus', async () => {
    const el = await mount<OkrTree>('<okr-tree></okr-tree>');
    el.data = big;
    await settle(el);
    const rows = expectedRows(big);
    expect(items(el).length).toBeLessThan(200);
    await focusRow(el, rows[0]!);
    await press(el, '{End}');
    expect(focusedKey(el)).toBe(rows.at(-1));
    expect(item(el, rows.at(-1)!)?.getAttribute('aria-posinset')).toBe('46');
    expect(item(el, rows.at(-1)!)?.getAttribute('aria-setsize')).toBe('46');
    expect(items(el).length).toBeLessThan(200);
    await press(el, '{Home}');
    expect(focusedKey(el)).toBe(rows[0]);
  });

  it('colours each tone from the theme: --cairn-good, --cairn-warn and --cairn-bad set on the element', async () => {
    const el = await demo('expand-all');
    el.style.setProperty('--cairn-good', 'rgb(1, 2, 3)');
    el.style.setProperty('--cairn-warn', 'rgb(4, 5, 6)');
    el.style.setProperty('--cairn-bad', 'rgb(7, 8, 9)');
    await settle(el);
    const expected = { good: 'rgb(1, 2, 3)', warn: 'rgb(4, 5, 6)', bad: 'rgb(7, 8, 9)' } as const;
    const seen = new Set<string>();
    for (const row of items(el)) {
      const tone = row.dataset.tone as keyof typeof expected | undefined;
      if (!tone || !(tone in expected)) continue;
      const fill = row.querySelector<SVGElement>('.fill');
      if (!fill) continue;
      expect(getComputedStyle(fill).fill, row.dataset.key).toBe(expected[tone]);
      seen.add(tone);
    }
    // The demo has objectives in each tone, so every themed colour was really checked.
    expect([...seen].sort()).toEqual(['bad', 'good', 'warn']);
  });
});

describe('<okr-tree layout="chart">', () => {
  const transform = (el: HTMLElement): string => shadow(el).querySelector('.viewport-group')!.getAttribute('transform')!;

  it('draws a tidy tree with focusable named nodes and a summary', async () => {
    const el = await demo('layout="chart"');
    const svgTree = tree(el);
    expect(svgTree.localName).toBe('svg');
    expect(svgTree.getAttribute('aria-label')).toMatch(/^Objectives, Q4 2026: alignment chart of 20 objectives and \d+ key results, \d+ shown/);
    // Only the cards inside the chart's viewport are drawn, in reading order.
    const nodes = items(el);
    const rows = expectedRows(snapshot);
    expect(nodes.length).toBeGreaterThan(4);
    expect(nodes.length).toBeLessThan(rows.length);
    expect(nodes.map((n) => rows.indexOf(n.dataset.key!))).toEqual([...nodes.keys()].map((i) => rows.indexOf(nodes[i]!.dataset.key!)).sort((a, b) => a - b));
    expect(nodes[0]?.getAttribute('aria-label')).toContain('Become a market leader in eco-friendly products');
    expect(nodes[0]?.getAttribute('aria-expanded')).toBe('true');
    expect(shadow(el).querySelectorAll('path.link').length).toBeGreaterThan(2);
    expect(tabStops(el)).toEqual(['eco-leader']);
    await focusRow(el, 'eco-leader');
    await press(el, '{ArrowDown}');
    expect(focusedKey(el)).toBe(expectedRows(snapshot)[1]);
    await press(el, '{ArrowRight}');
    expect(item(el, expectedRows(snapshot)[1]!)?.getAttribute('aria-expanded')).toBe('true');
    const selected = collect<OkrTreeSelectDetail>(el, 'okr-select');
    await press(el, '{Enter}');
    expect(selected[0]?.ref).toBe(expectedRows(snapshot)[1]);
  });

  it('Tab goes from the zoom buttons straight to the active card, with no stop on the drawing itself', async () => {
    const el = await demo('layout="chart"');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const stops: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await userEvent.tab();
      const inner = document.activeElement === el ? shadow(el).activeElement : null;
      stops.push(inner ? (inner.getAttribute('data-key') ?? inner.getAttribute('aria-label') ?? inner.localName) : (document.activeElement?.localName ?? ''));
    }
    expect(stops.slice(0, 4)).toEqual(['Zoom in', 'Zoom out', 'Reset zoom and position', 'eco-leader']);
    expect(stops[4]).not.toBe('svg');
  });

  it('clicking a card selects it; clicking its + or − sign opens or closes it', async () => {
    const el = await demo('layout="chart"');
    const selected = collect<OkrTreeSelectDetail>(el, 'okr-select');
    const toggled = collect<OkrTreeToggleDetail>(el, 'okr-toggle');
    const card = (): HTMLElement => item(el, 'eco-leader')!;
    expect(card().getAttribute('aria-expanded')).toBe('true');
    (card().querySelector('.toggle') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(card().getAttribute('aria-expanded')).toBe('false');
    expect(card().querySelector('.toggle text')?.textContent).toBe('+');
    expect(toggled.map((t) => [t.id, t.expanded])).toEqual([['eco-leader', false]]);
    expect(selected).toEqual([]);
    (card().querySelector('.card') as SVGElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(el);
    expect(selected.map((s) => s.id)).toEqual(['eco-leader']);
    expect(card().getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps the zoom buttons in a bar of their own, off the cards', async () => {
    const el = await demo('layout="chart"');
    const controls = shadow(el).querySelector('[part="controls"]')!;
    expect(controls.getAttribute('role')).toBe('group');
    expect(controls.getAttribute('aria-label')).toBe('Zoom');
    const bar = controls.getBoundingClientRect();
    const drawing = tree(el).getBoundingClientRect();
    expect(bar.height).toBeGreaterThan(0);
    expect(bar.bottom).toBeLessThanOrEqual(drawing.top + 0.5);
    for (const card of items(el)) expect(card.getBoundingClientRect().top).toBeGreaterThanOrEqual(bar.bottom);
  });

  it('zooms with the buttons and the wheel, pans by dragging, and resets', async () => {
    const el = await demo('layout="chart"');
    const initial = transform(el);
    expect(initial).toBe('translate(16,16) scale(1)');
    (shadow(el).querySelector('[data-zoom="in"]') as HTMLButtonElement).click();
    await settle(el);
    expect(transform(el)).toMatch(/scale\(1\.25\)$/);
    (shadow(el).querySelector('[data-zoom="out"]') as HTMLButtonElement).click();
    await settle(el);
    expect(transform(el)).toMatch(/scale\(1\)$/);
    const svgEl = tree(el);
    const box = svgEl.getBoundingClientRect();
    svgEl.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: box.left + 50, clientY: box.top + 50, bubbles: true, cancelable: true }));
    await settle(el);
    const zoomed = Number(/scale\(([\d.]+)\)/.exec(transform(el))![1]);
    expect(zoomed).toBeGreaterThan(1);
    (shadow(el).querySelector('[data-zoom="reset"]') as HTMLButtonElement).click();
    await settle(el);
    expect(transform(el)).toBe(initial);
    const at = { clientX: box.left + 300, clientY: box.top + 300, pointerId: 7, button: 0, bubbles: true };
    svgEl.dispatchEvent(new PointerEvent('pointerdown', at));
    svgEl.dispatchEvent(new PointerEvent('pointermove', { ...at, clientX: at.clientX + 40, clientY: at.clientY + 25 }));
    svgEl.dispatchEvent(new PointerEvent('pointerup', { ...at, clientX: at.clientX + 40, clientY: at.clientY + 25 }));
    await settle(el);
    expect(transform(el)).toBe('translate(56,41) scale(1)');
  });

  it('draws only the visible part of a 5,000-node chart', async () => {
    const el = await mount<OkrTree>('<okr-tree layout="chart" expand-all></okr-tree>');
    el.data = synthetic();
    await settle(el);
    expect(items(el).length).toBeGreaterThan(3);
    expect(items(el).length).toBeLessThan(200);
    await focusRow(el, items(el)[0]!.dataset.key!);
    await press(el, '{End}');
    expect(focusedKey(el)).toBe(expectedRows(synthetic(), true).at(-1));
    expect(items(el).length).toBeLessThan(200);
  });
});

describe('<okr-tree> accessibility', () => {
  it('has no axe violations as a list and a chart, light and dark', async () => {
    const light = await demo();
    expect(await axeViolations(light)).toEqual([]);
    const dark = await demo('theme="dark" expand-all');
    expect(await axeViolations(dark)).toEqual([]);
    const chart = await demo('layout="chart"');
    expect(await axeViolations(chart)).toEqual([]);
    const darkChart = await demo('layout="chart" theme="dark"');
    expect(await axeViolations(darkChart)).toEqual([]);
  });
});
