import { html, nothing, svg, type TemplateResult } from 'lit';
import { numberAttributeProblem, numberConverter } from '../shared/attributes.js';
import { CairnElement } from '../shared/cairn-element.js';
import { cssProps } from '../shared/css-props.js';
import { defineElement } from '../shared/define.js';
import '../shared/events.js';
import { toNumber } from '../shared/format.js';
import { DataError, pickObjective, type SnapshotData } from '../shared/snapshot.js';
import { statusLook } from '../shared/status.js';
import { icon } from '../shared/icon.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { barLayout, parseKeyResultRef, type ProgressFormat, progressText, ringLayout } from './okr-progress.layout.js';
import { progressStyles } from './okr-progress.styles.js';

export type ProgressVariant = 'bar' | 'ring';

/** What the element shows, from attributes or from an objective or key result of a snapshot. */
interface Reading {
  label: string;
  value: number | null;
  expected: number | null;
  status: string | null;
}

/**
 * Progress of an objective or key result: a bar (or a ring) filled to the score, a marker at
 * the pace the calendar expects, and the status in words and an icon as well as colour.
 *
 * @tagname okr-progress
 * @summary A progress bar or ring with the expected-pace marker and the status.
 * @fires okr-error - When data cannot be loaded or read; `detail: { message, src }`.
 * @csspart progress - The element carrying role="progressbar" and its aria values.
 * @csspart track - The bar's track (bar variant).
 * @csspart fill - The filled part of the bar (bar variant).
 * @csspart marker - The expected-pace marker.
 * @csspart ring - The SVG ring (ring variant).
 * @csspart value - The value's text (a percentage, or a score with `format="score"`).
 * @csspart status - The status label with its icon; also the loading message.
 * @csspart error - The error message.
 * @cssprop [--okr-progress-height=8px] - Thickness of the bar.
 * @cssprop [--okr-progress-size=96px] - Width of the ring (the `size` attribute overrides it).
 * @cssprop [--okr-progress-track-color] - Colour of the empty track (default --cairn-track).
 * @cssprop [--okr-progress-fill-color] - Colour of the fill (default: the status colour).
 * @cssprop [--okr-progress-marker-color] - Colour of the expected-pace marker (default --cairn-fg).
 * @cssprop [--okr-progress-radius=999px] - Corner radius of the bar.
 * @cssprop [--cairn-good] - Colour of good statuses; also --cairn-warn, --cairn-bad, --cairn-none.
 */
export class OkrProgress extends CairnElement {
  static override styles = [themeStyles, badgeStyles, progressStyles];
  static override properties = {
    ...CairnElement.properties,
    objective: { type: String },
    keyResult: { type: String, attribute: 'key-result' },
    value: { type: Number, converter: numberConverter },
    expected: { type: Number, converter: numberConverter },
    status: { type: String },
    label: { type: String },
    variant: { type: String, reflect: true },
    size: { type: Number, converter: numberConverter },
    bare: { type: Boolean },
    format: { type: String },
  };

  /** Id of the objective whose score to show, when the data holds several. */
  declare objective: string | undefined;
  /** Key result to show, as `"objective#kr"` (or a bare KR id with the `objective` attribute). */
  declare keyResult: string | undefined;
  /** Standalone use: the progress or score, 0..1. */
  declare value: number | undefined;
  /** Standalone use: the expected pace, 0..1, drawn as a marker. */
  declare expected: number | undefined;
  /** Standalone use: on-track, at-risk, off-track, done, achieved, partial, missed or not-started. */
  declare status: string | undefined;
  /** Accessible name; default: the objective's or key result's title, else "Progress". */
  declare label: string | undefined;
  /** `bar` (default) or `ring`. */
  declare variant: ProgressVariant;
  /** Width of the ring in CSS pixels; default --okr-progress-size. */
  declare size: number | undefined;
  /** Draws the bar alone, for hosts that show the numbers and status beside it; screen readers still hear them. */
  declare bare: boolean;
  /** `percent` (default): the value as a percentage ("72 %"), as progress is written; `score`: on the 0.00–1.00 scale ("0.72"), as scores are, in the text, aria-valuetext and the expected pace's words. */
  declare format: ProgressFormat;

  protected readonly errorEventName = 'okr-error' as const;

  constructor() {
    super();
    this.variant = 'bar';
    this.bare = false;
    this.format = 'percent';
  }

