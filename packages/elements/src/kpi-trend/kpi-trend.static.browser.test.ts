// No element module is imported here: the server-rendered chart is what a reader gets before the
// script loads, with JavaScript off, or on paper.
import '../../test/ssr-helpers.js';
import { commands } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshot } from '../../test/browser-helpers.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The server's markup in a box as wide as a 360 px phone's content, never hydrated. */
async function staticChart(width: number): Promise<ShadowRoot> {
  const markup = await commands.renderSsr('kpi-trend', { kpi: 'trial-conversion', locale: 'en-GB' }, snapshot);
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.setHTMLUnsafe(markup);
  document.body.append(box);
  const root = box.querySelector('kpi-trend')?.shadowRoot;
  if (!root) throw new Error('the markup has no declarative shadow root');
  return root;
}

/** The size a text is drawn at on screen, in CSS pixels: its font size times the SVG's scale. */
function drawnFontSize(text: SVGTextElement): number {
  const matrix = text.getScreenCTM();
  if (!matrix) throw new Error('the text is not drawn');
  return Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(matrix.a, matrix.b);
}

describe('<kpi-trend> as the server renders it, without its script', () => {
  it('keeps axis labels at their own size on a phone and fills its plot without an empty band', async () => {
    expect(customElements.get('kpi-trend')).toBeUndefined();
    for (const width of [336, 1000]) {
      const root = await staticChart(width);
      const ticks = [...root.querySelectorAll<SVGTextElement>('text.tick')];
      expect(ticks.length).toBeGreaterThan(3);
      for (const tick of ticks) expect(drawnFontSize(tick), `${tick.textContent} at ${width} px`).toBeCloseTo(11, 0);
      expect(drawnFontSize(root.querySelector<SVGTextElement>('text.last-label')!)).toBeCloseTo(12, 0);
      // The drawing takes the plot's whole box: no band above or below it, nothing wider than the page.
      const plot = root.querySelector('[part="plot"]')!.getBoundingClientRect();
      const line = root.querySelector('path.line')!.getBoundingClientRect();
      expect(plot.width).toBe(width);
      expect(line.height).toBeGreaterThan(plot.height / 3);
      const grid = root.querySelector('path.grid')!.getBoundingClientRect();
      expect(grid.left).toBeGreaterThanOrEqual(plot.left);
      expect(grid.right).toBeLessThanOrEqual(plot.right);
      expect(grid.height).toBeGreaterThan(plot.height * 0.6);
      // Every label lies inside the element, none cut off at its edge.
      for (const tick of ticks) {
        const box = tick.getBoundingClientRect();
        expect(box.left, tick.textContent ?? '').toBeGreaterThanOrEqual(plot.left);
        expect(box.right, tick.textContent ?? '').toBeLessThanOrEqual(plot.right + 1);
      }
      document.body.replaceChildren();
    }
  });
});
