import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { CairnElement } from '../shared/cairn-element.js';
import { defineElement } from '../shared/define.js';
import type { OkrSelectDetail } from '../shared/events.js';
import '../shared/events.js';
import { formatGrade, formatPercent, toNumber } from '../shared/format.js';
import type { SnapshotData, SnapshotKeyResult, SnapshotObjective } from '../shared/snapshot.js';
import { colourTone, statusLook, type Tone } from '../shared/status.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  buildTree,
  CARD,
  chartLayout,
  cullChart,
  defaultExpanded,
  INITIAL_VIEW,
  revealNode,
  ROW_HEIGHT,
  siblingsOf,
  typeAhead,
  visibleRows,
  windowRange,
  zoomAt,
  type ChartLayout,
  type NodeKind,
  type OkrTreeModel,
  type TreeNode,
  type TreeRow,
  type ViewTransform,
} from './okr-tree.layout.js';
import { treeStyles } from './okr-tree.styles.js';

/** Detail of `okr-select`. */
export interface OkrTreeSelectDetail extends OkrSelectDetail {
  kind: NodeKind;
  /** The snapshot objective (for a key result, its objective). */
  objective: SnapshotObjective;
  /** The snapshot key result, or null for an objective. */
  keyResult: SnapshotKeyResult | null;
}

/** Detail of `okr-toggle`. */
export interface OkrTreeToggleDetail extends OkrTreeSelectDetail {
  /** Whether the node is now expanded. */
  expanded: boolean;
}

export type OkrTreeLayout = 'list' | 'chart';

/** Rows rendered above and below the visible part of the list. */
const BUFFER_ROWS = 8;
const TYPE_AHEAD_RESET_MS = 700;

interface Current {
  model: OkrTreeModel;
  rows: TreeRow[];
  expanded: Set<string>;
  chart: ChartLayout | null;
}

/**
 * The alignment tree of a period: objectives, their key results, and the objectives that align
 * to them, with progress against the expected pace, grade and status in words and icons. As a
 * list (the ARIA tree pattern, windowed so thousands of rows stay fast) or a pannable chart.
 *
 * @tagname okr-tree
 * @summary The alignment tree of objectives and key results of a period, as a list or a chart.
 * @fires okr-select - When a row or card is chosen (click, Enter or Space); `detail: OkrTreeSelectDetail`.
 * @fires okr-toggle - When a node expands or collapses; `detail: OkrTreeToggleDetail`.
 * @fires okr-error - When data cannot be loaded or read; `detail: { message, src }`.
 * @csspart viewport - The scrolling box of the list.
 * @csspart tree - The element with role="tree" (the list, or the chart's SVG).
 * @csspart row - One row of the list (role="treeitem").
 * @csspart progress - The progress bar of a row, with its expected-pace marker.
 * @csspart status - The loading message, or the message when there is nothing to show.
 * @csspart error - The error message.
 * @csspart chart - The chart's frame.
 * @csspart controls - The chart's zoom buttons.
 * @csspart node - One card of the chart (role="treeitem").
 * @cssprop [--okr-tree-max-height=32rem] - Height of the list before it scrolls.
 * @cssprop [--okr-tree-chart-height=28rem] - Height of the chart.
 * @cssprop [--okr-tree-indent=1.25em] - Indent per level of the list.
 * @cssprop [--okr-tree-owner-width=7em] - Width of the owner column.
 * @cssprop [--okr-tree-bar-width=7em] - Width of the progress bar.
 * @cssprop [--okr-tree-pace-color] - Colour of the expected-pace marker.
 * @cssprop [--okr-tree-selected-color] - Colour marking the selected row or card.
 * @cssprop [--okr-tree-link-color] - Colour of the chart's links.
 * @cssprop [--cairn-good] - Colour of on track; also --cairn-warn, --cairn-bad, --cairn-none.
 */
export class OkrTree extends CairnElement {
  static override styles = [themeStyles, badgeStyles, treeStyles];
  static override properties = {
    ...CairnElement.properties,
    period: { type: String },
    team: { type: String },
    root: { type: String },
    depth: { type: Number },
    expandAll: { type: Boolean, attribute: 'expand-all' },
    layout: { type: String, reflect: true },
    selected: { type: String },
    label: { type: String },
    _expanded: { state: true },
    _active: { state: true },
    _scrollTop: { state: true },
    _viewHeight: { state: true },
    _view: { state: true },
    _chartSize: { state: true },
  };

