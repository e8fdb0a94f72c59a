import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import '../index.js';

afterEach(cleanup);

/** Mounts one element on the demo data and returns its shadow root. */
async function show(markup: string): Promise<ShadowRoot> {
  document.body.innerHTML = markup;
  const el = document.body.firstElementChild as HTMLElement & { data: unknown };
  el.data = snapshot;
  await settle(el);
  return shadow(el);
}

const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

// eco-revenue: latest 1,150,000 EUR against a 1,300,000 target (critical 900,000). Written
// "€1.2M" it looked a hair from the target; every element must write "€1.15m" (en-GB).
describe('a value never reads as a different figure shown beside it', () => {
  it('kpi-board: the tile of eco-revenue', async () => {
    const root = await show('<kpi-board tile="sparkline"></kpi-board>');
    const tile = root.querySelector('[part="tile"][data-id="eco-revenue"]');
    expect(text(tile?.querySelector('[part="value"]'))).toBe('€1.15m');
  });

  it('kpi-trend: the end label, the latest value and the legend', async () => {
    const root = await show('<kpi-trend kpi="eco-revenue"></kpi-trend>');
    expect(text(root.querySelector('.last-label'))).toBe('€1.15m');
    const summary = text(root.querySelector('[part="summary"]'));
    expect(summary).toContain('Latest €1.15m');
    expect(summary).toContain('Target €1.3m');
    expect(summary).toContain('Critical ≤ €900k');
  });

  it('kpi-gauge: the reading and its target', async () => {
    const root = await show('<kpi-gauge kpi="eco-revenue"></kpi-gauge>');
    expect(text(root.querySelector('[part="value"]'))).toBe('€1.15m');
    expect(text(root.querySelector('.meta'))).toContain('Target €1.3m');
  });

  it('okr-card: a key result halfway from €1m to €1.3m reads €1.15m → €1.3m', async () => {
    const root = await show('<okr-card objective="eco-leader"></okr-card>');
    const measures = [...root.querySelectorAll('[part="key-result"] .measure')].map(text);
    expect(measures).toContain('€1.15m → €1.3m');
  });

  it("okr-tree and okr-progress write the same objective's score the same way (format=score)", async () => {
    const tree = await show('<okr-tree></okr-tree>');
    const row = [...tree.querySelectorAll('[role="treeitem"]')].find((r) => r.getAttribute('aria-label')?.startsWith('Become a market leader in eco-friendly products,'))!;
    const progress = await show('<okr-progress objective="eco-leader" format="score"></okr-progress>');
    expect(text(row.querySelector('.pct'))).toBe(text(progress.querySelector('[part="value"]')));
    expect(text(row.querySelector('.pct'))).toMatch(/^\d\.\d\d$/);
  });
});
