import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { fetchJson } from './fetch-json.js';
import { DataError, normaliseData, type SnapshotData } from './snapshot.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** Detail of the `okr-error` and `kpi-error` events. */
export interface DataErrorDetail {
  message: string;
  src: string | null;
}

/**
 * The shared base of the data-driven elements. Data comes, in this order of precedence, from
 * the `data` property, a `src` URL (fetched in the browser), or an inline
 * `<script type="application/json">` child. Nothing here touches the DOM in the constructor or
 * in `render`, so every element also renders on the server.
 */
export abstract class CairnElement extends LitElement {
  static override properties = {
    src: { type: String },
    data: { attribute: false },
    locale: { type: String },
    theme: { type: String, reflect: true },
    _state: { state: true },
    _error: { state: true },
    _loaded: { state: true },
  };

  /** URL of a snapshot JSON (what `cairn export` writes) or of a slice of one. */
  declare src: string | undefined;
  /** A snapshot, a slice of one, a single KPI or objective; set from script. */
  declare data: unknown;
  /** BCP 47 locale for numbers and dates; default: the snapshot's, else the page's. */
  declare locale: string | undefined;
  /** `light` or `dark` to override the reader's colour-scheme preference. */
  declare theme: 'light' | 'dark' | undefined;
  /** @internal */
  declare _state: LoadState;
  /** @internal */
  declare _error: string | null;
  /** @internal */
  declare _loaded: unknown;

  /**
   * What the element shows: `empty` (no data given yet), `loading`, `ready` or `error`, as of its
   * last update (await `updateComplete` first). The element mirrors it in its `state` attribute,
   * so `kpi-gauge[state="error"]` finds failed ones from CSS or from a script that ran late.
   */
  get state(): 'empty' | 'loading' | 'ready' | 'error' {
    if (this.error !== null) return 'error';
    if (this._state === 'loading') return 'loading';
    if (this.data !== undefined || this._loaded !== undefined || this.hasAttributeData()) return 'ready';
    return this.src ? 'loading' : 'empty';
  }

  /**
   * The message the element shows in its error state, or null; the same text as the last
   * `okr-error` or `kpi-error` event's `detail.message`, for a page whose listener came too late.
   */
  get error(): string | null {
    if (this._state === 'loading') return null;
    if (this._state === 'error' && this._error) return this._error;
    return this._drawnError;
  }

  /** `okr-error` or `kpi-error`, fired when data cannot be loaded or read. */
  protected abstract readonly errorEventName: 'okr-error' | 'kpi-error';
  private _request = 0;
  /** The error drawn by the last render; `updated` turns a new one into an event. */
  private _drawnError: string | null = null;
  private _reportedError: string | null = null;
  private _normalised: { source: unknown; data: SnapshotData } | null = null;