  /** Period id to show; default: the data's default period; `all` for every period. */
  declare period: string | undefined;
  /** Team id: that team's objectives become the roots, with everything aligned below them. */
  declare team: string | undefined;
  /** Objective id to show as the only root. */
  declare root: string | undefined;
  /** The most levels to show (1 = the roots only); default: all. */
  declare depth: number | undefined;
  /** Start with every node expanded instead of only the roots. */
  declare expandAll: boolean;
  /** `list` (default) or `chart`, a tidy tree diagram with pan and zoom. */
  declare layout: OkrTreeLayout;
  /** Id of the selected objective, or ref of the selected key result. */
  declare selected: string | undefined;
  /** Accessible name of the tree; default: "Objectives" and the period's name. */
  declare label: string | undefined;
  declare _expanded: Set<string> | null;
  declare _active: string | null;
  declare _scrollTop: number;
  declare _viewHeight: number;
  declare _view: ViewTransform;
  declare _chartSize: { width: number; height: number };

  protected readonly errorEventName = 'okr-error' as const;
  private _modelCache: { keys: unknown[]; model: OkrTreeModel } | null = null;
  private _expandedFor: OkrTreeModel | null = null;
  private _rowsCache: { model: OkrTreeModel; expanded: Set<string>; rows: TreeRow[] } | null = null;
  private _chartCache: { model: OkrTreeModel; expanded: Set<string>; chart: ChartLayout } | null = null;
  private _current: Current | null = null;
  private _focusPending = false;
  private _typed = '';
  private _typedTimer: ReturnType<typeof setTimeout> | undefined;
  private _resizeObserver: ResizeObserver | null = null;
  private _observed: Element | null = null;
  private _drag: { id: number; x: number; y: number; view: ViewTransform; moved: boolean } | null = null;
  private _suppressClick = false;

  constructor() {
    super();
    this.expandAll = false;
    this.layout = 'list';
    this._expanded = null;
    this._active = null;
    this._scrollTop = 0;
    this._viewHeight = 640;
    this._view = INITIAL_VIEW;
    this._chartSize = { width: 960, height: 448 };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._observed = null;
    clearTimeout(this._typedTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('expandAll') && changed.get('expandAll') !== undefined) this._expanded = null;
    if (changed.has('layout') && changed.get('layout') !== undefined) this._view = INITIAL_VIEW;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    const box = root.querySelector('.viewport, .chart svg');
    if (box !== this._observed) {
      this._resizeObserver ??= new ResizeObserver(() => this._measure());
      if (this._observed) this._resizeObserver.unobserve(this._observed);
      // The observer reports the first size itself, outside this update.
      if (box) this._resizeObserver.observe(box);
      this._observed = box;
    }
    if (this._focusPending) {
      this._focusPending = false;
      const key = this._current ? this._activeKey(this._current.rows) : null;
      const target = key === null ? null : root.querySelector<HTMLElement | SVGElement>(`[data-key="${CSS.escape(key)}"]`);
      target?.focus({ preventScroll: true });
    }
  }

  private _measure(): void {
    const box = this._observed;
    if (!box) return;
    if (box.classList.contains('viewport')) {
      const height = box.clientHeight;
      if (height > 0 && height !== this._viewHeight) this._viewHeight = height;
    } else {
      const { width, height } = box.getBoundingClientRect();
      if (width > 0 && height > 0 && (width !== this._chartSize.width || height !== this._chartSize.height)) this._chartSize = { width, height };
    }
  }

  /** The tree for the current data and filters, rebuilt only when either changes. */
  private _model(data: SnapshotData): OkrTreeModel {
    const keys = [this.data !== undefined ? this.data : this._loaded, this.period, this.team, this.root, toNumber(this.depth)];
    const cache = this._modelCache;
    if (cache && cache.keys.every((k, i) => k === keys[i])) return cache.model;
    const model = buildTree(data, { period: this.period, team: this.team, root: this.root, depth: toNumber(this.depth) });
    this._modelCache = { keys, model };
    return model;
  }

