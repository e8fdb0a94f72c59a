import { kpiHealth, kpiValuesLeftOut, lastMeasuredOn } from '@cairn/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { numberAttributeProblem, numberConverter } from '../shared/attributes.js';
import { CairnElement } from '../shared/cairn-element.js';
import { defineElement } from '../shared/define.js';
import '../shared/events.js';
import { formatBand, formatDate, formatValue, kpiFigures, NOT_PUBLISHED, toNumber } from '../shared/format.js';
import type { SnapshotData } from '../shared/snapshot.js';
import { healthLook } from '../shared/status.js';
import { iconOfPaths } from '../shared/icon.js';
import { ALERT, CHECK, CLOCK, CROSS, QUESTION, type IconName, type IconPath } from '../shared/icons.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { gaugeLayout, type Band, type Direction } from './kpi-gauge.layout.js';
import { pickGaugeKpi } from './kpi-gauge.shape.js';
import { gaugeStyles } from './kpi-gauge.styles.js';

/** The icons of the four healths, the only ones a gauge draws besides the stale clock. */
const HEALTH_ICONS: Partial<Record<IconName, readonly IconPath[]>> = { check: CHECK, alert: ALERT, cross: CROSS, question: QUESTION };

/** What the gauge shows, from attributes or from a KPI of a snapshot. */
interface Reading {
  title: string;
  value: number | null;
  date: string | null;
  unit: string | null;
  target: Band | null;
  critical: Band | null;
  direction: Direction;
  health: string;
  healthReason: string | null;
  stale: boolean;
  /** The audience may not see the values (`valuesHidden` in the snapshot): say so rather than show a blank. */
  hidden: boolean;
}

/**
 * A radial gauge for one KPI: its latest value against target and critical bands that follow
 * the KPI's direction, with health and staleness in words and icons as well as colour. A KPI
 * whose values are not published to the page's audience (`valuesHidden`) shows its health and
 * "Not published" in place of a value.
 *
 * @tagname kpi-gauge
 * @summary A radial gauge of a KPI's latest value, its target and its health.
 * @fires kpi-error - When data cannot be loaded or read; `detail: { message, src }`.
 * @csspart gauge - The figure holding the dial (role="meter").
 * @csspart dial - The SVG dial.
 * @csspart value - The formatted latest value.
 * @csspart health - The health label with its icon.
 * @csspart status - The loading message.
 * @csspart error - The error message.
 * @cssprop [--kpi-gauge-size=100%] - Width of the gauge; by default it follows its container.
 * @cssprop [--kpi-gauge-max-size=22rem] - Largest width when it follows its container (12rem when compact).
 * @cssprop [--kpi-gauge-value-color=var(--cairn-fg)] - Colour of the value arc.
 * @cssprop [--kpi-gauge-target-color=var(--cairn-accent)] - Colour of the target marker.
 * @cssprop [--cairn-good] - Colour of healthy; also --cairn-warn and --cairn-bad (an unknown health uses --cairn-muted).
 */
export class KpiGauge extends CairnElement {
  static override styles = [themeStyles, badgeStyles, gaugeStyles];
  static override properties = {
    ...CairnElement.properties,
    kpi: { type: String },
    value: { type: Number, converter: numberConverter },
    target: { type: Number, converter: numberConverter },
    critical: { type: Number, converter: numberConverter },
    min: { type: Number, converter: numberConverter },
    max: { type: Number, converter: numberConverter },
    direction: { type: String },
    unit: { type: String },
    label: { type: String },
    compact: { type: Boolean, reflect: true },
  };

  /** Id of the KPI to show when the data holds several. */
  declare kpi: string | undefined;
  /** Standalone use: the value to show. */
  declare value: number | undefined;
  /** Standalone use: the target line. */
  declare target: number | undefined;
  /** Standalone use: the critical line. */
  declare critical: number | undefined;
  /** Lower end of the scale; derived from target and critical when not given. */
  declare min: number | undefined;
  /** Upper end of the scale; derived from target and critical when not given. */
  declare max: number | undefined;
  /** Standalone use: `increase` (default) or `decrease`. */
  declare direction: 'increase' | 'decrease' | undefined;
  /** Unit shown after the value, e.g. `%` or `EUR`. */
  declare unit: string | undefined;
  /** Accessible name and caption; default: the KPI's title. */
  declare label: string | undefined;
  /** A smaller gauge for tiles. */
  declare compact: boolean;

  protected readonly errorEventName = 'kpi-error' as const;

  constructor() {
    super();
    this.compact = false;
  }

  protected override hasAttributeData(): boolean {
    return toNumber(this.value) !== undefined;
  }

  protected override attributeProblem(): string | null {
    return numberAttributeProblem(this, ['value', 'target', 'critical', 'min', 'max']);
  }

