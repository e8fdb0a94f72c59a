/**
 * @cairn/elements/csp — what a Content-Security-Policy must allow for server-rendered elements.
 *
 * In the browser the elements style themselves through constructed stylesheets, which
 * `style-src 'self'` allows. A server-rendered element (@lit-labs/ssr) instead carries its
 * styles in a `<style>` inside its declarative shadow root: that one text per element must be
 * allowed by its hash. Nothing else is needed: no element writes a style attribute.
 */
import { KpiBoard } from './kpi-board/kpi-board.js';
import { KpiGauge } from './kpi-gauge/kpi-gauge.js';
import { KpiTrend } from './kpi-trend/kpi-trend.js';
import { OkrCard } from './okr-card/okr-card.js';
import { OkrProgress } from './okr-progress/okr-progress.js';
import { OkrTree } from './okr-tree/okr-tree.js';

/** One element's shadow-root style, exactly as Lit's server renderer writes it. */
export interface ElementStyleText {
  tag: string;
  text: string;
}

const ELEMENTS = [
  ['kpi-board', KpiBoard],
  ['kpi-gauge', KpiGauge],
  ['kpi-trend', KpiTrend],
  ['okr-card', OkrCard],
  ['okr-progress', OkrProgress],
  ['okr-tree', OkrTree],
] as const;

/**
 * The text of the `<style>` element Lit's server renderer puts in each element's shadow root:
 * every static style of the class, in order, joined with nothing between them.
 */
export function elementStyleTexts(): ElementStyleText[] {
  return ELEMENTS.map(([tag, element]) => {
    // Reading observedAttributes finalizes the class, which fills elementStyles.
    void element.observedAttributes;
    return { tag, text: element.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('') };
  });
}

/**
 * The `'sha256-…'` sources to add to `style-src` so that server-rendered elements keep their
 * styles under a strict policy, one per element, in the order of `elementStyleTexts()`.
 * Uses the Web Crypto API, present in browsers and in Node 20 and later.
 */
export async function elementStyleHashes(): Promise<string[]> {
  const encoder = new TextEncoder();
  return Promise.all(
    elementStyleTexts().map(async ({ text }) => {
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
      return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
    }),
  );
}