  private _expandedSet(model: OkrTreeModel): Set<string> {
    if (this._expanded && this._expandedFor === model) return this._expanded;
    return defaultExpanded(model, this.expandAll);
  }

  private _rows(model: OkrTreeModel, expanded: Set<string>): TreeRow[] {
    const cache = this._rowsCache;
    if (cache && cache.model === model && cache.expanded === expanded) return cache.rows;
    const rows = visibleRows(model, expanded);
    this._rowsCache = { model, expanded, rows };
    return rows;
  }

  private _chart(model: OkrTreeModel, expanded: Set<string>): ChartLayout {
    const cache = this._chartCache;
    if (cache && cache.model === model && cache.expanded === expanded) return cache.chart;
    const chart = chartLayout(model, expanded);
    this._chartCache = { model, expanded, chart };
    return chart;
  }

  /** The roving tab stop: the last focused row if visible, else the selected one, else the first. */
  private _activeKey(rows: TreeRow[]): string | null {
    const model = this._current?.model;
    const visible = (key: string | null | undefined): key is string => !!key && !!model?.byKey.has(key) && rows.some((r) => r.node.key === key);
    if (visible(this._active)) return this._active;
    if (visible(this.selected)) return this.selected;
    return rows[0]?.node.key ?? null;
  }

  override render(): TemplateResult | typeof nothing {
    return this.renderWithData((data) => {
      if (data === null) return nothing;
      const model = this._model(data);
      const expanded = this._expandedSet(model);
      const rows = this._rows(model, expanded);
      const chart = this.layout === 'chart' ? this._chart(model, expanded) : null;
      this._current = { model, rows, expanded, chart };
      if (rows.length === 0) {
        return html`<div part="status" class="state" role="status">No objectives to show${model.period ? ` in ${this._periodName(data, model.period)}` : ''}.</div>`;
      }
      const locale = this.resolvedLocale(data);
      const label = this.label ?? (model.period ? `Objectives, ${this._periodName(data, model.period)}` : 'Objectives');
      return chart ? this._drawChart(chart, rows, label, locale) : this._drawList(rows, label, locale);
    });
  }

  private _periodName(data: SnapshotData, id: string): string {
    return data.periods.find((p) => p.id === id)?.name ?? id;
  }

  private _spoken(node: TreeNode, locale: string): string {
    const look = statusLook(node.status);
    return [
      node.title,
      node.kind === 'key-result' ? 'key result' : 'objective',
      node.owner ? `owner ${node.owner}` : null,
      `${formatPercent(node.progress, locale)} done, ${formatPercent(node.expected, locale)} expected`,
      `grade ${formatGrade(node.grade)}`,
      look.label,
    ]
      .filter(Boolean)
      .join(', ');
  }

  private _tone(node: TreeNode): Tone {
    return node.colour ? colourTone(node.colour) : statusLook(node.status).tone;
  }

  private _drawList(rows: TreeRow[], label: string, locale: string): TemplateResult {
    const { start, end } = windowRange(this._scrollTop, this._viewHeight, rows.length, ROW_HEIGHT, BUFFER_ROWS);
    const shown = rows.slice(start, end);
    const active = this._activeKey(rows);
    const activeRow = active === null ? undefined : rows.find((r) => r.node.key === active);
    // The tab stop stays in the DOM even when scrolled away, so Tab still lands in the tree.
    if (activeRow && (activeRow.index < start || activeRow.index >= end)) shown.push(activeRow);
    return html`
      <div part="viewport" class="viewport" @scroll=${this._onScroll}>
        <div part="tree" class="list" role="tree" aria-label=${label} style="block-size: ${rows.length * ROW_HEIGHT}px" @keydown=${this._onKeydown} @click=${this._onClick} @focusin=${this._onFocusIn}>
          ${repeat(shown, (r) => r.node.key, (r) => this._drawRow(r, r.node.key === active, locale))}
        </div>
      </div>
    `;
  }