  constructor() {
    super();
    this._state = 'idle';
    this._error = null;
    this._loaded = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.data === undefined && !this.src && this._loaded === undefined) this._readInlineJson();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Started here, not in updated(): the loading state then joins this update instead of
    // scheduling another. Servers render what they were given and never fetch.
    if (!isServer && changed.has('src') && this.src && this.data === undefined) void this._fetch(this.src);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Not a reactive property: the element writes this attribute and never reads it back.
    const state = this.state;
    if (this.getAttribute('state') !== state) this.setAttribute('state', state);
    if (this._drawnError !== this._reportedError) {
      this._reportedError = this._drawnError;
      if (this._drawnError) this._dispatchError(this._drawnError);
    }
  }

  /** Whether the element can draw from attributes alone, without any data source. */
  protected hasAttributeData(): boolean {
    return false;
  }

  /** What is wrong with an attribute the element would draw from (`value="abc"`), or null. */
  protected attributeProblem(): string | null {
    return null;
  }

  /** The normalised data, or a DataError when there is none or it is unreadable; read once per source. */
  protected snapshotData(): SnapshotData {
    const source = this.data !== undefined ? this.data : this._loaded;
    const known = this._normalised;
    if (known && known.source === source) return known.data;
    const data = normaliseData(source);
    this._normalised = { source, data };
    return data;
  }

  /** The locale for formatting: the attribute, else the snapshot's, else the document's. */
  protected resolvedLocale(data?: SnapshotData | null): string {
    if (this.locale) return this.locale;
    if (data?.locale) return data.locale;
    if (!isServer && typeof document !== 'undefined' && document.documentElement.lang) return document.documentElement.lang;
    return 'en-GB';
  }

  /**
   * Renders the loading and error states, or hands over to `draw`. A DataError thrown while
   * drawing becomes the error state instead of a blank element.
   */
  protected renderWithData(draw: (data: SnapshotData | null) => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    if (this._state === 'loading') return html`<div part="status" class="state" role="status">Loading…</div>`;
    if (this._state === 'error' && this._error) return this.renderError(this._error);
    const hasSource = this.data !== undefined || this._loaded !== undefined;
    if (!hasSource) {
      // Attributes are read only when no src will bring data; an unreadable one is an error, not "No data".
      const problem = this.src ? null : this.attributeProblem();
      if (problem) return this.renderError(problem);
      if (this.hasAttributeData()) return this._drawSafely(() => draw(null));
      if (this.src) return html`<div part="status" class="state" role="status">Loading…</div>`;
      // Not an event and not an alert: a page script may be about to set `data`, and a screen
      // reader would announce the alert on every load. The text still guides the page's author.
      this._drawnError = null;
      return html`<div part="error" class="state empty"><span aria-hidden="true">⚠</span> No data: set the src attribute, the data property, or add a script type="application/json" child.</div>`;
    }
    return this._drawSafely(() => draw(this.snapshotData()));
  }

  /**
   * Draws, turning any exception into the error state and event: the docs promise that bad
   * data never throws into the page. A DataError carries its own message for the reader.
   */
  private _drawSafely(draw: () => TemplateResult | typeof nothing): TemplateResult | typeof nothing {
    try {
      this._drawnError = null;
      return draw();
    } catch (error) {
      if (error instanceof DataError) return this.renderError(error.message);
      return this.renderError(`The data could not be drawn: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  protected renderError(message: string): TemplateResult {
    this._drawnError = message;
    return html`<div part="error" class="state error" role="alert"><span aria-hidden="true">⚠</span> ${message}</div>`;
  }

  /** Puts the element in its error state; the event follows from `updated`. */
  protected reportError(message: string): void {
    this._state = 'error';
    this._error = message;
  }

  private _dispatchError(message: string): void {
    this.dispatchEvent(new CustomEvent<DataErrorDetail>(this.errorEventName, { detail: { message, src: this.src ?? null }, bubbles: true, composed: true }));
  }

  private _readInlineJson(): void {
    const script = this.querySelector('script[type="application/json"]');
    if (!script) return;
    try {
      this._loaded = JSON.parse(script.textContent ?? '');
      this._validateLoaded();
    } catch {
      this.reportError('The inline JSON could not be read: it is not valid JSON.');
    }
  }

  private async _fetch(url: string): Promise<void> {
    const request = ++this._request;
    this._state = 'loading';
    this._error = null;
    // Shared per document: elements with the same src wait for one request.
    const result = await fetchJson(url, this.ownerDocument);
    if (request !== this._request) return;
    if (!result.ok) {
      this.reportError(result.message);
      return;
    }
    this._loaded = result.json;
    this._state = 'ready';
    this._validateLoaded();
  }

  /** Surfaces unreadable data through the error event as well as the error state. */
  private _validateLoaded(): void {
    try {
      normaliseData(this._loaded);
    } catch (error) {
      if (error instanceof DataError) this.reportError(error.message);
    }
  }
}

/** What an element shows, as a page reads it from `element.state` or the `state` attribute. */
export type ElementState = CairnElement['state'];
