import { hierarchy, tree as d3Tree } from 'd3-hierarchy';
import type { OkrTreeModel, TreeNode } from './okr-tree.model.js';

export { buildTree, krRef, type NodeKind, type OkrTreeModel, type TreeFilters, type TreeNode } from './okr-tree.model.js';

/** One line of the list: a node that every ancestor of is expanded. */
export interface TreeRow {
  node: TreeNode;
  index: number;
  level: number;
  setsize: number;
  posinset: number;
  /** null for a node without children. */
  expanded: boolean | null;
}

/** Keys expanded at first: the roots, to show their key results; with `all`, every parent. */
export function defaultExpanded(model: OkrTreeModel, all = false): Set<string> {
  if (!all) return new Set(model.roots.filter((n) => n.children.length > 0).map((n) => n.key));
  return new Set([...model.byKey.values()].filter((n) => n.children.length > 0).map((n) => n.key));
}

/** The nodes whose ancestors are all expanded, in reading order, with their ARIA positions. */
export function visibleRows(model: OkrTreeModel, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const stack: { list: readonly TreeNode[]; at: number }[] = [{ list: model.roots, at: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.at >= top.list.length) {
      stack.pop();
      continue;
    }
    const node = top.list[top.at]!;
    top.at += 1;
    const open = node.children.length > 0 ? expanded.has(node.key) : null;
    rows.push({ node, index: rows.length, level: node.level, setsize: top.list.length, posinset: top.at, expanded: open });
    if (open) stack.push({ list: node.children, at: 0 });
  }
  return rows;
}

/** The siblings of a node, itself included. */
export function siblingsOf(model: OkrTreeModel, node: TreeNode): readonly TreeNode[] {
  return node.parent ? node.parent.children : model.roots;
}

/** The first visible row after `from` (wrapping) whose title starts with `query`, or -1. */
export function typeAhead(rows: readonly TreeRow[], from: number, query: string): number {
  const q = query.toLocaleLowerCase();
  if (!q || rows.length === 0) return -1;
  // A single repeated letter cycles through matches; a longer prefix refines the current one.
  const start = q.length > 1 && !isRepeat(q) ? from : from + 1;
  const needle = isRepeat(q) ? q[0]! : q;
  for (let i = 0; i < rows.length; i += 1) {
    const index = (start + i) % rows.length;
    if (rows[index]!.node.title.toLocaleLowerCase().startsWith(needle)) return index;
  }
  return -1;
}

const isRepeat = (q: string): boolean => q.length > 1 && [...q].every((c) => c === q[0]);

/** Fixed height of a list row in px: the window below depends on it. */
export const ROW_HEIGHT = 44;

/** The slice of rows to render for a scroll position: the viewport plus a buffer either side. */
export function windowRange(scrollTop: number, viewportHeight: number, count: number, rowHeight = ROW_HEIGHT, buffer = 8): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 1;
  const start = Math.max(0, Math.min(count, first - buffer));
  const end = Math.min(count, first + shown + buffer);
  return { start, end: Math.max(start, end) };
}

/** Card size and spacing of the chart, in SVG units. */
export const CARD = { width: 260, height: 66, columnGap: 48, rowGap: 14 } as const;

/**
 * Where things sit on a chart card, so nothing overlaps: two title lines, the first clear of the
 * +/− toggle, then the status icon, the bar and the grade, the bar ending before the grade.
 */
export const CARD_PARTS = {
  titleX: 14,
  titleY: [19, 35] as const,
  toggle: { x: CARD.width - 30, y: 4, width: 26, height: 22 },
  iconX: 11,
  metaY: 52,
  barX: 32,
  gradeWidth: 40,
  /** Characters of 12 px semibold that fit a title line, with and without the toggle beside it. */
  lineChars: { first: 30, full: 34 },
} as const;

/**
 * A title in at most `lines` lines of about `first` then `rest` characters, broken at spaces;
 * the last line ends with … when the title is longer.
 */
export function titleLines(title: string, first: number, rest: number, lines = 2): string[] {
  const out: string[] = [];
  let left = title.trim();
  while (left !== '' && out.length < lines) {
    const max = out.length === 0 ? first : rest;
    if (out.length === lines - 1 || left.length <= max) {
      out.push(shorten(left, max));
      break;
    }
    const space = left.slice(0, max + 1).lastIndexOf(' ');
    const cut = space > max / 2 ? space : max;
    out.push(left.slice(0, cut).trimEnd());
    left = left.slice(cut).trimStart();
  }
  return out;
}

export interface ChartNode {
  key: string;
  node: TreeNode;
  /** Top-left corner of the card. */
  x: number;
  y: number;
  /** The title, shortened to fit the card (with room for a "KR · " prefix on key results). */
  label: string;
  /** The title as drawn on the card: one or two lines. */
  lines: string[];
  expanded: boolean | null;
}

