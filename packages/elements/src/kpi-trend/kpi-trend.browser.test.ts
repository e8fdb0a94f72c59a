import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanup, mount, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import './kpi-trend.js';
import type { KpiTrend } from './kpi-trend.js';

afterEach(cleanup);

const plot = (el: HTMLElement): HTMLElement => shadow(el).querySelector('[part="plot"]') as HTMLElement;
const rows = (el: HTMLElement): string[][] =>
  [...shadow(el).querySelectorAll('table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
const live = (el: HTMLElement): string => shadow(el).querySelector('[role="status"]')?.textContent ?? '';
const tooltip = (el: HTMLElement): string => shadow(el).querySelector('[part="tooltip"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const kpis = (snapshot as { kpis: { id: string }[] }).kpis;
const key = async (el: HTMLElement, name: string): Promise<void> => {
  plot(el).dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
  await settle(el);
};

describe('<kpi-trend>', () => {
  it('draws from attributes alone: line, target, bands, last value and a data table', async () => {
    const el = await mount<KpiTrend>(
      '<kpi-trend label="Customer satisfaction" values="2026-01-31:84 2026-02-28:86 2026-03-31:91 2026-04-30:88" target="90" critical="80" unit="%" locale="en-GB"></kpi-trend>',
    );
    const root = shadow(el);
    expect(root.querySelector('figcaption')?.textContent).toBe('Customer satisfaction');
    expect(root.querySelector('path.line')?.getAttribute('d')).toMatch(/^M/);
    expect(root.querySelectorAll('path.target-line')).toHaveLength(1);
    expect([...root.querySelectorAll('path.band')].map((b) => b.getAttribute('data-tone'))).toEqual(['bad', 'warn', 'good']);
    expect(root.querySelector('.last-label')?.textContent).toBe('88 %');
    expect(root.querySelector('table caption')?.textContent).toBe('Customer satisfaction');
    expect([...root.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Date', 'Value']);
    expect(rows(el)).toEqual([
      ['31 Jan 2026', '84 %'],
      ['28 Feb 2026', '86 %'],
      ['31 Mar 2026', '91 %'],
      ['30 Apr 2026', '88 %'],
    ]);
    expect(root.querySelector('[part="summary"]')?.textContent).toContain('Target 90 %');
  });

  it('follows attribute changes: values, direction, range targets and the window', async () => {
    const el = await mount<KpiTrend>('<kpi-trend values="2026-01-31:3 2026-02-28:2.5" target="2" critical="4"></kpi-trend>');
    expect(rows(el)).toHaveLength(2);
    el.setAttribute('values', '2026-01-31:3 2026-02-28:2.5 2026-03-31:1.8');
    el.setAttribute('direction', 'decrease');
    await settle(el);
    expect(rows(el)).toHaveLength(3);
    expect([...shadow(el).querySelectorAll('path.band')].map((b) => b.getAttribute('data-tone'))).toEqual(['good', 'warn', 'bad']);
    el.setAttribute('direction', 'range');
    el.setAttribute('target', '1.5..2.5');
    el.setAttribute('critical', '1..3.5');
    await settle(el);
    expect(shadow(el).querySelectorAll('path.target-band')).toHaveLength(1);
    expect(shadow(el).querySelectorAll('path.target-line')).toHaveLength(0);
    el.setAttribute('months', '1');
    await settle(el);
    expect(rows(el)).toHaveLength(2);
  });

  it('reads a KPI from the data property, last 18 months by default, and time-bound targets as steps', async () => {
    const el = await mount<KpiTrend>('<kpi-trend kpi="on-time-delivery" locale="en-GB"></kpi-trend>');
    el.data = snapshot;
    await settle(el);
    const root = shadow(el);
    expect(root.querySelector('figcaption')?.textContent).toBe('On-time delivery');
    const table = rows(el);
    expect(table.at(-1)).toEqual(['8 Nov 2026', '88.4 %']);
    expect(table[0]?.[0]).toBe('11 May 2025');
    // Two dated targets (85 % from January, 90 % from July) make one step line with a rise.
    const steps = root.querySelector('path.target-line')?.getAttribute('d') ?? '';
    // The heights it holds: where it starts (M x,y) and every vertical move (V y).
    expect(new Set([...steps.matchAll(/(?:^M[\d.]+,|V)([\d.]+)/g)].map((m) => m[1])).size).toBe(2);
    expect(steps).toMatch(/^M[\d.]+,[\d.]+(H[\d.]+(V[\d.]+)?)+$/);
    expect(root.querySelector('[part="summary"]')?.textContent).toContain('Warning');
    el.from = '2026-10-01';
    el.to = '2026-10-31';
    await settle(el);
    expect(rows(el).map((r) => r[0])).toEqual(['4 Oct 2026', '11 Oct 2026', '18 Oct 2026', '25 Oct 2026']);
  });

  it('leaves the health out of its summary for a series that has none, as a key result’s check-ins', async () => {
    const { trend: _trend, latest: _latest, ...kpi } = kpis.find((k) => k.id === 'on-time-delivery') as Record<string, unknown>;
    const el = await mount<KpiTrend>('<kpi-trend locale="en-GB"></kpi-trend>');
    el.data = { ...kpi, health: null };
    await settle(el);
    const summary = shadow(el).querySelector('[part="summary"]');
    expect(summary?.querySelector('.health')).toBeNull();
    expect(summary?.textContent).toContain('Target');
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    // A health that is there must still be a text.
    el.data = { ...kpi, health: 3 };
    await settle(el);
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('KPI "on-time-delivery": health is 3; a text or null was expected.');
  });

  it('says a KPI’s values are not published when the audience may not see them, and that none were measured otherwise', async () => {
    const kpi = kpis.find((k) => k.id === 'on-time-delivery');
    const el = await mount<KpiTrend>('<kpi-trend locale="en-GB"></kpi-trend>');
    el.data = { ...kpi, valuesHidden: true, latest: null, series: [], target: null, critical: null, targets: [] };
    await settle(el);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toBe('Its values are not published.');
    // A snapshot for the company marks the same KPI but keeps its measurements: they are drawn.
    el.data = { ...kpi, valuesHidden: true };
    await settle(el);
    expect(shadow(el).querySelector('path.line')).not.toBeNull();
    el.data = { ...kpi, latest: null, series: [] };
    await settle(el);
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toBe('No measurements in this period.');
  });

  it('shades the target band of a range KPI from inline JSON', async () => {
    const kpi = kpis.find((k) => k.id === 'inventory-days-of-cover');
    const el = await mount<KpiTrend>(`<kpi-trend><script type="application/json">${JSON.stringify(kpi)}</script></kpi-trend>`);
    expect(shadow(el).querySelectorAll('path.target-band')).toHaveLength(1);
    expect(shadow(el).querySelector('table caption')?.textContent).toBe('Inventory days of cover');
  });

  it('fetches src', async () => {
    const el = await mount<KpiTrend>(`<kpi-trend src="${snapshotUrl}" kpi="uptime"></kpi-trend>`);
    await until(() => shadow(el).querySelector('path.line') !== null, 'the chart to load');
    expect(shadow(el).querySelector('figcaption')?.textContent).toBe('Web shop uptime');
  });

  it('follows the width of its container', async () => {
    const el = await mount<KpiTrend>('<kpi-trend style="width: 240px" values="2026-01-31:1 2026-02-28:2 2026-03-31:3"></kpi-trend>');
    await until(() => shadow(el).querySelector('svg.drawing')?.getAttribute('viewBox')?.startsWith('0 0 240 ') === true, 'the chart to measure 240px');
    el.style.width = '380px';
    await until(() => shadow(el).querySelector('svg.drawing')?.getAttribute('viewBox')?.startsWith('0 0 380 ') === true, 'the chart to follow 380px');
    const svg = shadow(el).querySelector('svg[part="svg"]')!;
    expect(Math.round(svg.getBoundingClientRect().width)).toBe(380);
    // Measured, the drawing is not stretched: the last point is as round as it is drawn.
    const dot = shadow(el).querySelector('.last')!.getBoundingClientRect();
    expect(dot.width).toBeCloseTo(dot.height, 0);
  });

  it('is keyboard navigable: focus shows the last point, arrows, Home and End move, the live region speaks', async () => {
    const el = await mount<KpiTrend>('<kpi-trend values="2026-01-31:84 2026-02-28:86 2026-03-31:91" unit="%" locale="en-GB"></kpi-trend>');
    expect(plot(el).tabIndex).toBe(0);
    plot(el).focus();
    await settle(el);
    expect(tooltip(el)).toBe('31 Mar 2026 91 %');
    expect(live(el)).toBe('31 Mar 2026: 91 %');
    await key(el, 'ArrowLeft');
    expect(live(el)).toBe('28 Feb 2026: 86 %');
    await key(el, 'Home');
    expect(tooltip(el)).toBe('31 Jan 2026 84 %');
    await key(el, 'ArrowLeft');
    expect(live(el)).toBe('31 Jan 2026: 84 %');
    await key(el, 'End');
    expect(live(el)).toBe('31 Mar 2026: 91 %');
    const point = shadow(el).querySelector('.focus-point');
    expect(point?.getAttribute('d')).toBe(shadow(el).querySelector('.last')?.getAttribute('d'));
    plot(el).blur();
    await settle(el);
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
    expect(live(el)).toBe('');
  });

  it('shows the nearest point on pointer hover', async () => {
    const el = await mount<KpiTrend>('<kpi-trend style="width: 380px" values="2026-01-31:84 2026-02-28:86 2026-03-31:91" locale="en-GB"></kpi-trend>');
    await until(() => shadow(el).querySelector('svg.drawing')?.getAttribute('viewBox')?.startsWith('0 0 380 ') === true, 'the chart to measure');
    const box = plot(el).getBoundingClientRect();
    plot(el).dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + 60, clientY: box.top + 50, bubbles: true }));
    await settle(el);
    expect(tooltip(el)).toBe('31 Jan 2026 84');
    plot(el).dispatchEvent(new PointerEvent('pointermove', { clientX: box.left + 200, clientY: box.top + 50, bubbles: true }));
    await settle(el);
    expect(tooltip(el)).toBe('28 Feb 2026 86');
    plot(el).dispatchEvent(new PointerEvent('pointerleave'));
    await settle(el);
    expect(shadow(el).querySelector('[part="tooltip"]')).toBeNull();
  });

  it('says so when the window holds no measurements', async () => {
    const el = await mount<KpiTrend>('<kpi-trend values="2026-01-31:84" from="2020-01-01" to="2020-12-31"></kpi-trend>');
    expect(shadow(el).querySelector('[role="status"]')?.textContent).toContain('No measurements');
  });

  it('reports an unknown KPI id and a failed fetch as alerts and kpi-error events', async () => {
    const events: string[] = [];
    const listen = (event: Event): void => void events.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('kpi-error', listen);
    const unknown = await mount<KpiTrend>('<kpi-trend kpi="nope"></kpi-trend>');
    unknown.data = snapshot;
    await settle(unknown);
    expect(shadow(unknown).querySelector('[role="alert"]')?.textContent).toContain('There is no KPI "nope" in the data.');
    const missing = await mount<KpiTrend>('<kpi-trend src="/no/such/file.json"></kpi-trend>');
    await until(() => shadow(missing).querySelector('[role="alert"]') !== null, 'the error state');
    expect(shadow(missing).querySelector('[role="alert"]')?.textContent).toContain('the server answered 404');
    document.removeEventListener('kpi-error', listen);
    expect(events).toEqual(['There is no KPI "nope" in the data.', 'Could not load /no/such/file.json: the server answered 404.']);
  });

  it('has no axe violations, in light and dark', async () => {
    const light = await mount<KpiTrend>('<kpi-trend kpi="inventory-days-of-cover"></kpi-trend>');
    light.data = snapshot;
    await settle(light);
    plot(light).focus();
    await settle(light);
    expect(await axeViolations(light)).toEqual([]);
    const dark = await mount<KpiTrend>('<kpi-trend theme="dark" kpi="on-time-delivery"></kpi-trend>');
    dark.data = snapshot;
    await settle(dark);
    expect(await axeViolations(dark)).toEqual([]);
    expect(getComputedStyle(dark).backgroundColor).toBe('rgb(13, 17, 23)');
  });
});
