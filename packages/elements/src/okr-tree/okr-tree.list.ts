import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cssProps } from '../shared/css-props.js';
import { formatGrade } from '../shared/format.js';
import { gradeLook, statusLook } from '../shared/status.js';
import { icon } from '../shared/icon.js';
import { nodeTone, shownFigure, spokenLabel, type TreeHandlers } from './okr-tree.item.js';
import { ROW_HEIGHT, windowRange, type TreeRow } from './okr-tree.layout.js';

/** Rows rendered above and below the visible part of the list. */
const BUFFER_ROWS = 8;

export interface ListInput {
  rows: readonly TreeRow[];
  /** Key of the row holding the roving tab stop. */
  active: string | null;
  selected: string | undefined;
  label: string;
  locale: string;
  scrollTop: number;
  viewHeight: number;
  on: TreeHandlers & { scroll: (event: Event) => void };
}

/** The rows to put in the DOM for a scroll position: the window, plus the active row wherever it is. */
export function renderedRows(rows: readonly TreeRow[], scrollTop: number, viewHeight: number, active: string | null): TreeRow[] {
  const { start, end } = windowRange(scrollTop, viewHeight, rows.length, ROW_HEIGHT, BUFFER_ROWS);
  const shown = rows.slice(start, end);
  const activeRow = active === null ? undefined : rows.find((r) => r.node.key === active);
  // The tab stop stays in the DOM even when scrolled away, so Tab still lands in the tree.
  if (activeRow && (activeRow.index < start || activeRow.index >= end)) shown.push(activeRow);
  return shown;
}

/** Rows skipped by the window, drawn as one empty block of their height. */
export interface RowGap {
  key: string;
  rows: number;
}

/** Levels the stylesheet indents by itself; deeper rows get their level through the CSSOM. */
export const STYLED_LEVELS = 12;

/**
 * The rendered rows in order, with a gap before, between and after them for the rows left out,
 * so every row sits in normal flow at its index and the list is as tall as all its rows: no
 * row needs a style attribute to be placed, which a strict Content-Security-Policy blocks.
 */
export function listItems(shown: readonly TreeRow[], total: number): (TreeRow | RowGap)[] {
  const items: (TreeRow | RowGap)[] = [];
  let next = 0;
  for (const row of [...shown].sort((a, b) => a.index - b.index)) {
    if (row.index > next) items.push({ key: `gap:${row.node.key}`, rows: row.index - next });
    items.push(row);
    next = row.index + 1;
  }
  if (total > next) items.push({ key: 'gap:end', rows: total - next });
  return items;
}

const isGap = (item: TreeRow | RowGap): item is RowGap => 'rows' in item;

/** The least scroll that shows the whole row at `index` in a viewport `height` px high. */
export function scrollToShow(index: number, scrollTop: number, height: number): number {
  const top = index * ROW_HEIGHT;
  if (top < scrollTop) return top;
  if (top + ROW_HEIGHT > scrollTop + height) return top + ROW_HEIGHT - height;
  return scrollTop;
}

/** The list layout: a windowed ARIA tree, each row placed absolutely at its index. */
export function listTemplate({ rows, active, selected, label, locale, scrollTop, viewHeight, on }: ListInput): TemplateResult {
  const shown = renderedRows(rows, scrollTop, viewHeight, active);
  return html`
    <div part="viewport" class="viewport" @scroll=${on.scroll}>
      <div part="tree" class="list" role="tree" aria-label=${label} @keydown=${on.keydown} @click=${on.click} @focusin=${on.focusin}>
        ${repeat(
          listItems(shown, rows.length),
          (item) => (isGap(item) ? item.key : item.node.key),
          // An SVG's height attribute is not a style: the gap keeps its height under any CSP and before hydration.
          (item) => (isGap(item) ? html`<svg class="gap" aria-hidden="true" focusable="false" width="1" height=${item.rows * ROW_HEIGHT}></svg>` : rowTemplate(item, item.node.key === active, selected, locale)),
        )}
      </div>
    </div>
  `;
}

function rowTemplate(row: TreeRow, active: boolean, selected: string | undefined, locale: string): TemplateResult {
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
    data-tone=${nodeTone(node)}
    aria-level=${row.level}
    aria-setsize=${row.setsize}
    aria-posinset=${row.posinset}
    aria-expanded=${row.expanded === null ? nothing : String(row.expanded)}
    aria-selected=${String(node.key === selected)}
    aria-label=${spokenLabel(node, locale)}
    tabindex=${active ? '0' : '-1'}
    ${cssProps({ '--_level': row.level > STYLED_LEVELS ? String(row.level) : undefined })}
  >
    <span class="twisty" data-toggle data-open=${String(row.expanded === true)} aria-hidden="true">${row.expanded === null ? '' : '▸'}</span>
    <span class="title" title=${node.title}>${node.kind === 'key-result' ? html`<span class="kind" aria-hidden="true">KR</span>` : nothing}${node.title}</span>
    <span class="owner">${node.owner ?? ''}</span>
    <span part="progress" class="bar" aria-hidden="true"
      ><svg class="bar-svg" focusable="false"
        ><rect class="fill" width="${progress}%" height="100%"></rect><rect class="pace" x="${expected}%" width="2" transform="translate(-1 0)"></rect></svg
    ></span>
    <span class="pct">${shownFigure(node, locale)}</span>
    <span class="grade" title=${node.colour ? `Grade ${formatGrade(node.grade)}, ${gradeLook(node.colour).label}` : nothing}
      >${node.colour ? html`<span class="icon" aria-hidden="true">${icon(gradeLook(node.colour).icon)}</span>` : nothing}${formatGrade(node.grade)}</span
    >
    <span class="status" data-tone=${look.tone}><span class="icon" aria-hidden="true">${icon(look.icon)}</span><span class="status-text">${look.label}</span></span>
  </div>`;
}
