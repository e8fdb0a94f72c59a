import { kpiValuesLeftOut } from '@cairn/core';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { numberConverter } from '../shared/attributes.js';
import { CairnElement } from '../shared/cairn-element.js';
import { cssProps } from '../shared/css-props.js';
import { defineElement } from '../shared/define.js';
import '../shared/events.js';
import { calendarTickLabels, criticalLegend } from '../shared/axis.js';
import { formatBand, formatDate, formatValue, kpiFigures, toNumber } from '../shared/format.js';
import type { SnapshotData } from '../shared/snapshot.js';
import { pickKpi } from '../shared/snapshot.js';
import { TREND_KPI, valuesProblem } from '../shared/shape.js';
import { healthLook } from '../shared/status.js';
import { icon } from '../shared/icon.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import {
  nearestIndex,
  parseBand,
  parseValues,
  stepFocus,
  targetSteps,
  trendLayout,
  trendWindow,
  type Band,
  type Direction,
  type Measurement,
  type TrendLayout,
} from './kpi-trend.layout.js';
import { trendStyles } from './kpi-trend.styles.js';

/** What the chart shows, from attributes or from a KPI of a snapshot. */
interface Trend {
  title: string;
  unit: string | null;
  series: Measurement[];
  targets: { from: string; value: Band }[] | null;
  target: Band | null;
  critical: Band | null;
  direction: Direction;
  health: string | null;
  /** The audience may not see the values (`valuesHidden` in the snapshot). */
  hidden: boolean;
}

/**
 * Size of the chart before the element has measured its container (on the server, before its
 * script runs, without JavaScript, on paper). The drawing stretches to the box the page gives it
 * and its labels keep their size, so a phone-sized guess reads well at every width.
 */
const DEFAULT_SIZE = { width: 480, height: 240 };

/**
 * A line chart of a KPI's measurements over time, with its (time-bound) target, threshold bands
 * that follow the KPI's direction, and the last value labelled. The chart is focusable: the
 * Left and Right arrow keys, Home and End move through the measurements, and a hidden table is its text
 * alternative. A series with `health: null` (a key result's check-ins, say) shows no health, and
 * a KPI whose values are not published to the page's audience (`valuesHidden`) says so.
 *
 * @tagname kpi-trend
 * @summary A line chart of a KPI's measurements against its target and thresholds.
 * @fires kpi-error - When data cannot be loaded or read; `detail: { message, src }`.
 * @csspart chart - The figure holding the whole chart.
 * @csspart title - The caption with the KPI's title.
 * @csspart plot - The focusable plot area.
 * @csspart svg - The SVG drawing.
 * @csspart line - The line of the measurements.
 * @csspart target - The target step line or band.
 * @csspart tooltip - The tooltip of the hovered or focused measurement.
 * @csspart summary - The line under the chart with the latest value, target and health.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @cssprop [--kpi-trend-height=240px] - Height of the plot area.
 * @cssprop [--kpi-trend-line-color] - Colour of the measurement line (default: --cairn-accent).
 * @cssprop [--kpi-trend-target-color] - Colour of the target line and band (default: --cairn-fg).
 * @cssprop [--kpi-trend-band-opacity=0.14] - Opacity of the threshold bands.
 * @cssprop [--cairn-good] - Colour of the healthy band; also --cairn-warn and --cairn-bad.
 */
export class KpiTrend extends CairnElement {
  static override styles = [themeStyles, badgeStyles, trendStyles];
  static override properties = {
    ...CairnElement.properties,
    kpi: { type: String },
    from: { type: String },
    to: { type: String },
    months: { type: Number, converter: numberConverter },
    unit: { type: String },
    label: { type: String },
    values: { type: String },
    target: { type: String },
    critical: { type: String },
    direction: { type: String },
    _size: { state: true },
    _focus: { state: true },
    _hover: { state: true },
  };

  /** Id of the KPI to show when the data holds several. */
  declare kpi: string | undefined;
  /** First day shown (ISO date); default: `months` before `to`. */
  declare from: string | undefined;
  /** Last day shown (ISO date); default: the latest measurement. */
  declare to: string | undefined;
  /** How many months back from `to` to show when `from` is not given; default 18. */
  declare months: number | undefined;
  /** Unit shown after values, overriding the KPI's. */
  declare unit: string | undefined;
  /** Accessible name and caption; default: the KPI's title. */
  declare label: string | undefined;
  /** Standalone use: measurements as `2026-01-31:88 2026-02-28:90`. */
  declare values: string | undefined;
  /** Standalone use: the target, `90`, or a range band `30..45`. */
  declare target: string | number | undefined;
  /** Standalone use: the critical line, `80`, or a range band `20..60`. */
  declare critical: string | number | undefined;
  /** Standalone use: `increase` (default), `decrease` or `range`. */
  declare direction: 'increase' | 'decrease' | 'range' | undefined;
  declare _size: { width: number; height: number };
  declare _focus: number | null;
  declare _hover: number | null;

