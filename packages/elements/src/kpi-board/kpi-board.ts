import { html, isServer, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { kpiValuesLeftOut, lastMeasuredOn } from '@cairn/core';
import '../kpi-gauge/kpi-gauge.js';
import { sparklineLayout } from '../kpi-trend/kpi-trend.layout.js';
import { numberConverter } from '../shared/attributes.js';
import { CairnElement } from '../shared/cairn-element.js';
import { defineElement } from '../shared/define.js';
import type { KpiSelectDetail } from '../shared/events.js';
import '../shared/events.js';
import { formatDate, formatValue, kpiFigures, NOT_PUBLISHED } from '../shared/format.js';
import { checkKpis, DataError, type SnapshotData, type SnapshotKpi, teamSliceNote } from '../shared/snapshot.js';
import { STALE_LOOK, healthLook, trendLook } from '../shared/status.js';
import { icon } from '../shared/icon.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { filterKpis, healthCounts, knowsTeam, parseHealthFilter, sortKpis, tileHref } from './kpi-board.layout.js';
import { boardStyles } from './kpi-board.styles.js';

/**
 * Tiles drawn by the first render; the rest follow in batches of as many, one per animation
 * frame, so a board of hundreds of KPIs shows its first screen at once and is whole soon after.
 */
export const TILE_BATCH = 40;

/** Detail of the `kpi-select` event. */
export type KpiBoardSelectDetail = KpiSelectDetail;

/**
 * A responsive grid of KPI tiles: each with its title, a compact gauge or a sparkline, health,
 * trend and staleness in words and icons, and the latest value. Filters narrow it to key KPIs,
 * a team (with its sub-teams) or some healths. Tiles are list items. With `href` each tile is a
 * link to the KPI's page (its title is the link, and the whole tile answers a click), which works
 * without JavaScript; without it a tile's title is a button that fires `kpi-select`.
 *
 * @tagname kpi-board
 * @summary A grid of KPI tiles with health, trend and a gauge or sparkline each.
 * @fires kpi-select - When a tile is clicked, or activated with Enter (or Space, on a button); `detail: { id, kpi }`. Cancelable: cancelling it stops a tile's link from navigating.
 * @fires kpi-error - When data cannot be loaded or read; `detail: { message, src }`.
 * @csspart board - The wrapper of the summary and the grid.
 * @csspart summary - The line counting the KPIs shown by health (and saying when a team's own file leaves out the teams below it).
 * @csspart grid - The list of tiles (CSS grid).
 * @csspart tile - One tile (a list item).
 * @csspart tile-button - The button in a tile's heading that selects it (without `href`).
 * @csspart tile-link - The link in a tile's heading to the KPI's page (with `href`).
 * @csspart gauge - The compact kpi-gauge of a tile.
 * @csspart sparkline - The sparkline SVG of a tile.
 * @csspart value - A tile's latest value.
 * @csspart health - A tile's health label with its icon.
 * @csspart trend - A tile's trend arrow and words.
 * @csspart stale - A tile's stale flag.
 * @csspart empty - The message when no KPI matches the filters.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @cssprop [--kpi-board-tile-min=220px] - Smallest width of a tile before the grid wraps.
 * @cssprop [--kpi-board-gap=0.75rem] - Space between tiles.
 * @cssprop [--kpi-board-tile-bg] - Background of a tile (default: --cairn-bg).
 * @cssprop [--kpi-board-line-color] - Colour of the sparkline (default: --cairn-accent).
 * @cssprop [--cairn-good] - Colour of healthy; also --cairn-warn, --cairn-bad, --cairn-none.
 */
export class KpiBoard extends CairnElement {
  static override styles = [themeStyles, badgeStyles, boardStyles];
  static override properties = {
    ...CairnElement.properties,
    key: { type: Boolean },
    team: { type: String },
    health: { type: String },
    tile: { type: String },
    sort: { type: String },
    label: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level', converter: numberConverter },
    href: { type: String },
    _complete: { state: true },
  };

  /** Show only key KPIs. */
  declare key: boolean;
  /** A team id: show that team's KPIs and those of its sub-teams. */
  declare team: string | undefined;
  /** Healths to show, e.g. `critical,warning`; default: all. */
  declare health: string | undefined;
  /** What each tile draws: `gauge` (default) or `sparkline`. */
  declare tile: 'gauge' | 'sparkline';
  /** The tiles' order: `given` (default, the data's) or `health` (critical first, then warning, healthy and unknown, the data's order within each). */
  declare sort: 'given' | 'health';
  /** Accessible name of the list of tiles; default "KPIs". */
  declare label: string | undefined;
  /** Heading level of the tile titles, 2–6; default 3. */
  declare headingLevel: number;
  /** Link template for each tile, e.g. `/kpis/{id}/` (`{team}` works too): tiles become links to the KPI's page, with JavaScript or without. */
  declare href: string | undefined;

  protected readonly errorEventName = 'kpi-error' as const;
  /** @internal How many tiles, from the first, are drawn so far. */
  declare _complete: number;
  /** Tiles in the last render; batches stop there. */
  private _tiles = 0;
  private _batchFrame: number | undefined;
  /** The KPI list last checked, so batches do not check it again. */
  private _checked: unknown = null;
  /** Server-rendered tiles are already laid out: such a board (and the server) draws them all at once. */
  private readonly _firstBatch: number;

  constructor() {
    super();
    this.key = false;
    this.tile = 'gauge';
    this.sort = 'given';
    this.headingLevel = 3;
    this._firstBatch = isServer || this.shadowRoot !== null ? Number.POSITIVE_INFINITY : TILE_BATCH;
    this._complete = this._firstBatch;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._batchFrame !== undefined) cancelAnimationFrame(this._batchFrame);
    this._batchFrame = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Other data or filters: start again from the first screen.
    if (['data', '_loaded', 'key', 'team', 'health', 'tile', 'sort'].some((name) => changed.has(name))) this._complete = this._firstBatch;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this._complete >= this._tiles || this._batchFrame !== undefined || !this.isConnected) return;
    this._batchFrame = requestAnimationFrame(() => {
      this._batchFrame = undefined;
      this._complete += TILE_BATCH;
    });
  }

  override render(): TemplateResult | typeof nothing {
    return this.renderWithData((data) => this._draw(data!, this.resolvedLocale(data)));
  }

  private _draw(data: SnapshotData, locale: string): TemplateResult {
    if (this.team && !knowsTeam(data.teams, data.kpis, this.team)) throw new DataError(`There is no team "${this.team}" in the data.`);
    if (this._checked !== data.kpis) {
      checkKpis(data.kpis);
      this._checked = data.kpis;
    }
    const kpis = sortKpis(filterKpis(data.kpis, data.teams, { key: this.key, team: this.team, health: parseHealthFilter(this.health) }), this.sort === 'health' ? 'health' : 'given');
    const label = this.label ?? 'KPIs';
    this._tiles = kpis.length;
    // Not silently fewer: a team's own file lacks the teams below it that `team` takes in.
    const note = teamSliceNote(data, this.team, 'KPIs');
    if (kpis.length === 0) {
      return html`<div part="board" class="board"><p part="empty" class="state" role="status">No KPIs match the filters.${note ? ` ${note}` : ''}</p></div>`;
    }
    const counts = healthCounts(kpis)
      .map((c) => `${c.count} ${healthLook(c.health).label.toLowerCase()}`)
      .join(', ');
    return html`
      <div part="board" class="board">
        <p part="summary" class="summary">${kpis.length === 1 ? '1 KPI' : `${kpis.length} KPIs`}: ${counts}${note ? `. ${note}` : ''}</p>
        <ul part="grid" class="grid" role="list" aria-label=${label} aria-busy=${this._complete < kpis.length ? 'true' : 'false'}>
          ${kpis.slice(0, this._complete).map((kpi) => this._tile(kpi, locale, data.asOf))}
        </ul>
      </div>
    `;
  }

  private _tile(kpi: SnapshotKpi, locale: string, asOf: string | null): TemplateResult {
    const measured = lastMeasuredOn(kpi, asOf);
    const health = healthLook(kpi.health);
    const trend = trendLook(kpi.trend);
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const sparkline = this.tile === 'sparkline';
    const value = kpiValuesLeftOut(kpi) ? NOT_PUBLISHED : formatValue(kpi.latest?.value ?? null, kpi.unit, locale, { compact: true, among: kpiFigures(kpi) });
    const href = this.href ? tileHref(this.href, kpi) : null;
    // A link's whole tile is its hit area (the link's ::after), so a click anywhere is the link's own.
    const title =
      href === null
        ? html`<button part="tile-button" class="tile-button" type="button">${kpi.title}</button>`
        : html`<a part="tile-link" class="tile-button" href=${href}>${kpi.title}</a>`;
    return html`
      <li part="tile" class="tile" role="listitem" data-tone=${health.tone} data-id=${kpi.id} @click=${(event: Event) => this._select(event, kpi)}>
        <div class="heading" role="heading" aria-level=${level}>${title}</div>
        ${sparkline
          ? this._sparkline(kpi)
          : html`<kpi-gauge part="gauge" class="gauge" compact .data=${kpi} locale=${locale} theme=${this.theme ?? nothing}></kpi-gauge>`}
        <div class="facts">
          ${sparkline
            ? html`<span part="value" class="value">${value}</span>
                <span part="health" class="health" data-tone=${health.tone}><span class="icon" aria-hidden="true">${icon(health.icon)}</span>${health.label}</span>`
            : nothing}
          <span part="trend" class="trend" data-tone=${trend.tone}><span class="arrow" aria-hidden="true">${icon(trend.icon)}</span>${trend.label}</span>
          ${sparkline && kpi.stale ? html`<span part="stale" class="stale"><span class="icon" aria-hidden="true">${icon(STALE_LOOK.icon)}</span>${STALE_LOOK.label}</span>` : nothing}
          ${measured ? html`<span class="date">${formatDate(measured, locale)}</span>` : nothing}
        </div>
      </li>
    `;
  }

  private _sparkline(kpi: SnapshotKpi): TemplateResult {
    const spark = sparklineLayout(kpi.series, kpi.target);
    const target = spark.target;
    return html`
      <svg part="sparkline" class="sparkline" viewBox="0 0 ${spark.width} ${spark.height}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        ${target && 'height' in target ? svg`<rect class="spark-band" x="0" y=${target.y} width=${spark.width} height=${target.height}></rect>` : nothing}
        ${target && !('height' in target) ? svg`<line class="spark-target" x1="0" x2=${spark.width} y1=${target.y} y2=${target.y}></line>` : nothing}
        ${spark.area ? svg`<path class="spark-area" d=${spark.area}></path>` : nothing}
        ${spark.line ? svg`<path class="spark-line" d=${spark.line}></path>` : nothing}
        ${spark.last ? svg`<path class="spark-last" d="M${spark.last.x},${spark.last.y}h0"></path>` : nothing}
      </svg>
    `;
  }

  private _select(event: Event, kpi: SnapshotKpi): void {
    const select = new CustomEvent<KpiBoardSelectDetail>('kpi-select', { detail: { id: kpi.id, kpi }, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(select)) event.preventDefault();
  }
}

defineElement('kpi-board', KpiBoard);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-board': KpiBoard;
  }
}
