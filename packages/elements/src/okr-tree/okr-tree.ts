import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { numberConverter } from '../shared/attributes.js';
import { CairnElement } from '../shared/cairn-element.js';
import { defineElement } from '../shared/define.js';
import type { OkrSelectDetail } from '../shared/events.js';
import '../shared/events.js';
import { toNumber } from '../shared/format.js';
import { checkObjectives, type SnapshotData, type SnapshotKeyResult, type SnapshotObjective, teamSliceNote } from '../shared/snapshot.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { chartTemplate } from './okr-tree.chart.js';
import type { TreeHandlers } from './okr-tree.item.js';
import { keyAction } from './okr-tree.keyboard.js';
import {
  buildTree,
  chartLayout,
  defaultExpanded,
  INITIAL_VIEW,
  revealNode,
  visibleRows,
  type ChartLayout,
  type NodeKind,
  type OkrTreeModel,
  type TreeNode,
  type TreeRow,
  type ViewTransform,
} from './okr-tree.layout.js';
import { listTemplate, scrollToShow } from './okr-tree.list.js';
import { memoLast } from './okr-tree.memo.js';
import { PanZoom } from './okr-tree.pan-zoom.js';
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
 * The roots (objectives aligned to nothing in the period) come in the team tree's order: the top
 * team's first, then those of the teams one level below, and so on.
 *
 * Keyboard: Up and Down move; Right and Left open and close a node, or step into and out of it;
 * Home and End jump to the ends; `*` opens every sibling; typing letters jumps to the next title
 * that starts with them; Enter or Space selects. Pointer: a click selects; the twisty (list)
 * or the + and − sign (chart) opens and closes; the chart pans by dragging and zooms with the
 * wheel or its buttons.
 *
 * @tagname okr-tree
 * @summary The alignment tree of objectives and key results of a period, as a list or a chart.
 * @fires okr-select - When a row or card is chosen (click, Enter or Space); `detail: { id, ref, kind, objective, keyResult }` (`kind` is `objective` or `key-result`; `objective` is the snapshot objective, for a key result its objective; `keyResult` the snapshot key result or null).
 * @fires okr-toggle - When a node expands or collapses; `detail`: the same fields and `expanded` (true when now open).
 * @fires okr-error - When data cannot be loaded or read; `detail: { message, src }`.
 * @csspart viewport - The scrolling box of the list.
 * @csspart tree - The element with role="tree" (the list, or the chart's SVG).
 * @csspart row - One row of the list (role="treeitem").
 * @csspart progress - The progress bar of a row, with its expected-pace marker.
 * @csspart status - The loading message, or the message when there is nothing to show.
 * @csspart error - The error message.
 * @csspart note - The note that a team's own file leaves out the teams below it, when `team` asks for them.
 * @csspart chart - The chart's frame.
 * @csspart controls - The chart's zoom buttons.
 * @csspart node - One card of the chart (role="treeitem").
 * @cssprop [--okr-tree-max-height=32rem] - Height of the list before it scrolls.
 * @cssprop [--okr-tree-chart-height=28rem] - Height of the chart.
 * @cssprop [--okr-tree-indent=1.25em] - Indent per level of the list.
 * @cssprop [--okr-tree-owner-width=7em] - Width of the owner column.
 * @cssprop [--okr-tree-bar-width=7em] - Width of the progress bar (in containers up to 720px, where the title has a line of its own, the bar takes the room left on the second line).
 * @cssprop [--okr-tree-row-gap=0.75em] - Space between the columns of a list row.
 * @cssprop [--okr-tree-pace-color=var(--cairn-fg)] - Colour of the expected-pace marker.
 * @cssprop [--okr-tree-selected-color=var(--cairn-accent)] - Colour marking the selected row or card.
 * @cssprop [--okr-tree-link-color=var(--cairn-border)] - Colour of the chart's links.
 * @cssprop [--cairn-good] - Colour of on track; also --cairn-warn, --cairn-bad, --cairn-none.
 */
export class OkrTree extends CairnElement {
  static override styles = [themeStyles, badgeStyles, treeStyles];
  static override properties = {
    ...CairnElement.properties,
    period: { type: String },
    team: { type: String },
    root: { type: String },
    depth: { type: Number, converter: numberConverter },
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
  private readonly _rows = memoLast(visibleRows);
  private readonly _chart = memoLast(chartLayout);
  private _current: Current | null = null;
  private _focusPending = false;
  private _typed = '';
  private _typedTimer: ReturnType<typeof setTimeout> | undefined;
  private _resizeObserver: ResizeObserver | null = null;
  private _observed: Element | null = null;
  private readonly _panZoom = new PanZoom({ view: () => this._view, setView: (view) => (this._view = view), size: () => this._chartSize });

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
    checkObjectives(data.objectives);
    const model = buildTree(data, { period: this.period, team: this.team, root: this.root, depth: toNumber(this.depth) });
    this._modelCache = { keys, model };
    return model;
  }

  private _expandedSet(model: OkrTreeModel): Set<string> {
    if (this._expanded && this._expandedFor === model) return this._expanded;
    return defaultExpanded(model, this.expandAll);
  }

  /** The roving tab stop: the last focused row if visible, else the selected one, else the first. */
  private _activeKey(rows: TreeRow[]): string | null {
    const visible = (key: string | null | undefined): key is string => !!key && rows.some((r) => r.node.key === key);
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
      // Not silently fewer: a team's own file lacks the teams below it that `team` takes in.
      const note = teamSliceNote(data, this.team, 'objectives');
      const noted = note ? html`<p part="note" class="state">${note}</p>` : nothing;
      if (rows.length === 0) {
        return html`${noted}<div part="status" class="state" role="status">No objectives to show${model.period ? ` in ${this._periodName(data, model.period)}` : ''}.</div>`;
      }
      const locale = this.resolvedLocale(data);
      const label = this.label ?? (model.period ? `Objectives, ${this._periodName(data, model.period)}` : 'Objectives');
      const active = this._activeKey(rows);
      const on: TreeHandlers = { keydown: this._onKeydown, click: this._onClick, focusin: this._onFocusIn };
      if (chart) {
        return html`${noted}${chartTemplate({ chart, model, rows, view: this._view, size: this._chartSize, active, selected: this.selected, label, locale, on, panZoom: this._panZoom })}`;
      }
      return html`${noted}${listTemplate({ rows, active, selected: this.selected, label, locale, scrollTop: this._scrollTop, viewHeight: this._viewHeight, on: { ...on, scroll: this._onScroll } })}`;
    });
  }

  private _periodName(data: SnapshotData, id: string): string {
    return data.periods.find((p) => p.id === id)?.name ?? id;
  }

  private _onScroll = (event: Event): void => {
    const box = event.currentTarget as HTMLElement;
    this._scrollTop = box.scrollTop;
  };

  /** A node drawn as a row or card. Looked up in the rows: the model's byKey would build every node. */
  private _shownNode(key: string): TreeNode | undefined {
    return this._current?.rows.find((r) => r.node.key === key)?.node;
  }

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
    if (key !== null && key !== this._active && this._shownNode(key)) this._active = key;
  };

  private _onClick = (event: MouseEvent): void => {
    if (this._panZoom.swallowsClick()) return;
    const key = this._keyFromEvent(event);
    const node = key === null ? undefined : this._shownNode(key);
    if (!node) return;
    this._active = node.key;
    this._focusPending = true;
    const onTwisty = event.composedPath().some((t) => t instanceof Element && t.hasAttribute('data-toggle'));
    if (onTwisty) this._toggle(node, !this._current!.expanded.has(node.key));
    else this._select(node);
  };

  private _onKeydown = (event: KeyboardEvent): void => {
    const current = this._current;
    if (!current) return;
    const { rows, expanded, model } = current;
    const action = keyAction(event, { model, rows, active: this._activeKey(rows), expanded, typed: this._typed });
    if (action.type === 'pass') return;
    if (action.type === 'expand' || action.type === 'collapse') this._toggle(action.node, action.type === 'expand');
    else if (action.type === 'select') this._select(action.node);
    else if (action.type === 'expand-siblings') this._setExpanded(action.nodes, true);
    else if (action.type === 'type-ahead') this._keepTyped(action.typed);
    event.preventDefault();
    event.stopPropagation();
    const next = action.type === 'move' || action.type === 'type-ahead' ? action.index : -1;
    if (next >= 0) this._moveTo(rows, next);
  };

  /** Type-ahead text builds up while keys come quickly, and starts over after a pause. */
  private _keepTyped(typed: string): void {
    this._typed = typed;
    clearTimeout(this._typedTimer);
    this._typedTimer = setTimeout(() => (this._typed = ''), TYPE_AHEAD_RESET_MS);
  }

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
    const scrollTop = scrollToShow(index, box.scrollTop, box.clientHeight || this._viewHeight);
    if (scrollTop !== box.scrollTop) box.scrollTop = scrollTop;
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

  private _setExpanded(nodes: readonly TreeNode[], open: boolean): void {
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
}

defineElement('okr-tree', OkrTree);

declare global {
  interface HTMLElementTagNameMap {
    'okr-tree': OkrTree;
  }
  // On the global map like the shared events, so `document.addEventListener('okr-toggle', …)` is typed too.
  interface GlobalEventHandlersEventMap {
    'okr-toggle': CustomEvent<OkrTreeToggleDetail>;
  }
}