  protected readonly errorEventName = 'kpi-error' as const;
  private _observer: ResizeObserver | undefined;
  private _observed: Element | null = null;
  /** The points last drawn, for pointer and keyboard handlers. */
  private _points: TrendLayout['points'] = [];
  private _layoutWidth = DEFAULT_SIZE.width;

  constructor() {
    super();
    this._size = DEFAULT_SIZE;
    this._focus = null;
    this._hover = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver === 'undefined') return;
    this._observer ??= new ResizeObserver((entries) => {
      const box = entries.at(-1)?.contentRect;
      if (!box || box.width === 0 || box.height === 0) return;
      const size = { width: Math.round(box.width), height: Math.round(box.height) };
      if (size.width !== this._size.width || size.height !== this._size.height) this._size = size;
    });
    this._observed = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observed = null;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const plot = this.renderRoot.querySelector('.plot');
    if (plot !== this._observed && this._observer) {
      if (this._observed) this._observer.unobserve(this._observed);
      if (plot) this._observer.observe(plot);
      this._observed = plot;
    }
  }

  protected override hasAttributeData(): boolean {
    return parseValues(this.values).length > 0;
  }

  protected override attributeProblem(): string | null {
    const values = valuesProblem(this.values);
    if (values) return values;
    for (const name of ['target', 'critical'] as const) {
      const text = this.getAttribute(name);
      if (text !== null && text.trim() !== '' && parseBand(text) === null) return `The ${name} attribute is "${text}", which is neither a number nor a range such as 30..45.`;
    }
    return null;
  }

  private _trend(data: SnapshotData | null): Trend {
    if (data === null) {
      return {
        title: this.label ?? 'KPI',
        unit: this.unit ?? null,
        series: parseValues(this.values),
        targets: null,
        target: parseBand(this.target),
        critical: parseBand(this.critical),
        direction: this.direction === 'decrease' || this.direction === 'range' ? this.direction : 'increase',
        health: null,
        hidden: false,
      };
    }
    const kpi = pickKpi(data, this.kpi, TREND_KPI);
    return {
      title: this.label ?? kpi.title,
      unit: this.unit ?? kpi.unit,
      series: kpi.series,
      targets: kpi.targets,
      target: kpi.target,
      critical: kpi.critical,
      direction: kpi.direction,
      // A series without a health (a key result's check-ins) says nothing about health.
      health: kpi.health ?? null,
      hidden: kpiValuesLeftOut(kpi),
    };
  }

  override render(): TemplateResult | typeof nothing {
    return this.renderWithData((data) => this._draw(this._trend(data), this.resolvedLocale(data)));
  }

  private _draw(t: Trend, locale: string): TemplateResult {
    const { window, series } = trendWindow(t.series, { from: this.from, to: this.to, months: toNumber(this.months) });
    const caption = html`<figcaption part="title" class="title">${t.title}</figcaption>`;
    if (!window || series.length === 0) {
      this._points = [];
      return html`<figure part="chart">${caption}<p class="state" role="status">${t.hidden ? 'Its values are not published.' : 'No measurements in this period.'}</p></figure>`;
    }
    const steps = targetSteps(t.targets, t.target, window);
    const layout = trendLayout({ series, window, targets: steps, critical: t.critical, direction: t.direction, ...this._size });
    this._points = layout.points;
    this._layoutWidth = layout.width;
    const count = layout.points.length;
    const focus = this._focus === null ? null : Math.min(this._focus, count - 1);
    const active = this._hover ?? focus;
    const activePoint = active === null ? undefined : layout.points[active];
    const lastPoint = layout.points[count - 1]!;
    // The KPI's figures decide the digits, so the latest value never reads as its target or threshold.
    const among = kpiFigures({ latest: lastPoint, target: t.target, critical: t.critical });
    const value = (v: number): string => formatValue(v, t.unit, locale, { compact: true, among });
    const targetText = t.target === null ? null : formatBand(t.target, t.unit, locale, { compact: true, among });
    const criticalText = criticalLegend(t.critical, t.direction, t.unit, locale, { compact: true, among });
    const look = t.health ? healthLook(t.health) : null;
    const range = `${formatDate(window[0], locale)} to ${formatDate(window[1], locale)}`;
    const xLabels = calendarTickLabels(layout.xTicks.map((tick) => tick.date), locale);
    const tipLeft = activePoint ? (activePoint.x / layout.width) * 100 : 0;
    const tipTop = activePoint ? (activePoint.y / layout.height) * 100 : 0;
    const tipAlign = tipLeft > 75 ? 'end' : tipLeft < 25 ? 'start' : 'middle';
    const focusPoint = focus === null ? undefined : layout.points[focus];

    // The table of values hides inside a 1 px div: a table is never narrower than its content, so hidden itself it widened a phone's page.
    return html`
      <figure part="chart">
        ${caption}
        <div
          part="plot"
          class="plot"
          tabindex="0"
          role="group"
          aria-roledescription="chart"
          aria-label=${`${t.title}: ${count} measurements, ${range}. Use the Left and Right arrow keys, Home and End to read them.`}
          @keydown=${this._onKey}
          @focus=${this._onFocus}
          @blur=${this._onBlur}
          @pointermove=${this._onPointer}
          @pointerleave=${this._onLeave}
        >
          <svg part="svg" aria-hidden="true" focusable="false">
            <svg class="drawing" viewBox="0 0 ${layout.width} ${layout.height}" preserveAspectRatio="none" width="100%" height="100%">
              ${layout.bandPaths.map((b) => svg`<path class="band" data-tone=${b.tone} d=${b.d}></path>`)}
              <path class="grid" d=${layout.grid}></path>
              <path class="axis" d="M${layout.plot.left},${layout.plot.bottom}H${layout.plot.right}"></path>
              ${layout.targetBands.map((d) => svg`<path part="target" class="target-band" d=${d}></path>`)}
              ${layout.targetLines.map((d) => svg`<path part="target" class="target-line" d=${d}></path>`)}
              ${layout.area ? svg`<path class="area" d=${layout.area}></path>` : nothing}
              ${layout.line ? svg`<path part="line" class="line" d=${layout.line}></path>` : nothing}
              ${layout.last ? svg`<path class="last" d="M${layout.last.x},${layout.last.y}h0"></path>` : nothing}
              ${activePoint
                ? svg`<path class="cursor" d="M${activePoint.x},${layout.plot.top}V${layout.plot.bottom}"></path>
                  <path class="focus-ring" d="M${activePoint.x},${activePoint.y}h0"></path>
                  <path class="focus-point" d="M${activePoint.x},${activePoint.y}h0"></path>`
                : nothing}
            </svg>
            ${layout.yTicks.map((tick) => svg`<text class="tick" x=${at(layout.plot.left - 6, layout.width)} y=${at(tick.y, layout.height)} dy="0.32em" text-anchor="end">${formatValue(tick.value, null, locale, { compact: true })}</text>`)}
            ${layout.xTicks.map((tick, i) => svg`<text class="tick" x=${at(tick.x, layout.width)} y=${at(layout.plot.bottom + 17, layout.height)} text-anchor="middle">${xLabels[i]}</text>`)}
            ${layout.last
              ? svg`<text class="last-label" x=${at(layout.last.labelX, layout.width)} y=${at(layout.last.labelY, layout.height)} text-anchor=${layout.last.anchor}>${value(lastPoint.value)}</text>`
              : nothing}
          </svg>
          ${activePoint
            ? html`<div part="tooltip" class="tooltip" data-align=${tipAlign} ${cssProps({ left: `${tipLeft}%`, top: `${tipTop}%` })} aria-hidden="true">
                <span class="tip-date">${formatDate(activePoint.date, locale)}</span>
                <strong>${value(activePoint.value)}</strong>
              </div>`
            : nothing}
        </div>
        <div class="visually-hidden" role="status">${focusPoint ? `${formatDate(focusPoint.date, locale)}: ${value(focusPoint.value)}` : ''}</div>
        <div part="summary" class="summary">
          <span>Latest <strong>${value(lastPoint.value)}</strong> (${formatDate(lastPoint.date, locale)})</span>
          ${look ? html`<span class="health" data-tone=${look.tone}><span class="icon" aria-hidden="true">${icon(look.icon)}</span>${look.label}</span>` : nothing}
          <span class="legend"><span class="swatch target-swatch" aria-hidden="true"></span>${targetText ? `Target ${targetText}` : 'No target'}</span>
          ${criticalText ? html`<span class="legend"><span class="swatch critical-swatch" aria-hidden="true"></span>Critical ${criticalText}</span>` : nothing}
        </div>
        <div class="visually-hidden">
          <table>
            <caption>${t.title}</caption>
            <thead><tr><th scope="col">Date</th><th scope="col">Value</th></tr></thead>
            <tbody>
              ${series.map((m) => html`<tr><td>${formatDate(m.date, locale)}</td><td>${value(m.value)}</td></tr>`)}
            </tbody>
          </table>
        </div>
      </figure>
    `;
  }

  private _onKey = (event: KeyboardEvent): void => {
    const next = stepFocus(event.key, this._focus, this._points.length);
    if (next === null) return;
    event.preventDefault();
    this._hover = null;
    this._focus = next;
  };

  private _onFocus = (): void => {
    if (this._focus === null && this._points.length > 0) this._focus = this._points.length - 1;
  };

  private _onBlur = (): void => {
    this._focus = null;
  };

  private _onPointer = (event: PointerEvent): void => {
    const plot = event.currentTarget as HTMLElement;
    const box = plot.getBoundingClientRect();
    if (box.width === 0) return;
    const x = ((event.clientX - box.left) / box.width) * this._layoutWidth;
    const index = nearestIndex(this._points, x);
    this._hover = index < 0 ? null : index;
  };

  private _onLeave = (): void => {
    this._hover = null;
  };
}

/**
 * A place on the chart as a share of its box: the drawing stretches to the box (it is drawn for
 * a guessed size until the element measures it), and text placed this way keeps its own size.
 */
function at(position: number, size: number): string {
  return `${Math.round((position / size) * 1e5) / 1e3}%`;
}

defineElement('kpi-trend', KpiTrend);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-trend': KpiTrend;
  }
}
