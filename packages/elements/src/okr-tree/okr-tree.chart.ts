import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { formatGrade } from '../shared/format.js';
import { statusLook } from '../shared/status.js';
import { svgIcon } from '../shared/icon.js';
import { nodeTone, spokenLabel, type TreeHandlers } from './okr-tree.item.js';
import { CARD, CARD_PARTS, cullChart, type ChartLayout, type ChartNode, type OkrTreeModel, type TreeRow, type ViewTransform } from './okr-tree.layout.js';
import type { PanZoomHandlers } from './okr-tree.pan-zoom.js';

export interface ChartInput {
  chart: ChartLayout;
  model: OkrTreeModel;
  rows: readonly TreeRow[];
  view: ViewTransform;
  /** Size of the SVG on screen, in px. */
  size: { width: number; height: number };
  /** Key of the card holding the roving tab stop. */
  active: string | null;
  selected: string | undefined;
  label: string;
  locale: string;
  on: TreeHandlers;
  panZoom: PanZoomHandlers;
}

/** The chart layout: zoom buttons over an SVG tree of the cards and links in view. */
export function chartTemplate({ chart, model, rows, view, size, active, selected, label, locale, on, panZoom }: ChartInput): TemplateResult {
  const { nodes, links } = cullChart(chart, view, size.width, size.height, active);
  const positions = new Map(rows.map((r) => [r.node.key, r]));
  // focusin is heard on the frame, not the svg: Chromium makes an svg with a focus listener a tab stop of its own.
  const summary = `${label}: alignment chart of ${model.objectives} objectives and ${model.keyResults} key results, ${rows.length} shown. Use the arrow keys to move, Right and Left to expand and collapse.`;
  return html`
    <div part="chart" class="chart" @focusin=${on.focusin}>
      <div part="controls" class="controls" role="group" aria-label="Zoom">
        <button type="button" data-zoom="in" aria-label="Zoom in" @click=${panZoom.onZoomButton}>+</button>
        <button type="button" data-zoom="out" aria-label="Zoom out" @click=${panZoom.onZoomButton}>−</button>
        <button type="button" data-zoom="reset" aria-label="Reset zoom and position" @click=${panZoom.onZoomButton}>⟲</button>
      </div>
      <svg
        part="tree"
        role="tree"
        aria-label=${summary}
        @keydown=${on.keydown}
        @click=${on.click}
        @pointerdown=${panZoom.onPointerDown}
        @pointermove=${panZoom.onPointerMove}
        @pointerup=${panZoom.onPointerUp}
        @pointercancel=${panZoom.onPointerUp}
        @wheel=${panZoom.wheel}
      >
        <g role="none" class="viewport-group" transform="translate(${view.x},${view.y}) scale(${view.k})">
          <g class="links" aria-hidden="true">${links.map((l) => svg`<path class="link" d=${l.path}></path>`)}</g>
          <g role="none">
            ${repeat(
              nodes,
              (n) => n.key,
              (n) => cardTemplate(n, positions.get(n.key), n.key === active, selected, locale),
            )}
          </g>
        </g>
      </svg>
    </div>
  `;
}

/** One card; `row` gives its ARIA position among the visible rows (the same as in the list). */
function cardTemplate(n: ChartNode, row: TreeRow | undefined, active: boolean, selected: string | undefined, locale: string): TemplateResult {
  const node = n.node;
  const look = statusLook(node.status);
  const P = CARD_PARTS;
  const barWidth = CARD.width - P.barX - P.gradeWidth;
  const fill = Math.max(0, Math.min(1, node.progress)) * barWidth;
  const pace = Math.max(0, Math.min(1, node.expected)) * barWidth;
  return svg`<g part="node" class="node" role="treeitem" data-key=${n.key} data-kind=${node.kind} data-tone=${nodeTone(node)}
    transform="translate(${n.x},${n.y})"
    aria-level=${row?.level ?? node.level} aria-setsize=${row?.setsize ?? 1} aria-posinset=${row?.posinset ?? 1}
    aria-expanded=${n.expanded === null ? nothing : String(n.expanded)}
    aria-selected=${String(n.key === selected)} aria-label=${spokenLabel(node, locale)}
    tabindex=${active ? '0' : '-1'}>
    <rect class="card" width=${CARD.width} height=${CARD.height} rx="6"></rect>
    <rect class="strip" width="5" height=${CARD.height} rx="2"></rect>
    ${n.lines.map((line, i) => svg`<text class="node-title" x=${P.titleX} y=${P.titleY[i] ?? P.titleY[1]}>${line}</text>`)}
    <g class="node-icon">${svgIcon(look.icon, P.iconX, P.metaY - 7, 14)}</g>
    <rect class="node-track" x=${P.barX} y=${P.metaY - 2.5} width=${barWidth} height="5" rx="2.5"></rect>
    <rect class="node-fill" x=${P.barX} y=${P.metaY - 2.5} width=${Math.round(fill * 10) / 10} height="5" rx="2.5"></rect>
    <rect class="node-pace" x=${Math.round((P.barX + pace - 1) * 10) / 10} y=${P.metaY - 5.5} width="2" height="11"></rect>
    <text class="node-meta node-grade" x=${CARD.width - 8} y=${P.metaY + 4} text-anchor="end">${formatGrade(node.grade)}</text>
    ${
      n.expanded === null
        ? nothing
        : // The sign opens and closes the card for a pointer, as Right and Left do for the keyboard;
          // the rest of the card selects it. The clear rect gives the sign a finger-sized target.
          svg`<g class="toggle" data-toggle><rect class="toggle-target" x=${P.toggle.x} y=${P.toggle.y} width=${P.toggle.width} height=${P.toggle.height} rx="4"></rect><text class="node-meta toggle-sign" x=${P.toggle.x + P.toggle.width / 2} y=${P.toggle.y + 16} text-anchor="middle">${n.expanded ? '−' : '+'}</text></g>`
    }
  </g>`;
}
