/**
 * Valid JSON of the wrong shape, unreadable attributes and failed requests: each element shows
 * its error state (role="alert") with a message that names the problem, fires its error event,
 * and never throws into the page.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, settle, shadow, snapshot, snapshotUrl, until } from '../../test/browser-helpers.js';
import '../index.js';
import { fetchJson } from './fetch-json.js';

afterEach(cleanup);

type Json = Record<string, unknown>;
const acme = snapshot as { objectives: Json[]; kpis: Json[] };
const objective = (id: string): Json => structuredClone(acme.objectives.find((o) => o.id === id)!);
const kpi = (id: string): Json => structuredClone(acme.kpis.find((k) => k.id === id)!);

interface Outcome {
  alert: string | undefined;
  events: string[];
  uncaught: string[];
}

/** Mounts `markup`, optionally sets `data`, and reports the alert, the error events and any uncaught error. */
async function outcome(markup: string, data?: unknown, wait?: (el: HTMLElement) => boolean): Promise<Outcome> {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent): void => void uncaught.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent): void => void uncaught.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const events: string[] = [];
  const host = document.createElement('div');
  for (const name of ['okr-error', 'kpi-error']) host.addEventListener(name, (event) => events.push((event as CustomEvent<{ message: string }>).detail.message));
  host.innerHTML = markup;
  document.body.append(host);
  const el = host.firstElementChild as HTMLElement & { data?: unknown };
  try {
    if (data !== undefined) el.data = data;
    await settle(el);
    if (wait) await until(() => wait(el), 'the element to leave its loading state');
    await settle(el);
    // The text a reader sees, after the warning icon.
    const alert = shadow(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').replace(/^[^A-Za-z]+/, '');
    return { alert, events, uncaught };
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}

const expectError = (result: Outcome, message: string): void => {
  expect(result).toEqual({ alert: message, events: [message], uncaught: [] });
};

describe('valid JSON of the wrong shape', () => {
  it('kpi-trend: series null', async () => {
    expectError(await outcome('<kpi-trend></kpi-trend>', { ...kpi('revenue'), series: null }), 'KPI "revenue": series is null; a list was expected.');
  });

  it('kpi-trend: a measurement with an impossible date', async () => {
    const revenue = kpi('revenue');
    (revenue.series as Json[])[2] = { date: '2026-13-45', value: 5 };
    expectError(await outcome('<kpi-trend></kpi-trend>', revenue), 'KPI "revenue": measurement 3 has the date "2026-13-45"; a real day as YYYY-MM-DD was expected.');
  });

  it('okr-card: keyResults missing', async () => {
    const o = objective('eco-leader');
    delete o.keyResults;
    expectError(await outcome('<okr-card></okr-card>', { objectives: [o] }), 'Objective "eco-leader": keyResults is missing; a list was expected.');
  });

  it('okr-progress and okr-card: score null', async () => {
    const o = { ...objective('eco-leader'), score: null };
    expectError(await outcome('<okr-progress></okr-progress>', o), 'Objective "eco-leader": score is null; a number was expected.');
    expectError(await outcome('<okr-card></okr-card>', o), 'Objective "eco-leader": score is null; a number was expected.');
  });

  it('okr-card: a key result whose progress is text', async () => {
    const o = objective('eco-leader');
    (o.keyResults as Json[])[0]!.progress = 'half';
    expectError(await outcome('<okr-card></okr-card>', o), 'Objective "eco-leader", key result "launch-products": progress is "half"; a number was expected.');
  });

  it('okr-tree: one objective of many without keyResults', async () => {
    const data = structuredClone(snapshot) as { objectives: Json[] };
    delete data.objectives[5]!.keyResults;
    expectError(await outcome('<okr-tree></okr-tree>', data), `Objective "${String(data.objectives[5]!.id)}": keyResults is missing; a list was expected.`);
  });

  it('kpi-board and kpi-gauge: series null, latest not a measurement', async () => {
    const data = structuredClone(snapshot) as { kpis: Json[] };
    data.kpis[1]!.series = null;
    expectError(await outcome('<kpi-board></kpi-board>', data), `KPI "${String(data.kpis[1]!.id)}": series is null; a list was expected.`);
    expectError(await outcome('<kpi-gauge></kpi-gauge>', { ...kpi('revenue'), latest: 12 }), 'KPI "revenue": latest is 12; a {date, value} or null was expected.');
  });

  it('a snapshot whose objectives are not a list', async () => {
    expectError(await outcome('<okr-tree></okr-tree>', { version: 1, objectives: { a: 1 } }), "The data's objectives is not a list.");
  });

  it('fetched data of the wrong shape shows the error, not "Loading…" forever', async () => {
    const bad = URL.createObjectURL(new Blob([JSON.stringify({ kpi: { ...kpi('revenue'), series: null } })], { type: 'application/json' }));
    const result = await outcome(`<kpi-trend src="${bad}"></kpi-trend>`, undefined, (el) => !/Loading/.test(shadow(el).textContent ?? ''));
    expectError(result, 'KPI "revenue": series is null; a list was expected.');
  });
});

describe('unreadable attributes', () => {
  it('kpi-trend rejects an impossible date instead of drawing it in another month', async () => {
    expectError(await outcome('<kpi-trend values="2026-01-31:4 2026-13-45:5"></kpi-trend>'), 'The values attribute has the date "2026-13-45", which is not a real day (YYYY-MM-DD).');
    expectError(await outcome('<kpi-trend values="2026-02-30:5"></kpi-trend>'), 'The values attribute has the date "2026-02-30", which is not a real day (YYYY-MM-DD).');
    expectError(await outcome('<kpi-trend values="2026-01-31:abc"></kpi-trend>'), 'The values attribute has "abc" for 2026-01-31, which is not a number.');
    expectError(await outcome('<kpi-trend values="2026-01-31:4" target="lots"></kpi-trend>'), 'The target attribute is "lots", which is neither a number nor a range such as 30..45.');
  });

  it('kpi-gauge and okr-progress say that value="abc" is not a number', async () => {
    expectError(await outcome('<kpi-gauge value="abc"></kpi-gauge>'), 'The value attribute is "abc", which is not a number.');
    expectError(await outcome('<kpi-gauge value="5" target="ten"></kpi-gauge>'), 'The target attribute is "ten", which is not a number.');
    expectError(await outcome('<okr-progress value="abc"></okr-progress>'), 'The value attribute is "abc", which is not a number.');
  });

  it('an empty value still means "not set", as a template writes it', async () => {
    const result = await outcome('<kpi-gauge value=""></kpi-gauge>');
    // "No data" is a hint for the page's author, not an alert: a page may be about to set `data`.
    expect(result.alert).toBeUndefined();
    expect(document.querySelector('kpi-gauge')?.getAttribute('state')).toBe('empty');
    expect(result.uncaught).toEqual([]);
  });
});

describe('requests', () => {
  it('a 404 has its body cancelled, so the request does not stay open', async () => {
    const original = window.fetch;
    let cancelled = false;
    const body = new ReadableStream({ cancel: () => void (cancelled = true) });
    window.fetch = async () => new Response(body, { status: 404 });
    try {
      const result = await outcome('<kpi-gauge src="/missing-on-purpose.json"></kpi-gauge>', undefined, (el) => !/Loading/.test(shadow(el).textContent ?? ''));
      expectError(result, 'Could not load /missing-on-purpose.json: the server answered 404.');
      expect(cancelled).toBe(true);
    } finally {
      window.fetch = original;
    }
  });

  it('twenty elements with the same src make one request', async () => {
    const url = `${snapshotUrl}?one-request=${Math.random()}`;
    const host = document.createElement('div');
    host.innerHTML = Array.from({ length: 20 }, (_, i) => (i % 2 ? `<kpi-gauge src="${url}" kpi="revenue"></kpi-gauge>` : `<okr-progress src="${url}" objective="eco-leader"></okr-progress>`)).join('');
    document.body.append(host);
    const elements = [...host.children] as HTMLElement[];
    await until(() => elements.every((el) => shadow(el).querySelector('[role="progressbar"], [part="gauge"], svg') !== null), 'every element to draw');
    expect(performance.getEntriesByName(url, 'resource')).toHaveLength(1);
  });

  it('shares a request per document, and forgets a failed one', async () => {
    const other = document.implementation.createHTMLDocument('other');
    const url = `${snapshotUrl}?per-document=${Math.random()}`;
    const first = fetchJson(url);
    expect(fetchJson(url)).toBe(first);
    expect(fetchJson(url, other)).not.toBe(first);
    expect((await first).ok).toBe(true);
    const missing = fetchJson('/no/such/file.json');
    expect(await missing).toEqual({ ok: false, message: 'Could not load /no/such/file.json: the server answered 404.' });
    expect(fetchJson('/no/such/file.json')).not.toBe(missing);
  });
});