export interface ChartLink {
  from: string;
  to: string;
  path: string;
  /** Bounding box, for culling. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ChartLayout {
  nodes: ChartNode[];
  links: ChartLink[];
  width: number;
  height: number;
}

const round = (n: number): number => Math.round(n * 10) / 10;

/** Shortens a title to about `max` characters at a word boundary. */
export function shorten(title: string, max = 26): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A tidy tree (d3-hierarchy's Reingold–Tilford `tree()`) of the expanded part, left to right:
 * roots in the first column, cards as boxes, links as horizontal curves. Origin at the top left.
 */
export function chartLayout(model: OkrTreeModel, expanded: ReadonlySet<string>): ChartLayout {
  interface Datum {
    node: TreeNode | null;
    children: readonly TreeNode[];
  }
  const top: Datum = { node: null, children: model.roots };
  const root = hierarchy<Datum>(top, (d) => (d.node === null || expanded.has(d.node.key) ? d.children.map((c) => ({ node: c, children: c.children })) : null));
  if (model.roots.length === 0) return { nodes: [], links: [], width: 0, height: 0 };
  d3Tree<Datum>().nodeSize([CARD.height + CARD.rowGap, CARD.width + CARD.columnGap])(root);
  let minX = Infinity;
  let maxX = -Infinity;
  root.each((d) => {
    if (d.depth === 0) return;
    minX = Math.min(minX, d.x ?? 0);
    maxX = Math.max(maxX, d.x ?? 0);
  });
  const place = (d: { x?: number; y?: number; depth: number }): { x: number; y: number } => ({
    x: round((d.depth - 1) * (CARD.width + CARD.columnGap)),
    y: round((d.x ?? 0) - minX),
  });
  const nodes: ChartNode[] = [];
  const links: ChartLink[] = [];
  let maxDepth = 1;
  root.eachBefore((d) => {
    const node = d.data.node;
    if (!node) return;
    maxDepth = Math.max(maxDepth, d.depth);
    const p = place(d);
    const hasToggle = node.children.length > 0;
    const lines = titleLines(`${node.kind === 'key-result' ? 'KR · ' : ''}${node.title}`, hasToggle ? CARD_PARTS.lineChars.first : CARD_PARTS.lineChars.full, CARD_PARTS.lineChars.full);
    nodes.push({ key: node.key, node, x: p.x, y: p.y, label: lines.join(' '), lines, expanded: hasToggle ? expanded.has(node.key) : null });
    const parent = d.parent?.data.node;
    if (d.parent && parent) {
      const q = place(d.parent);
      const x1 = q.x + CARD.width;
      const y1 = round(q.y + CARD.height / 2);
      const x2 = p.x;
      const y2 = round(p.y + CARD.height / 2);
      const mx = round((x1 + x2) / 2);
      links.push({ from: parent.key, to: node.key, path: `M${x1},${y1}C${mx},${y1} ${mx},${y2} ${x2},${y2}`, x1, y1: Math.min(y1, y2), x2, y2: Math.max(y1, y2) });
    }
  });
  return { nodes, links, width: round(maxDepth * CARD.width + (maxDepth - 1) * CARD.columnGap), height: round(maxX - minX + CARD.height) };
}

/** Pan and zoom of the chart: screen = chart × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export const ZOOM_LIMITS = { min: 0.2, max: 3 } as const;
export const INITIAL_VIEW: ViewTransform = { x: 16, y: 16, k: 1 };

/** Zooms by `factor` keeping the screen point (px, py) still, within the zoom limits. */
export function zoomAt(view: ViewTransform, factor: number, px: number, py: number): ViewTransform {
  const k = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, view.k * factor));
  const ratio = k / view.k;
  return { k: round3(k), x: round(px - (px - view.x) * ratio), y: round(py - (py - view.y) * ratio) };
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** The least pan that brings a card fully into a viewport of width × height. */
export function revealNode(view: ViewTransform, node: { x: number; y: number }, width: number, height: number, margin = 16): ViewTransform {
  const left = node.x * view.k + view.x;
  const top = node.y * view.k + view.y;
  const right = left + CARD.width * view.k;
  const bottom = top + CARD.height * view.k;
  let dx = 0;
  let dy = 0;
  if (right > width - margin) dx = width - margin - right;
  if (left + dx < margin) dx = margin - left;
  if (bottom > height - margin) dy = height - margin - bottom;
  if (top + dy < margin) dy = margin - top;
  return dx === 0 && dy === 0 ? view : { ...view, x: round(view.x + dx), y: round(view.y + dy) };
}

/** Only the cards and links that show in the viewport (plus the one kept, e.g. the focused card). */
export function cullChart(layout: ChartLayout, view: ViewTransform, width: number, height: number, keep: string | null = null): { nodes: ChartNode[]; links: ChartLink[] } {
  const pad = 40;
  const x0 = (-pad - view.x) / view.k;
  const y0 = (-pad - view.y) / view.k;
  const x1 = (width + pad - view.x) / view.k;
  const y1 = (height + pad - view.y) / view.k;
  const overlaps = (ax: number, ay: number, bx: number, by: number): boolean => bx >= x0 && ax <= x1 && by >= y0 && ay <= y1;
  return {
    nodes: layout.nodes.filter((n) => n.key === keep || overlaps(n.x, n.y, n.x + CARD.width, n.y + CARD.height)),
    links: layout.links.filter((l) => overlaps(l.x1, l.y1, l.x2, l.y2)),
  };
}
