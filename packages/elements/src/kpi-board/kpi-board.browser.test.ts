import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, cleanup, mount, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import './kpi-board.js';
import type { KpiBoard, KpiBoardSelectDetail } from './kpi-board.js';

afterEach(cleanup);

const tiles = (el: HTMLElement): HTMLElement[] => [...shadow(el).querySelectorAll<HTMLElement>('[role="listitem"]')];
const ids = (el: HTMLElement): string[] => tiles(el).map((t) => t.dataset.id ?? '');
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const kpis = (snapshot as { kpis: { id: string; key: boolean }[] }).kpis;

async function board(markup: string): Promise<KpiBoard> {
  const el = await mount<KpiBoard>(markup);
  el.data = snapshot;
  await settle(el);
  return el;
}

/** Waits until the nested gauges of every tile have rendered too. */
async function gaugesSettled(el: HTMLElement): Promise<void> {
  for (const gauge of shadow(el).querySelectorAll<HTMLElement>('kpi-gauge')) await settle(gauge);
}

describe('<kpi-board>', () => {
  it('lists every KPI of the data property as a tile with a heading and a compact gauge', async () => {
    const el = await board('<kpi-board locale="en-GB"></kpi-board>');
    const list = shadow(el).querySelector('[role="list"]');
    expect(list?.getAttribute('aria-label')).toBe('KPIs');
    expect(tiles(el)).toHaveLength(kpis.length);
    const csat = tiles(el).find((t) => t.dataset.id === 'customer-satisfaction')!;
    expect(csat.querySelector('[role="heading"]')?.getAttribute('aria-level')).toBe('3');
    expect(text(csat.querySelector('[role="heading"] button'))).toBe('Customer satisfaction score');
    const gauge = csat.querySelector('kpi-gauge') as HTMLElement & { compact: boolean; data: unknown };
    expect(gauge.compact).toBe(true);
    expect((gauge.data as { id: string }).id).toBe('customer-satisfaction');
    await gaugesSettled(el);
    expect(text(shadow(gauge).querySelector('[part="value"]'))).toBe('88 %');
    expect(text(shadow(gauge).querySelector('[part="health"]'))).toContain('Warning');
    expect(text(csat.querySelector('[part="trend"]'))).toBe('Worsening');
    expect(text(shadow(el).querySelector('[part="summary"]'))).toBe('22 KPIs: 2 critical, 12 warning, 7 healthy, 1 unknown');
  });

  it('says a KPI’s value is not published in a sparkline tile when the audience may not see it', async () => {
    const el = await mount<HTMLElement & { data: unknown }>('<kpi-board tile="sparkline" locale="en-GB"></kpi-board>');
    const uptime = kpis.find((k) => k.id === 'uptime');
    const hiddenUptime = { ...uptime, valuesHidden: true, latest: null, series: [], target: null, critical: null, targets: [], daysSinceLatest: 7 };
    el.data = { version: 1, asOf: '2026-11-15', kpis: [hiddenUptime, kpis.find((k) => k.id === 'customer-satisfaction')] };
    await settle(el);
    const [hidden, shown] = tiles(el);
    expect(text(hidden?.querySelector('[part="value"]'))).toBe('Not published');
    // When it was measured is published: the as-of day less the days since.
    expect(text(hidden?.querySelector('.date'))).toBe('8 Nov 2026');
    expect(text(hidden?.querySelector('[part="health"]'))).toBe('Healthy');
    expect(text(shown?.querySelector('[part="value"]'))).toBe('88 %');
    // The demo's revenue is marked hidden, but this snapshot is the company's own and keeps its values.
    el.data = kpis.filter((k) => k.id === 'revenue');
    await settle(el);
    expect(kpis.find((k) => k.id === 'revenue')).toMatchObject({ valuesHidden: true });
    expect(text(tiles(el)[0]?.querySelector('[part="value"]'))).toBe('€2.65m');
  });

  it('draws sparklines with value, health, trend words and a stale flag', async () => {
    const el = await board('<kpi-board tile="sparkline" locale="en-GB"></kpi-board>');
    expect(shadow(el).querySelector('kpi-gauge')).toBeNull();
    const turnover = tiles(el).find((t) => t.dataset.id === 'employee-turnover')!;
    expect(turnover.querySelector('svg[part="sparkline"]')?.getAttribute('preserveAspectRatio')).toBe('none');
    expect(turnover.querySelector('path.spark-line')?.getAttribute('d')).toMatch(/^M/);
    expect(text(turnover.querySelector('[part="value"]'))).toBe('11.4 %');
    expect(text(turnover.querySelector('[part="health"]'))).toBe('Warning');
    expect(turnover.querySelector('[part="health"] .icon')?.getAttribute('aria-hidden')).toBe('true');
    expect(text(turnover.querySelector('[part="trend"]'))).toBe('Improving');
    expect(turnover.querySelector('[part="trend"] svg.cairn-icon path')).not.toBeNull();
    expect(text(turnover.querySelector('[part="stale"]'))).toBe('Stale');
    expect(turnover.querySelector('[part="stale"] svg.cairn-icon path')).not.toBeNull();
    const uptime = tiles(el).find((t) => t.dataset.id === 'uptime')!;
    expect(text(uptime.querySelector('[part="trend"]'))).toBe('Flat');
    expect(uptime.querySelector('[part="stale"]')).toBeNull();
    const humidity = tiles(el).find((t) => t.dataset.id === 'warehouse-humidity')!;
    expect(humidity.querySelector('rect.spark-band')).not.toBeNull();
  });

  it('filters key KPIs, a team with its sub-teams, and healths, following attribute changes', async () => {
    const el = await board('<kpi-board key></kpi-board>');
    expect(ids(el)).toEqual(kpis.filter((k) => k.key).map((k) => k.id));
    el.removeAttribute('key');
    el.setAttribute('team', 'engineering');
    await settle(el);
    // Engineering owns no KPI itself; its sub-teams Platform and Web Shop do.
    expect(ids(el)).toEqual(['checkout-load-time', 'uptime']);
    el.setAttribute('health', 'critical');
    await settle(el);
    expect(ids(el)).toEqual(['checkout-load-time']);
    el.removeAttribute('team');
    el.setAttribute('health', 'critical,warning');
    await settle(el);
    expect(ids(el)).toHaveLength(14);
    el.setAttribute('tile', 'sparkline');
    el.setAttribute('heading-level', '2');
    await settle(el);
    expect(tiles(el)[0]?.querySelector('[role="heading"]')?.getAttribute('aria-level')).toBe('2');
    expect(shadow(el).querySelectorAll('svg[part="sparkline"]')).toHaveLength(14);
  });

  it('orders the tiles by health, worst first, with sort="health", following the attribute', async () => {
    const el = await board('<kpi-board sort="health"></kpi-board>');
    const healths = (snapshot as { kpis: { id: string; health: string }[] }).kpis;
    const rank = ['critical', 'warning', 'healthy', 'unknown'];
    const expected = [...healths].sort((a, b) => rank.indexOf(a.health) - rank.indexOf(b.health)).map((k) => k.id);
    expect(ids(el)).toEqual(expected);
    expect(ids(el).slice(0, 2).map((id) => healths.find((k) => k.id === id)?.health)).toEqual(['critical', 'critical']);
    el.removeAttribute('sort');
    await settle(el);
    expect(ids(el)).toEqual(healths.map((k) => k.id));
  });

  it('shows a friendly status when nothing matches', async () => {
    const el = await board('<kpi-board team="platform" health="critical"></kpi-board>');
    expect(tiles(el)).toHaveLength(0);
    expect(text(shadow(el).querySelector('[role="status"]'))).toBe('No KPIs match the filters.');
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
  });

  it('emits kpi-select on click and on Enter or Space from the tile button', async () => {
    const el = await board('<kpi-board team="platform" tile="sparkline"></kpi-board>');
    const seen: KpiBoardSelectDetail[] = [];
    el.addEventListener('kpi-select', (event) => seen.push(event.detail));
    tiles(el)[0]!.querySelector<HTMLElement>('.facts')!.click();
    const button = tiles(el)[0]!.querySelector('button')!;
    button.focus();
    expect(shadow(el).activeElement).toBe(button);
    // A real key press: the browser turns Enter and Space on a button into a click.
    const { userEvent } = await import('vitest/browser');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(seen.map((d) => d.id)).toEqual(['uptime', 'uptime', 'uptime']);
    expect(seen[0]?.kpi.title).toBe('Web shop uptime');
  });

  it('with href, each tile is a link to its KPI’s page: Tab reaches it, a click anywhere on the tile is the link’s, kpi-select can cancel it', async () => {
    const el = await board('<kpi-board team="growth" href="/kpis/{id}/?team={team}"></kpi-board>');
    await gaugesSettled(el);
    expect(shadow(el).querySelectorAll('button')).toHaveLength(0);
    const links = tiles(el).map((t) => t.querySelector<HTMLAnchorElement>('[role="heading"] a[part="tile-link"]')!);
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/kpis/signups/?team=growth', '/kpis/site-visitors/?team=growth', '/kpis/trial-conversion/?team=growth']);
    expect(text(links[2])).toBe('Refill trial conversion');
    // What a pointer hits in the middle of the gauge, and at the foot of the tile, is the link.
    for (const spot of [tiles(el)[0]!.querySelector('kpi-gauge')!, tiles(el)[0]!.querySelector('[part="trend"]')!]) {
      const box = spot.getBoundingClientRect();
      expect(shadow(el).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(links[0]);
    }
    const { userEvent } = await import('vitest/browser');
    links[0]!.focus();
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(links[1]);
    const seen: KpiBoardSelectDetail[] = [];
    el.addEventListener('kpi-select', (event) => {
      seen.push(event.detail);
      event.preventDefault();
    });
    await userEvent.keyboard('{Enter}');
    links[2]!.click();
    expect(seen.map((d) => d.id)).toEqual(['site-visitors', 'trial-conversion']);
    // Cancelled: the page stayed where it was.
    expect(location.pathname).not.toContain('/kpis/');
  });

  it('lets the keyboard reach every tile with Tab', async () => {
    const el = await board('<kpi-board team="growth"></kpi-board>');
    const buttons = tiles(el).map((t) => t.querySelector('button'));
    expect(buttons).toHaveLength(3);
    for (const button of buttons) expect(button?.tabIndex).toBe(0);
  });

  it('bubbles kpi-select out of the shadow root', async () => {
    const el = await board('<kpi-board team="platform"></kpi-board>');
    const got: string[] = [];
    document.addEventListener('kpi-select', (event) => got.push((event as CustomEvent<KpiBoardSelectDetail>).detail.id), { once: true });
    tiles(el)[0]!.querySelector('button')!.click();
    expect(got).toEqual(['uptime']);
  });

  it('reads an inline JSON script child', async () => {
    const slice = { version: 1, kpis: (snapshot as { kpis: unknown[] }).kpis.slice(0, 3) };
    const el = await mount<KpiBoard>(`<kpi-board><script type="application/json">${JSON.stringify(slice)}</script></kpi-board>`);
    expect(ids(el)).toEqual(['carbon-per-order', 'checkout-load-time', 'customer-satisfaction']);
  });

  it('fetches src', async () => {
    const el = await mount<KpiBoard>(`<kpi-board src="${snapshotUrl}" key></kpi-board>`);
    await until(() => tiles(el).length > 0, 'the board to load');
    expect(ids(el)).toContain('revenue');
  });

  it('reports an unknown team and a failed fetch as alerts and kpi-error events', async () => {
    const events: string[] = [];
    const listen = (event: Event): void => void events.push((event as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('kpi-error', listen);
    const unknown = await board('<kpi-board team="nobody"></kpi-board>');
    expect(text(shadow(unknown).querySelector('[role="alert"]'))).toContain('There is no team "nobody" in the data.');
    const missing = await mount<KpiBoard>('<kpi-board src="/no/such/file.json"></kpi-board>');
    await until(() => shadow(missing).querySelector('[role="alert"]') !== null, 'the error state');
    document.removeEventListener('kpi-error', listen);
    expect(events).toEqual(['There is no team "nobody" in the data.', 'Could not load /no/such/file.json: the server answered 404.']);
  });

  it('has no axe violations, in light and dark, with gauges and sparklines', async () => {
    const light = await board('<kpi-board team="operations"></kpi-board>');
    await gaugesSettled(light);
    expect(await axeViolations(light)).toEqual([]);
    const dark = await board('<kpi-board theme="dark" tile="sparkline" key></kpi-board>');
    expect(await axeViolations(dark)).toEqual([]);
    const darkGauges = await board('<kpi-board theme="dark" team="people"></kpi-board>');
    await gaugesSettled(darkGauges);
    expect(shadow(darkGauges).querySelector('kpi-gauge')?.getAttribute('theme')).toBe('dark');
    expect(await axeViolations(darkGauges)).toEqual([]);
  });
});