  protected override hasAttributeData(): boolean {
    return toNumber(this.value) !== undefined;
  }

  protected override attributeProblem(): string | null {
    return numberAttributeProblem(this, ['value', 'expected']);
  }

  private _reading(data: SnapshotData | null): Reading {
    if (data === null) {
      return { label: this.label || 'Progress', value: toNumber(this.value) ?? null, expected: toNumber(this.expected) ?? null, status: this.status || null };
    }
    if (this.keyResult) {
      const ref = parseKeyResultRef(this.keyResult, this.objective);
      const objective = pickObjective(data, ref.objective);
      const kr = objective.keyResults.find((k) => k.id === ref.keyResult);
      if (!kr) throw new DataError(`There is no key result "${objective.id}#${ref.keyResult}" in the data.`);
      return { label: this.label || kr.title, value: kr.progress, expected: objective.expected, status: kr.status };
    }
    const objective = pickObjective(data, this.objective);
    return { label: this.label || objective.title, value: objective.score, expected: objective.expected, status: objective.status };
  }

  override render(): TemplateResult | typeof nothing {
    return this.renderWithData((data) => this._draw(this._reading(data), this.resolvedLocale(data)));
  }

  private _draw(r: Reading, locale: string): TemplateResult {
    const text = progressText(r.value, r.expected, r.status, locale, this.format === 'score' ? 'score' : 'percent');
    const look = r.status ? statusLook(r.status) : null;
    const tone = look?.tone ?? 'accent';
    const ring = this.variant === 'ring';
    const size = toNumber(this.size);
    const ringSize = ring && size !== undefined && size > 0 ? `${size}px` : undefined;
    const words = this.bare
      ? nothing
      : html`<span class="words">
          ${ring ? nothing : html`<span part="value" class="value">${text.valueText}</span>`}
          ${look ? html`<span part="status" class="status" data-tone=${look.tone}><span class="icon" aria-hidden="true">${icon(look.icon)}</span>${look.label}</span>` : nothing}
        </span>`;
    return html`
      <div
        part="progress"
        class=${ring ? 'progress ring' : 'progress bar'}
        data-tone=${tone}
        role="progressbar"
        aria-label=${r.label}
        aria-valuemin="0"
        aria-valuemax=${String(text.max)}
        aria-valuenow=${text.now === null ? nothing : String(text.now)}
        aria-valuetext=${text.spoken}
        ${cssProps({ '--_ring-size': ringSize })}
      >
        ${ring ? this._ring(r, text.valueText) : this._bar(r)} ${words}
      </div>
    `;
  }

  /**
   * The bar is an SVG whose rects take percentages in their width and x attributes: that draws
   * the right length from server-rendered HTML too, and needs no style attribute.
   */
  private _bar(r: Reading): TemplateResult {
    const layout = barLayout(r.value, r.expected);
    return html`<span part="track" class="track">
      <svg class="bar-svg" aria-hidden="true" focusable="false">
        <rect part="fill" class="fill" width="${layout.fill}%" height="100%"></rect>
        ${layout.marker === null ? nothing : svg`<rect part="marker" class="marker" x="${layout.marker}%" width="2" transform="translate(-1 0)"></rect>`}
      </svg>
    </span>`;
  }

  private _ring(r: Reading, valueText: string): TemplateResult {
    const layout = ringLayout(r.value, r.expected);
    return html`<svg part="ring" viewBox="0 0 ${layout.size} ${layout.size}" aria-hidden="true" focusable="false">
      <g transform="translate(${layout.cx},${layout.cy})">
        <path class="ring-track" d=${layout.track}></path>
        ${layout.valueArc ? svg`<path class="ring-fill" d=${layout.valueArc}></path>` : nothing}
        ${layout.marker ? svg`<line part="marker" class="ring-marker" x1=${layout.marker.x1} y1=${layout.marker.y1} x2=${layout.marker.x2} y2=${layout.marker.y2}></line>` : nothing}
        ${this.bare ? nothing : svg`<text part="value" class="ring-value" text-anchor="middle" dominant-baseline="central">${valueText}</text>`}
      </g>
    </svg>`;
  }
}

defineElement('okr-progress', OkrProgress);

declare global {
  interface HTMLElementTagNameMap {
    'okr-progress': OkrProgress;
  }
}