  private _drawRow(row: TreeRow, active: boolean, locale: string): TemplateResult {
    const { node } = row;
    const look = statusLook(node.status);
    const progress = Math.max(0, Math.min(1, node.progress)) * 100;
    const expected = Math.max(0, Math.min(1, node.expected)) * 100;
    return html`<div
      part="row"
      class="row"
      role="treeitem"
      data-key=${node.key}
      data-kind=${node.kind}
      data-tone=${this._tone(node)}
      aria-level=${row.level}
      aria-setsize=${row.setsize}
      aria-posinset=${row.posinset}
      aria-expanded=${row.expanded === null ? nothing : String(row.expanded)}
      aria-selected=${String(node.key === this.selected)}
      aria-label=${this._spoken(node, locale)}
      tabindex=${active ? '0' : '-1'}
      style="transform: translateY(${row.index * ROW_HEIGHT}px); padding-inline-start: calc(${row.level - 1} * var(--okr-tree-indent, 1.25em) + 0.5em)"
    >
      <span class="twisty" data-toggle data-open=${String(row.expanded === true)} aria-hidden="true">${row.expanded === null ? '' : '▸'}</span>
      <span class="title">${node.kind === 'key-result' ? html`<span class="kind" aria-hidden="true">KR</span>` : nothing}${node.title}</span>
      <span class="owner">${node.owner ?? ''}</span>
      <span part="progress" class="bar" aria-hidden="true"><span class="fill" style="inline-size: ${progress}%"></span><span class="pace" style="inset-inline-start: ${expected}%"></span></span>
      <span class="pct">${formatPercent(node.progress, locale)}</span>
      <span class="grade">${formatGrade(node.grade)}</span>
      <span class="status" data-tone=${look.tone}><span class="icon" aria-hidden="true">${look.icon}</span><span class="status-text">${look.label}</span></span>
    </div>`;
  }

  private _drawChart(chart: ChartLayout, rows: TreeRow[], label: string, locale: string): TemplateResult {
    const view = this._view;
    const { width, height } = this._chartSize;
    const active = this._activeKey(rows);
    const { nodes, links } = cullChart(chart, view, width, height, active);
    const positions = new Map(rows.map((r) => [r.node.key, r]));
    const model = this._current!.model;
    const summary = `${label}: alignment chart of ${model.objectives} objectives and ${model.keyResults} key results, ${rows.length} shown. Use the arrow keys to move, Right and Left to expand and collapse.`;
    return html`
      <div part="chart" class="chart">
        <div part="controls" class="controls">
          <button type="button" data-zoom="in" aria-label="Zoom in" @click=${this._onZoomButton}>+</button>
          <button type="button" data-zoom="out" aria-label="Zoom out" @click=${this._onZoomButton}>−</button>
          <button type="button" data-zoom="reset" aria-label="Reset zoom and position" @click=${this._onZoomButton}>⟲</button>
        </div>
        <svg
          part="tree"
          role="tree"
          aria-label=${summary}
          @keydown=${this._onKeydown}
          @click=${this._onClick}
          @focusin=${this._onFocusIn}
          @pointerdown=${this._onPointerDown}
          @pointermove=${this._onPointerMove}
          @pointerup=${this._onPointerUp}
          @pointercancel=${this._onPointerUp}
          @wheel=${{ handleEvent: (e: WheelEvent) => this._onWheel(e), passive: false }}
        >
          <g role="none" class="viewport-group" transform="translate(${view.x},${view.y}) scale(${view.k})">
            <g class="links" aria-hidden="true">${links.map((l) => svg`<path class="link" d=${l.path}></path>`)}</g>
            <g role="none">
              ${repeat(
                nodes,
                (n) => n.key,
                (n) => {
                  const node = n.node;
                  const row = positions.get(n.key);
                  const look = statusLook(node.status);
                  const barWidth = CARD.width - 52;
                  const fill = Math.max(0, Math.min(1, node.progress)) * barWidth;
                  const pace = Math.max(0, Math.min(1, node.expected)) * barWidth;
                  return svg`<g part="node" class="node" role="treeitem" data-key=${n.key} data-kind=${node.kind} data-tone=${this._tone(node)}
                    transform="translate(${n.x},${n.y})"
                    aria-level=${row?.level ?? node.level} aria-setsize=${row?.setsize ?? 1} aria-posinset=${row?.posinset ?? 1}
                    aria-expanded=${n.expanded === null ? nothing : String(n.expanded)}
                    aria-selected=${String(n.key === this.selected)} aria-label=${this._spoken(node, locale)}
                    tabindex=${n.key === active ? '0' : '-1'}>
                    <rect class="card" width=${CARD.width} height=${CARD.height} rx="6"></rect>
                    <rect class="strip" width="5" height=${CARD.height} rx="2"></rect>
                    <text class="node-title" x="14" y="18">${node.kind === 'key-result' ? 'KR · ' : ''}${n.label}</text>
                    <text class="node-icon" x="14" y="37">${look.icon}</text>
                    <rect class="node-track" x="28" y="31" width=${barWidth} height="5" rx="2.5"></rect>
                    <rect class="node-fill" x="28" y="31" width=${Math.round(fill * 10) / 10} height="5" rx="2.5"></rect>
                    <rect class="node-pace" x=${Math.round((28 + pace - 1) * 10) / 10} y="28" width="2" height="11"></rect>
                    <text class="node-meta" x=${CARD.width - 8} y="37" text-anchor="end">${formatGrade(node.grade)}</text>
                    ${n.expanded === null ? nothing : svg`<text class="node-meta" x=${CARD.width - 8} y="18" text-anchor="end">${n.expanded ? '−' : '+'}</text>`}
                  </g>`;
                },
              )}
            </g>
          </g>
        </svg>
      </div>
    `;
  }

