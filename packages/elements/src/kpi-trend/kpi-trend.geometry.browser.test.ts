import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './kpi-trend.js';
import type { KpiTrend } from './kpi-trend.js';

afterEach(cleanup);

const inside = (inner: DOMRect, outer: DOMRect): boolean => inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;

describe('<kpi-trend> as drawn', () => {
  it('draws the health icon in the summary line, not in the corner of the chart', async () => {
    const el = await mount<KpiTrend>('<kpi-trend kpi="eco-revenue"></kpi-trend>');
    el.data = snapshot;
    await settle(el);
    const root = shadow(el);
    const summary = root.querySelector('[part="summary"]')!.getBoundingClientRect();
    const icon = root.querySelector('[part="summary"] .health svg')!.getBoundingClientRect();
    expect(icon.width).toBeGreaterThan(8);
    expect(inside(icon, summary)).toBe(true);
  });

  it('labels a six-week window by day, each tick once', async () => {
    const el = await mount<KpiTrend>(
      '<kpi-trend label="Weekly" locale="en-GB" values="2026-10-05:3,2026-10-12:4,2026-10-19:5,2026-10-26:4,2026-11-02:6,2026-11-09:7"></kpi-trend>',
    );
    const labels = [...shadow(el).querySelectorAll('svg[part="svg"] text.tick')].map((t) => t.textContent ?? '').filter((t) => /[A-Za-z]/.test(t));
    expect(labels.length).toBeGreaterThan(2);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toMatch(/^\d+ Oct 2026$/);
  });

  it('shows the threshold bands in their own colours, with no fill under the line over them', async () => {
    const el = await mount<KpiTrend>('<kpi-trend kpi="inventory-days-of-cover"></kpi-trend>');
    el.data = snapshot;
    await settle(el);
    const root = shadow(el);
    expect(root.querySelectorAll('path.band').length).toBeGreaterThan(0);
    expect(root.querySelector('path.area')).toBeNull();
  });
});
