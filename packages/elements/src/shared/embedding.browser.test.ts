/**
 * What a page that embeds the elements from elsewhere meets: the site's published slices (a
 * KPI's, an objective's) read without a selector, a request the browser refused explained in
 * words an author can act on, and the load state and error readable at any time, not only by a
 * listener that was attached early enough.
 */
import { kpiSlice, objectiveSlice, teamSlice, type Snapshot } from '@cairn/core';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import '../index.js';
import type { CairnElement } from './cairn-element.js';

afterEach(cleanup);

const demo = snapshot as Snapshot;
/** A URL serving `json`, as the site serves a slice. */
const served = (json: unknown): string => URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
const alertText = (el: HTMLElement): string | undefined =>
  shadow(el)
    .querySelector('[role="alert"]')
    ?.textContent?.replace(/\s+/g, ' ')
    .replace(/^[^A-Za-z]+/, '');
const loaded = (el: HTMLElement): boolean => !/Loading/.test(shadow(el).textContent ?? '');

async function mountLoaded<T extends HTMLElement>(markup: string): Promise<T> {
  const el = await mount<T>(markup);
  await until(() => loaded(el), 'the element to leave its loading state');
  await settle(el);
  return el;
}

describe('a slice names its subject', () => {
  const revenue = kpiSlice(demo, 'revenue');
  const ecoLeader = objectiveSlice(demo, 'eco-leader');

  it('the demo slices hold more than their subject, as the site publishes them', () => {
    expect(revenue.slice).toEqual({ kind: 'kpi', id: 'revenue' });
    expect(revenue.kpis.length).toBeGreaterThan(1);
    expect(ecoLeader.objectives.length).toBeGreaterThan(1);
  });

  it('kpi-gauge and kpi-trend given a KPI slice without the kpi attribute show its KPI', async () => {
    const url = served(revenue);
    const title = demo.kpis.find((k) => k.id === 'revenue')?.title;
    const gauge = await mountLoaded<HTMLElement>(`<kpi-gauge src="${url}"></kpi-gauge>`);
    expect(alertText(gauge)).toBeUndefined();
    expect(shadow(gauge).querySelector('[role="meter"]')?.getAttribute('aria-label')).toBe(title);
    const trend = await mountLoaded<HTMLElement>(`<kpi-trend src="${url}"></kpi-trend>`);
    expect(alertText(trend)).toBeUndefined();
    expect(shadow(trend).querySelector('[part="title"]')?.textContent?.trim()).toBe(title);
  });

  it('the kpi attribute still wins over the slice subject', async () => {
    const gauge = await mountLoaded<HTMLElement>(`<kpi-gauge src="${served(revenue)}" kpi="signups"></kpi-gauge>`);
    expect(shadow(gauge).querySelector('[role="meter"]')?.getAttribute('aria-label')).toBe(demo.kpis.find((k) => k.id === 'signups')?.title);
  });

  it('okr-card and okr-progress given an objective slice without the objective attribute show its objective', async () => {
    const url = served(ecoLeader);
    const title = demo.objectives.find((o) => o.id === 'eco-leader')?.title;
    const card = await mountLoaded<HTMLElement>(`<okr-card src="${url}"></okr-card>`);
    expect(alertText(card)).toBeUndefined();
    expect(shadow(card).querySelector('[part="title"]')?.textContent?.trim()).toBe(title);
    const progress = await mountLoaded<HTMLElement>(`<okr-progress src="${url}"></okr-progress>`);
    expect(alertText(progress)).toBeUndefined();
    expect(shadow(progress).querySelector('[role="progressbar"]')?.getAttribute('aria-label')).toBe(title);
    const other = ecoLeader.objectives.find((o) => o.id !== 'eco-leader');
    const named = await mountLoaded<HTMLElement>(`<okr-card src="${url}" objective="${other?.id}"></okr-card>`);
    expect(shadow(named).querySelector('[part="title"]')?.textContent?.trim()).toBe(other?.title);
  });

  it('a slice of another kind names no KPI: a team slice with several still asks for the attribute', async () => {
    const sales = teamSlice(demo, 'sales');
    expect(sales.kpis.length).toBeGreaterThan(1);
    const gauge = await mountLoaded<HTMLElement>(`<kpi-gauge src="${served(sales)}"></kpi-gauge>`);
    expect(alertText(gauge)).toBe('The data holds several KPIs: name one with the kpi attribute.');
  });
});

describe('a team’s own file with the team attribute', () => {
  const summary = (el: HTMLElement): string | undefined => shadow(el).querySelector('[part="summary"]')?.textContent?.replace(/\s+/g, ' ').trim();

  it('kpi-board shows the team’s own KPIs and says the teams below it are not in the file', async () => {
    const board = await mountLoaded<HTMLElement>(`<kpi-board src="${served(teamSlice(demo, 'sales'))}" team="sales"></kpi-board>`);
    const note = "This file holds only the Sales team's own KPIs, not those of the teams below it; for those too, use the KPI list (kpis.json).";
    expect(summary(board)).toMatch(/^2 KPIs: [a-z0-9 ,]+\. /);
    expect(summary(board)?.endsWith(`. ${note}`)).toBe(true);
    // The same attribute on the whole snapshot takes in field-sales and inside-sales, with no note.
    const whole = await mountLoaded<HTMLElement>(`<kpi-board src="${snapshotUrl}" team="sales"></kpi-board>`);
    expect(summary(whole)).toMatch(/^5 KPIs: [^.]*$/);
  });

  it('okr-tree says so above the tree', async () => {
    const tree = await mountLoaded<HTMLElement>(`<okr-tree src="${served(teamSlice(demo, 'sales'))}" team="sales" period="2026-q4"></okr-tree>`);
    expect(shadow(tree).querySelector('[part="note"]')?.textContent).toBe(
      "This file holds only the Sales team's own objectives, not those of the teams below it; for those too, use the period's file.",
    );
    expect(shadow(tree).querySelectorAll('[role="treeitem"]').length).toBeGreaterThan(0);
  });

  it('a team with no teams below it gets no note: its own file is all there is', async () => {
    const board = await mountLoaded<HTMLElement>(`<kpi-board src="${served(teamSlice(demo, 'inside-sales'))}" team="inside-sales"></kpi-board>`);
    expect(summary(board)).toMatch(/^2 KPIs: [^.]*$/);
    const tree = await mountLoaded<HTMLElement>(`<okr-tree src="${served(teamSlice(demo, 'inside-sales'))}" team="inside-sales" period="2026-q4"></okr-tree>`);
    expect(shadow(tree).querySelector('[part="note"]')).toBeNull();
  });
});