  private _reading(data: SnapshotData | null): Reading {
    if (data === null) {
      const value = toNumber(this.value) ?? null;
      const target = toNumber(this.target) ?? null;
      const critical = toNumber(this.critical) ?? null;
      const direction: Direction = this.direction === 'decrease' ? 'decrease' : 'increase';
      return {
        title: this.label ?? 'KPI',
        value,
        date: null,
        unit: this.unit ?? null,
        target,
        critical,
        direction,
        health: value === null ? 'unknown' : kpiHealth(value, direction, target, critical ?? undefined),
        healthReason: null,
        stale: false,
        hidden: false,
      };
    }
    const kpi = pickGaugeKpi(data, this.kpi);
    return {
      title: this.label ?? kpi.title,
      value: kpi.latest?.value ?? null,
      date: lastMeasuredOn(kpi, data.asOf),
      unit: this.unit ?? kpi.unit,
      target: kpi.target,
      critical: kpi.critical,
      direction: kpi.direction,
      health: kpi.health,
      healthReason: kpi.healthSetBy === 'hand' ? kpi.healthReason : null,
      stale: kpi.stale,
      hidden: kpiValuesLeftOut(kpi),
    };
  }

  override render(): TemplateResult | typeof nothing {
    return this.renderWithData((data) => this._draw(this._reading(data), this.resolvedLocale(data)));
  }

  private _draw(r: Reading, locale: string): TemplateResult {
    const ceiling = r.unit?.trim() === '%' ? 100 : undefined;
    const layout = gaugeLayout({
      value: r.value,
      target: r.target,
      critical: r.critical,
      direction: r.direction,
      min: toNumber(this.min),
      max: toNumber(this.max),
      ceiling,
      compact: this.compact,
    });
    const look = healthLook(r.health);
    // The KPI's figures decide the digits, as on the board and the trend: one value, one reading.
    const among = kpiFigures({ latest: r.value === null ? null : { value: r.value }, target: r.target, critical: r.critical });
    const valueText = r.hidden ? NOT_PUBLISHED : formatValue(r.value, r.unit, locale, { compact: true, among });
    const targetText = r.target === null ? null : formatBand(r.target, r.unit, locale, { compact: true, among });
    const spoken = [valueText, look.label.toLowerCase(), targetText ? `target ${targetText}` : null, r.stale ? 'stale' : null].filter(Boolean).join(', ');
    const now = r.value === null ? nothing : String(r.value);
    // A meter needs a current value; without one (none measured, or values not published) the
    // figure is an image named by the same words, so assistive technology is not told a wrong number.
    const metered = r.value !== null;
    return html`
      <figure part="gauge" role=${metered ? 'meter' : 'img'} aria-label=${metered ? r.title : `${r.title}: ${spoken}`} aria-valuemin=${metered ? layout.min : nothing} aria-valuemax=${metered ? layout.max : nothing} aria-valuenow=${now} aria-valuetext=${metered ? spoken : nothing}>
        ${this.compact ? nothing : html`<figcaption class="label">${r.title}</figcaption>`}
        <svg part="dial" viewBox="0 0 ${layout.width} ${layout.height}" aria-hidden="true" focusable="false">
          <g transform="translate(${layout.cx},${layout.cy})">
            <path class="track" d=${layout.track}></path>
            ${layout.bands.map((band) => svg`<path class="band" data-tone=${band.tone} d=${band.path}></path>`)}
            ${layout.valueArc ? svg`<path class="value-arc" d=${layout.valueArc}></path>` : nothing}
            ${layout.targets.map((t) => svg`<line class="target" x1=${t.x1} y1=${t.y1} x2=${t.x2} y2=${t.y2}></line>`)}
            ${layout.needle ? svg`<line class="needle" x1=${layout.needle.x1} y1=${layout.needle.y1} x2=${layout.needle.x2} y2=${layout.needle.y2}></line><circle class="hub" r="4"></circle>` : nothing}
            ${(r.hidden ? [] : layout.ticks).map((t) => svg`<text class="tick" x=${t.x} y=${t.y} text-anchor=${t.anchor}>${formatValue(t.label, null, locale, { compact: true })}</text>`)}
          </g>
        </svg>
        <div part="value" class="reading">${valueText}</div>
        <div part="health" class="health" data-tone=${look.tone}>
          <span class="icon" aria-hidden="true">${iconOfPaths(HEALTH_ICONS[look.icon] ?? QUESTION)}</span>${look.label}${r.healthReason ? html`<span class="meta">(set by hand)</span>` : nothing}
        </div>
        ${this.compact ? nothing : html`<div class="meta">${targetText ? `Target ${targetText}` : r.hidden ? 'Target not published' : 'No target'}${r.date ? html` · ${formatDate(r.date, locale)}` : nothing}</div>`}
        ${r.stale ? html`<div class="stale"><span class="icon" aria-hidden="true">${iconOfPaths(CLOCK)}</span>Stale: no recent measurement</div>` : nothing}
        ${r.healthReason ? html`<div class="meta">${r.healthReason}</div>` : nothing}
      </figure>
    `;
  }
}

defineElement('kpi-gauge', KpiGauge);

declare global {
  interface HTMLElementTagNameMap {
    'kpi-gauge': KpiGauge;
  }
}
