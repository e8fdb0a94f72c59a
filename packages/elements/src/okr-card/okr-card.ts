import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import '../okr-progress/okr-progress.js';
import { numberConverter } from '../shared/attributes.js';
import { CairnElement } from '../shared/cairn-element.js';
import { defineElement } from '../shared/define.js';
import type { OkrSelectDetail } from '../shared/events.js';
import '../shared/events.js';
import { formatGrade, formatScore } from '../shared/format.js';
import { pickObjective, type SnapshotData, type SnapshotKeyResult, type SnapshotObjective } from '../shared/snapshot.js';
import { gradeLook, statusLook } from '../shared/status.js';
import { icon } from '../shared/icon.js';
import { badgeStyles } from '../shared/badge.styles.js';
import { themeStyles } from '../shared/theme.styles.js';
import { confidenceText, expandHref, forecastText, headingLevel, keyResultHref, keyResultMeasure, nameOf, narrativeExcerpt, percentText } from './okr-card.layout.js';
import { cardStyles } from './okr-card.styles.js';

/** Detail of `okr-select` from a card: the shared shape, nothing more. */
export type OkrCardSelectDetail = OkrSelectDetail;

/** Fixed tags only, so the heading level can never inject markup. */
const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`] as const;

/**
 * One objective at a glance: its title, owner, team and period, score and grade against the
 * expected pace, status and forecast, and each key result with its own progress and its value
 * against its target ("1 → 3 products", "1, keep ≤ 2 incidents", "2 of 3 milestones").
 *
 * @tagname okr-card
 * @summary An objective at a glance, with its key results.
 * The title and each key result's title are links when the card knows where they lead (`href`,
 * `key-result-href`), buttons with `selectable`, and otherwise plain text: never a control that
 * does nothing.
 *
 * @fires okr-select - When the reader follows the title's or a key result's link, or, with `selectable`, clicks or presses Enter or Space on the title or a key result; `detail: { id, ref, kind }`. Cancelable: cancelling it stops a link from navigating.
 * @fires okr-error - When data cannot be loaded or read; `detail: { message, src }`.
 * @csspart card - The article around everything.
 * @csspart title - The heading.
 * @csspart title-link - The link (with `href`), button (with `selectable`) or text inside the heading.
 * @csspart badge - The "Committed" badge.
 * @csspart status - The status label with its icon; also the loading message.
 * @csspart meta - The owner, team and period.
 * @csspart progress - The objective's score bar (an `<okr-progress>`).
 * @csspart facts - Score, grade, expected progress and forecast.
 * @csspart forecast - The forecast, with a warning mark when the objective is projected to miss.
 * @csspart key-results - The list of key results.
 * @csspart key-result - One key result row.
 * @csspart key-result-title - A key result's title: a link, a button (with `selectable`) or text.
 * @csspart key-result-progress - A key result's `<okr-progress>` bar.
 * @csspart narrative - The narrative excerpt.
 * @csspart error - The error message.
 * @cssprop [--okr-card-padding=1em] - Padding inside the card.
 * @cssprop [--okr-card-border-color] - Border colour (default --cairn-border).
 * @cssprop [--okr-card-background] - Background (default --cairn-bg).
 * @cssprop [--okr-card-gap=0.75em] - Space between the card's sections.
 * @cssprop [--okr-progress-height=8px] - Thickness of the bars; the other --okr-progress-* properties apply too.
 */
export class OkrCard extends CairnElement {
  static override styles = [themeStyles, badgeStyles, cardStyles];
  static override properties = {
    ...CairnElement.properties,
    objective: { type: String },
    href: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level', converter: numberConverter },
    narrative: { type: Boolean },
    keyResultHref: { type: String, attribute: 'key-result-href' },
    selectable: { type: Boolean },
  };

  /** Id of the objective to show; may be left out when the data holds one objective. */
  declare objective: string | undefined;
  /** Link template for the title, e.g. `/objectives/{id}/`; `{period}` and `{team}` work too. */
  declare href: string | undefined;
  /** Level of the title heading, 1–6 (default 3), to fit the page's outline. */
  declare headingLevel: number;
  /** Shows the first paragraph of the objective's narrative as plain text. */
  declare narrative: boolean;
  /** Link template for each key result's title, e.g. `/okrs/{id}/#{kr}` (`{kr}` is the key result's id; `{id}`, `{period}` and `{team}` work too); default with `href`: the title's link at `#kr-{kr}`, the anchor the goals site gives a key result. */
  declare keyResultHref: string | undefined;
  /** Makes the title and the key results that have no link buttons that fire `okr-select`, for a page that listens to it; without it they are plain text. */
  declare selectable: boolean;

  protected readonly errorEventName = 'okr-error' as const;

  constructor() {
    super();
    this.headingLevel = 3;
    this.narrative = false;
    this.selectable = false;
  }

  override render(): TemplateResult | typeof nothing {
    return this.renderWithData((data) => this._draw(pickObjective(data as SnapshotData, this.objective), data as SnapshotData, this.resolvedLocale(data)));
  }

  private _select(event: Event, detail: OkrCardSelectDetail): void {
    const select = new CustomEvent<OkrCardSelectDetail>('okr-select', { detail, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(select)) event.preventDefault();
  }

  private _draw(o: SnapshotObjective, data: SnapshotData, locale: string): TemplateResult {
    const look = statusLook(o.status);
    const tag = HEADINGS[headingLevel(this.headingLevel) - 1];
    const select = (event: Event): void => this._select(event, { id: o.id, ref: null, kind: 'objective' });
    const title = this.href
      ? html`<a part="title-link" class="title-link" href=${expandHref(this.href, o)} @click=${select}>${o.title}</a>`
      : this.selectable
        ? html`<button part="title-link" class="title-link" type="button" @click=${select}>${o.title}</button>`
        : html`<span part="title-link" class="title-link">${o.title}</span>`;
    const forecast = forecastText(o.forecast);
    const grade = gradeLook(o.colour);
    const excerpt = this.narrative ? narrativeExcerpt(o.narrative) : '';
    return html`
      <article part="card" class="card" aria-labelledby="title">
        <header class="head">
          ${staticHtml`<${tag} part="title" id="title" class="title">${title}</${tag}>`}
          <div class="badges">
            ${o.kind === 'committed' ? html`<span part="badge" class="badge">Committed</span>` : nothing}
            <span part="status" class="status" data-tone=${look.tone}><span class="icon" aria-hidden="true">${icon(look.icon)}</span>${look.label}</span>
          </div>
        </header>
        <dl part="meta" class="meta">
          ${o.owner ? html`<div><dt>Owner</dt><dd>${o.owner}</dd></div>` : nothing}
          <div><dt>Team</dt><dd>${nameOf(data.teams, o.team)}</dd></div>
          <div><dt>Period</dt><dd>${nameOf(data.periods, o.period)}</dd></div>
        </dl>
        <okr-progress
          part="progress"
          bare
          format="score"
          value=${String(o.score)}
          expected=${String(o.expected)}
          status=${o.status}
          label=${`Score of ${o.title}`}
          locale=${locale}
          theme=${this.theme ?? nothing}
        ></okr-progress>
        <dl part="facts" class="facts">
          <div><dt>Score</dt><dd class="num">${formatScore(o.score)}</dd></div>
          <div><dt>Grade</dt><dd class="num">${formatGrade(o.grade)} <span class="grade-word"><span class="icon" aria-hidden="true">${icon(grade.icon)}</span>${grade.label}</span></dd></div>
          <div><dt>Expected</dt><dd class="num">${percentText(o.expected, locale)}</dd></div>
          ${forecast
            ? html`<div part="forecast" class="forecast" ?data-miss=${o.projectedToMiss}>
                <dt>Forecast</dt>
                <dd>${o.projectedToMiss ? html`<span class="warn-mark" aria-hidden="true">${icon('warning')}</span> ` : nothing}${forecast}${o.projectedToMiss ? html`<span class="miss">, likely to miss</span>` : nothing}</dd>
              </div>`
            : nothing}
        </dl>
        ${this._keyResults(o, locale)}
        ${excerpt ? html`<p part="narrative" class="narrative">${excerpt}</p>` : nothing}
      </article>
    `;
  }

  private _keyResults(o: SnapshotObjective, locale: string): TemplateResult {
    if (o.keyResults.length === 0) return html`<p class="none">No key results of its own.</p>`;
    return html`
      <ul part="key-results" class="krs" aria-label="Key results">
        ${o.keyResults.map((kr) => this._keyResult(o, kr, locale))}
      </ul>
    `;
  }

  private _keyResult(o: SnapshotObjective, kr: SnapshotKeyResult, locale: string): TemplateResult {
    const confidence = confidenceText(kr.confidence, locale);
    const select = (event: Event): void => this._select(event, { id: o.id, ref: kr.ref, kind: 'key-result' });
    const href = keyResultHref(this, o, kr.id);
    // A selectable row answers a click anywhere on it, as its button does for the keyboard.
    const selectable = href === null && this.selectable;
    const title =
      href !== null
        ? html`<a part="key-result-title" class="kr-title" href=${href} @click=${select}>${kr.title}</a>`
        : selectable
          ? html`<button part="key-result-title" type="button" class="kr-title">${kr.title}</button>`
          : html`<span part="key-result-title" class="kr-title">${kr.title}</span>`;
    return html`
      <li part="key-result" class="kr" data-ref=${kr.ref} ?data-selectable=${selectable} @click=${selectable ? select : nothing}>
        <div class="kr-head">
          ${title}
          <span class="measure">${keyResultMeasure(kr, locale)}</span>
        </div>
        <okr-progress
          part="key-result-progress"
          value=${String(kr.progress)}
          expected=${String(o.expected)}
          status=${kr.status}
          label=${kr.title}
          locale=${locale}
          theme=${this.theme ?? nothing}
        ></okr-progress>
        ${kr.stretchReached || confidence
          ? html`<div class="kr-notes">
              ${kr.stretchReached ? html`<span class="stretch"><span aria-hidden="true">★</span> Stretch reached</span>` : nothing}
              ${confidence ? html`<span class="confidence">Confidence ${confidence}</span>` : nothing}
            </div>`
          : nothing}
      </li>
    `;
  }
}

defineElement('okr-card', OkrCard);

declare global {
  interface HTMLElementTagNameMap {
    'okr-card': OkrCard;
  }
}