  private _onScroll = (event: Event): void => {
    const box = event.currentTarget as HTMLElement;
    this._scrollTop = box.scrollTop;
  };

  private _keyFromEvent(event: Event): string | null {
    for (const target of event.composedPath()) {
      if (target === this) break;
      if (target instanceof Element && target.hasAttribute('data-key')) return target.getAttribute('data-key');
    }
    return null;
  }

  /** Focus that arrives by Tab, click or script moves the roving tab stop with it. */
  private _onFocusIn = (event: FocusEvent): void => {
    const key = this._keyFromEvent(event);
    if (key !== null && key !== this._active && this._current?.model.byKey.has(key)) this._active = key;
  };

  private _onClick = (event: MouseEvent): void => {
    if (this._suppressClick) {
      this._suppressClick = false;
      return;
    }
    const key = this._keyFromEvent(event);
    const node = key === null ? undefined : this._current?.model.byKey.get(key);
    if (!node) return;
    this._active = node.key;
    this._focusPending = true;
    const onTwisty = event.composedPath().some((t) => t instanceof Element && t.hasAttribute('data-toggle'));
    if (onTwisty) this._toggle(node, !this._current!.expanded.has(node.key));
    else this._select(node);
  };

  private _onKeydown = (event: KeyboardEvent): void => {
    const current = this._current;
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const { rows, expanded, model } = current;
    const key = this._activeKey(rows);
    const index = rows.findIndex((r) => r.node.key === key);
    const row = rows[index];
    if (!row) return;
    const node = row.node;
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(rows.length - 1, index + 1);
        break;
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = rows.length - 1;
        break;
      case 'ArrowRight':
        if (row.expanded === false) this._toggle(node, true);
        else if (row.expanded === true) next = index + 1;
        break;
      case 'ArrowLeft':
        if (row.expanded === true) this._toggle(node, false);
        else if (node.parent) next = rows.findIndex((r) => r.node === node.parent);
        break;
      case 'Enter':
      case ' ':
        this._select(node);
        break;
      case '*': {
        const more = siblingsOf(model, node).filter((s) => s.children.length > 0 && !expanded.has(s.key));
        if (more.length > 0) this._setExpanded(more, true);
        break;
      }
      default:
        if (event.key.length === 1 && /\S/u.test(event.key)) {
          this._typed += event.key;
          clearTimeout(this._typedTimer);
          this._typedTimer = setTimeout(() => (this._typed = ''), TYPE_AHEAD_RESET_MS);
          const found = typeAhead(rows, index, this._typed);
          if (found >= 0) next = found;
          break;
        }
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (next !== null && next >= 0) this._moveTo(rows, next);
  };