describe('a request the browser refused', () => {
  it('a server on another origin that cannot be reached: the message names both usual causes', async () => {
    // Port 9 refuses the connection; the page is on another origin, so CORS and the policy are the likely causes.
    const url = 'http://127.0.0.1:9/api/v1/snapshot.json';
    const gauge = await mountLoaded<CairnElement>(`<kpi-gauge src="${url}" kpi="revenue"></kpi-gauge>`);
    const message = `Could not load ${url}: the browser blocked the request or could not reach the server. For a page on another origin, the server must send an Access-Control-Allow-Origin header with the file, and the page's Content-Security-Policy must allow the server in connect-src (when the page has a policy).`;
    expect(alertText(gauge)).toBe(message);
    expect(gauge.error).toBe(message);
  });

  it('on the same origin, CORS is not named', async () => {
    const original = window.fetch;
    window.fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    try {
      const card = await mountLoaded<CairnElement>('<okr-card src="/api/v1/snapshot.json" objective="eco-leader"></okr-card>');
      expect(alertText(card)).toBe(
        "Could not load /api/v1/snapshot.json: the browser could not reach it. The server may be down or the network unavailable, or the page's Content-Security-Policy must allow the server in connect-src (when the page has a policy).",
      );
    } finally {
      window.fetch = original;
    }
  });

  it('a src that is not a URL says so instead of loading for ever', async () => {
    const gauge = await mountLoaded<CairnElement>('<kpi-gauge src="http://[oops/x.json"></kpi-gauge>');
    expect(alertText(gauge)).toBe('Could not load http://[oops/x.json: it is not a valid URL.');
  });
});

describe('state and error, readable after the fact', () => {
  it('an error that fired before any listener is still readable from the element and its state attribute', async () => {
    const el = await mount<CairnElement>('<kpi-gauge><script type="application/json">{ not json</script></kpi-gauge>');
    expect(el.state).toBe('error');
    expect(el.error).toBe('The inline JSON could not be read: it is not valid JSON.');
    expect(el.getAttribute('state')).toBe('error');
    expect(document.querySelectorAll('kpi-gauge[state="error"]')).toHaveLength(1);
  });

  it('a draw error (a missing KPI) is the error too, and goes when the data is fixed', async () => {
    const el = await mount<CairnElement & { kpi?: string }>('<kpi-gauge kpi="nope"></kpi-gauge>');
    el.data = snapshot;
    await settle(el);
    expect(el.error).toBe('There is no KPI "nope" in the data.');
    expect(el.getAttribute('state')).toBe('error');
    el.kpi = 'revenue';
    await settle(el);
    expect([el.state, el.error, el.getAttribute('state')]).toEqual(['ready', null, 'ready']);
  });

  it('goes from loading to ready with a src', async () => {
    const el = document.createElement('kpi-trend') as CairnElement;
    el.setAttribute('kpi', 'revenue');
    // A URL of its own: the elements share one request per URL, and an earlier test's has settled.
    el.src = `${snapshotUrl}?state-test`;
    document.body.append(el);
    await el.updateComplete;
    expect(el.state).toBe('loading');
    expect(el.getAttribute('state')).toBe('loading');
    await until(() => loaded(el), 'the trend to load');
    await settle(el);
    expect([el.state, el.error, el.getAttribute('state')]).toEqual(['ready', null, 'ready']);
  });

  it('an element drawn from attributes alone is ready', async () => {
    const el = await mount<CairnElement>('<okr-progress label="Hiring" value="0.6"></okr-progress>');
    expect([el.state, el.error]).toEqual(['ready', null]);
  });

  it('are read-only', async () => {
    const el = await mount<CairnElement>('<kpi-gauge value="3"></kpi-gauge>');
    expect(() => Object.assign(el, { state: 'error' })).toThrow(TypeError);
    expect(() => Object.assign(el, { error: 'x' })).toThrow(TypeError);
    expect(el.state).toBe('ready');
  });
});

describe('before the data property is set', () => {
  it('says what is missing without an alert, and is empty, then ready once data comes', async () => {
    const el = await mount<CairnElement>('<kpi-gauge kpi="revenue"></kpi-gauge>');
    expect(shadow(el).querySelector('[role="alert"]')).toBeNull();
    expect(shadow(el).textContent).toContain('No data: set the src attribute, the data property, or add a script type="application/json" child.');
    expect([el.state, el.error, el.getAttribute('state')]).toEqual(['empty', null, 'empty']);
    el.data = snapshot;
    await settle(el);
    expect(el.getAttribute('state')).toBe('ready');
    expect(shadow(el).querySelector('[role="meter"]')).not.toBeNull();
  });
});
