import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanup, mount, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import './kpi-gauge.js';
import type { KpiGauge } from './kpi-gauge.js';

afterEach(cleanup);

const meter = (el: HTMLElement): HTMLElement => shadow(el).querySelector('[role="meter"]') as HTMLElement;

describe('<kpi-gauge>', () => {
  it('draws from attributes alone, with health in words as well as colour', async () => {
    const el = await mount<KpiGauge>('<kpi-gauge label="Customer satisfaction" value="88" target="90" critical="80" unit="%" locale="en-GB"></kpi-gauge>');
    const m = meter(el);
    expect(m.getAttribute('aria-label')).toBe('Customer satisfaction');
    expect(m.getAttribute('aria-valuenow')).toBe('88');
    expect(m.getAttribute('aria-valuetext')).toBe('88 %, warning, target 90 %');
    expect(shadow(el).querySelector('[part="health"]')?.textContent).toContain('Warning');
    expect(shadow(el).querySelectorAll('.band')).toHaveLength(3);
  });

  it('follows attribute changes', async () => {
    const el = await mount<KpiGauge>('<kpi-gauge value="88" target="90" critical="80"></kpi-gauge>');
    el.setAttribute('value', '95');
    await settle(el);
    expect(meter(el).getAttribute('aria-valuenow')).toBe('95');
    expect(shadow(el).querySelector('[part="health"]')?.textContent).toContain('Healthy');
    el.setAttribute('direction', 'decrease');
    el.setAttribute('target', '1');
    el.setAttribute('critical', '2');
    el.setAttribute('value', '2.4');
    await settle(el);
    expect(shadow(el).querySelector('[part="health"]')?.textContent).toContain('Critical');
  });

  it('reads a KPI from the data property', async () => {
    const el = await mount<KpiGauge>('<kpi-gauge kpi="customer-satisfaction"></kpi-gauge>');
    el.data = snapshot;
    await settle(el);
    expect(meter(el).getAttribute('aria-label')).toBe('Customer satisfaction score');
    expect(meter(el).getAttribute('aria-valuenow')).toBe('88');
    expect(shadow(el).querySelector('[part="value"]')?.textContent).toBe('88 %');
  });

  it('reads an inline JSON script child', async () => {
    const kpi = (snapshot as { kpis: { id: string }[] }).kpis.find((k) => k.id === 'employee-turnover');
    const el = await mount<KpiGauge>(`<kpi-gauge><script type="application/json">${JSON.stringify(kpi)}</script></kpi-gauge>`);
    expect(meter(el).getAttribute('aria-valuetext')).toContain('stale');
    expect(shadow(el).querySelector('.stale')?.textContent).toContain('Stale');
  });

  it('fetches src, showing a loading state first', async () => {
    const el = await mount<KpiGauge>(`<kpi-gauge src="${snapshotUrl}" kpi="uptime"></kpi-gauge>`);
    await until(() => meter(el) !== null, 'the gauge to load');
    expect(meter(el).getAttribute('aria-label')).toBe('Web shop uptime');
  });

  it('shows the loading status while fetching', async () => {
    const el = document.createElement('kpi-gauge');
    el.src = `${snapshotUrl}?slow`;
    document.body.append(el);
    await el.updateComplete;
    await until(() => shadow(el).querySelector('[role="status"]') !== null || meter(el) !== null, 'a first render');
    expect(shadow(el).querySelector('[role="status"], [role="meter"]')).not.toBeNull();
  });

  it('reports a failed fetch as an alert and a kpi-error event', async () => {
    const errors: string[] = [];
    document.addEventListener('kpi-error', (event) => errors.push(event.detail.message), { once: true });
    const el = await mount<KpiGauge>('<kpi-gauge src="/no/such/file.json"></kpi-gauge>');
    await until(() => shadow(el).querySelector('[role="alert"]') !== null, 'the error state');
    expect(shadow(el).querySelector('[role="alert"]')?.textContent).toContain('the server answered 404');
    expect(errors[0]).toContain('/no/such/file.json');
  });

  it('reports an unknown KPI id and bad inline JSON instead of staying blank', async () => {
    const events: string[] = [];
    document.addEventListener('kpi-error', (event) => events.push(event.detail.message));
    const unknown = await mount<KpiGauge>('<kpi-gauge kpi="nope"></kpi-gauge>');
    unknown.data = snapshot;
    await settle(unknown);
    expect(shadow(unknown).querySelector('[role="alert"]')?.textContent).toContain('There is no KPI "nope" in the data.');
    const broken = await mount<KpiGauge>('<kpi-gauge><script type="application/json">{ not json</script></kpi-gauge>');
    expect(shadow(broken).querySelector('[role="alert"]')?.textContent).toContain('not valid JSON');
    expect(events).toEqual(['There is no KPI "nope" in the data.', 'The inline JSON could not be read: it is not valid JSON.']);
  });

  it('says so when it has no data at all, without an error event a page script could not avoid', async () => {
    const events: string[] = [];
    document.addEventListener('kpi-error', (event) => events.push(event.detail.message));
    const el = await mount<KpiGauge>('<kpi-gauge></kpi-gauge>');
    // A hint for the page's author, not an alert a screen reader announces before `data` comes.
    expect(shadow(el).querySelector('[part="error"]')?.textContent).toContain('No data');
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    el.data = snapshot;
    el.kpi = 'uptime';
    await settle(el);
    expect(shadow(el).querySelector('[role="meter"]')).not.toBeNull();
    expect(events).toEqual([]);
  });

  it('without a value to show is an image named by its words, not a meter without a value', async () => {
    const uptime = (snapshot as { kpis: { id: string; title: string }[] }).kpis.find((k) => k.id === 'uptime');
    if (!uptime) throw new Error('the demo snapshot has no uptime KPI');
    const el = await mount<KpiGauge>('<kpi-gauge></kpi-gauge>');
    el.data = { ...uptime, latest: null, series: [] };
    await settle(el);
    const figure = shadow(el).querySelector('[part="gauge"]');
    expect(figure?.getAttribute('role')).toBe('img');
    expect(figure?.getAttribute('aria-label')).toMatch(new RegExp(`^${uptime.title}: `));
    expect(figure?.hasAttribute('aria-valuenow')).toBe(false);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says a KPI’s values are not published when the audience may not see them, rather than showing a blank', async () => {
    const uptime = (snapshot as { kpis: { id: string; title: string }[] }).kpis.find((k) => k.id === 'uptime');
    if (!uptime) throw new Error('the demo snapshot has no uptime KPI');
    const el = await mount<KpiGauge>('<kpi-gauge locale="en-GB"></kpi-gauge>');
    // What a public build publishes of a KPI with `values: hidden`: health, no figures.
    const hidden = { ...uptime, valuesHidden: true, latest: null, series: [], target: null, critical: null, targets: [], daysSinceLatest: 7 };
    el.data = { version: 1, asOf: '2026-11-15', kpis: [hidden] };
    await settle(el);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).toBe('Not published');
    expect(shadow(el).querySelector('[part="gauge"]')?.textContent).toContain('Target not published · 8 Nov 2026');
    expect(shadow(el).querySelector('[part="gauge"]')?.getAttribute('aria-label')).toMatch(new RegExp(`^${uptime.title}: Not published, `));
    // A scale with no value, target or critical line on it would only be the default 0 to 100.
    expect(shadow(el).querySelectorAll('text.tick')).toHaveLength(0);
    // A snapshot for the company marks the same KPI but keeps its values: they are shown.
    el.data = { ...uptime, valuesHidden: true };
    await settle(el);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).toBe('99.97 %');
    el.data = { ...uptime, latest: null, series: [], target: null, critical: null, targets: [] };
    await settle(el);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).toBe('–');
    expect(shadow(el).querySelector('[part="gauge"]')?.textContent).toContain('No target');
    expect(shadow(el).querySelectorAll('text.tick').length).toBeGreaterThan(0);
  });

  it('has no axe violations, in light and dark, full and compact', async () => {
    const light = await mount<KpiGauge>('<kpi-gauge label="Uptime" value="99.95" target="99.9" critical="99.5" unit="%"></kpi-gauge>');
    expect(await axeViolations(light)).toEqual([]);
    const dark = await mount<KpiGauge>('<kpi-gauge theme="dark" compact label="Uptime" value="99.2" target="99.9" critical="99.5" unit="%"></kpi-gauge>');
    expect(await axeViolations(dark)).toEqual([]);
    expect(getComputedStyle(dark).backgroundColor).toBe('rgb(13, 17, 23)');
  });
});
