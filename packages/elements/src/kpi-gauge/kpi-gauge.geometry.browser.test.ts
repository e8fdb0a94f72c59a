import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot } from '../../test/browser-helpers.js';
import './kpi-gauge.js';
import type { KpiGauge } from './kpi-gauge.js';

afterEach(cleanup);

async function gauge(width: number, attributes = 'kpi="eco-revenue"'): Promise<KpiGauge> {
  const frame = document.createElement('div');
  frame.style.inlineSize = `${width}px`;
  frame.innerHTML = `<kpi-gauge ${attributes}></kpi-gauge>`;
  document.body.append(frame);
  const el = frame.firstElementChild as KpiGauge;
  el.data = snapshot;
  await settle(el);
  return el;
}

/** The box of what an element shows (its text and icon), not of the element itself. */
function contentBox(node: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

describe('<kpi-gauge> geometry', () => {
  it.each([180, 300])('follows a %i px container', async (width) => {
    const el = await gauge(width);
    expect(el.getBoundingClientRect().width).toBeCloseTo(width, 0);
    expect(shadow(el).querySelector('svg')!.getBoundingClientRect().width).toBeCloseTo(width, 0);
  });

  it('stops growing at a size where the dial still reads as one', async () => {
    const el = await gauge(1200);
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(22 * 16);
    expect(el.getBoundingClientRect().width).toBeGreaterThan(300);
  });

  it('centres the health and stale lines under the centred value', async () => {
    const el = await gauge(300, 'kpi="employee-turnover"');
    const root = shadow(el);
    const centre = (r: DOMRect): number => r.left + r.width / 2;
    const value = centre(contentBox(root.querySelector('[part="value"]')!));
    expect(centre(contentBox(root.querySelector('[part="health"]')!))).toBeCloseTo(value, -1);
    expect(centre(contentBox(root.querySelector('.stale')!))).toBeCloseTo(value, -1);
    expect(Math.abs(centre(contentBox(root.querySelector('[part="health"]')!)) - value)).toBeLessThan(3);
  });
});