  private _moveTo(rows: TreeRow[], index: number): void {
    const row = rows[index];
    if (!row) return;
    this._active = row.node.key;
    this._focusPending = true;
    if (this.layout === 'chart') {
      const placed = this._current?.chart?.nodes.find((n) => n.key === row.node.key);
      if (placed) this._view = revealNode(this._view, placed, this._chartSize.width, this._chartSize.height);
      return;
    }
    const box = (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('.viewport');
    if (!box) return;
    const top = index * ROW_HEIGHT;
    const height = box.clientHeight || this._viewHeight;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + ROW_HEIGHT > box.scrollTop + height) box.scrollTop = top + ROW_HEIGHT - height;
    this._scrollTop = box.scrollTop;
  }

  private _detail(node: TreeNode): OkrTreeSelectDetail {
    return { id: node.objective.id, ref: node.kind === 'key-result' ? node.key : null, kind: node.kind, objective: node.objective, keyResult: node.keyResult };
  }

  private _select(node: TreeNode): void {
    this.selected = node.key;
    this.dispatchEvent(new CustomEvent<OkrTreeSelectDetail>('okr-select', { detail: this._detail(node), bubbles: true, composed: true }));
  }

  private _toggle(node: TreeNode, open: boolean): void {
    this._setExpanded([node], open);
  }

  private _setExpanded(nodes: TreeNode[], open: boolean): void {
    const current = this._current;
    if (!current) return;
    const next = new Set(current.expanded);
    const changed = nodes.filter((n) => n.children.length > 0 && next.has(n.key) !== open);
    if (changed.length === 0) return;
    for (const n of changed) {
      if (open) next.add(n.key);
      else next.delete(n.key);
    }
    this._expanded = next;
    this._expandedFor = current.model;
    this._focusPending = true;
    for (const n of changed) {
      this.dispatchEvent(new CustomEvent<OkrTreeToggleDetail>('okr-toggle', { detail: { ...this._detail(n), expanded: open }, bubbles: true, composed: true }));
    }
  }

  private _onZoomButton = (event: Event): void => {
    const which = (event.currentTarget as HTMLElement).dataset.zoom;
    const { width, height } = this._chartSize;
    if (which === 'reset') this._view = INITIAL_VIEW;
    else this._view = zoomAt(this._view, which === 'in' ? 1.25 : 0.8, width / 2, height / 2);
  };

  private _onWheel(event: WheelEvent): void {
    event.preventDefault();
    const box = (event.currentTarget as Element).getBoundingClientRect();
    const scale = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? 400 : 1;
    this._view = zoomAt(this._view, Math.exp(-event.deltaY * scale * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }

  private _onPointerDown = (event: PointerEvent): void => {
    this._suppressClick = false;
    if (event.button !== 0) return;
    this._drag = { id: event.pointerId, x: event.clientX, y: event.clientY, view: this._view, moved: false };
  };

  private _onPointerMove = (event: PointerEvent): void => {
    const drag = this._drag;
    if (!drag || drag.id !== event.pointerId) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      const target = event.currentTarget as Element;
      try {
        target.setPointerCapture(event.pointerId);
      } catch {
        // A synthetic or already-released pointer cannot be captured; panning still works.
      }
      target.classList.add('panning');
    }
    this._view = { ...drag.view, x: Math.round(drag.view.x + dx), y: Math.round(drag.view.y + dy) };
  };

  private _onPointerUp = (event: PointerEvent): void => {
    const drag = this._drag;
    if (!drag || drag.id !== event.pointerId) return;
    this._drag = null;
    (event.currentTarget as Element).classList.remove('panning');
    // A drag ends with a click on whatever is under the pointer; it must not select that.
    if (drag.moved) this._suppressClick = true;
  };
}

defineElement('okr-tree', OkrTree);

declare global {
  interface HTMLElementTagNameMap {
    'okr-tree': OkrTree;
  }
  interface HTMLElementEventMap {
    'okr-toggle': CustomEvent<OkrTreeToggleDetail>;
  }
}
