/**
 * An intranet page on one origin embeds the built bundle and reads a goals site on another,
 * under a strict policy that lists the site in connect-src: the site's real slices draw
 * without a selector, a file without CORS and a server the policy leaves out are explained in
 * the element, and a script that runs after the errors were fired can still read them.
 * Needs `npm run build` first (as csp.test.ts does).
 */
import { readFileSync } from 'node:fs';
import { kpiSlice, objectiveSlice, type Snapshot } from '@cairn/core';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, STRICT_CSP, startCspServer, type CspServer } from './csp-server.js';

const snapshot = JSON.parse(readFileSync(new URL('./generated/acme-snapshot.json', import.meta.url), 'utf8')) as Snapshot;
const CORS = { 'access-control-allow-origin': '*' };
const json = (data: unknown, headers?: Record<string, string>) => ({ body: JSON.stringify(data), type: 'application/json', headers });

let intranet: CspServer;
let goals: CspServer;
let unlisted: CspServer;
let browser: Browser;

beforeAll(async () => {
  goals = await startCspServer({ '/elements/cairn-elements.js': 'dist/cairn-elements.js' });
  goals.put('/elements/cairn-elements.js', { body: readFileSync(new URL('../dist/cairn-elements.js', import.meta.url), 'utf8'), type: 'text/javascript', headers: CORS });
  goals.put('/api/v1/kpis/revenue.json', json(kpiSlice(snapshot, 'revenue'), CORS));
  goals.put('/api/v1/objectives/eco-leader.json', json(objectiveSlice(snapshot, 'eco-leader'), CORS));
  // Valid JSON, but without CORS: a page on another origin may not read it.
  goals.put('/feed.json', json(kpiSlice(snapshot, 'revenue')));
  // Answers with CORS, but the page's connect-src does not list it.
  unlisted = await startCspServer({});
  unlisted.put('/api/v1/kpis/revenue.json', json(kpiSlice(snapshot, 'revenue'), CORS));
  intranet = await startCspServer({});
  const policy = `${STRICT_CSP.replace("script-src 'self'", `script-src 'self' ${goals.origin}`)}; connect-src 'self' ${goals.origin}`;
  const body = `
    <kpi-gauge id="gauge" src="${goals.origin}/api/v1/kpis/revenue.json"></kpi-gauge>
    <kpi-trend id="trend" src="${goals.origin}/api/v1/kpis/revenue.json"></kpi-trend>
    <okr-card id="card" src="${goals.origin}/api/v1/objectives/eco-leader.json"></okr-card>
    <kpi-gauge id="nocors" src="${goals.origin}/feed.json"></kpi-gauge>
    <kpi-gauge id="blocked" src="${unlisted.origin}/api/v1/kpis/revenue.json"></kpi-gauge>`;
  intranet.put('/page.html', {
    type: 'text/html',
    csp: policy,
    body: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Intranet</title><script type="module" src="${goals.origin}/elements/cairn-elements.js"></script></head><body>${body}</body></html>`,
  });
  browser = await chromium.launch(CHROMIUM);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([intranet?.close(), goals?.close(), unlisted?.close()]);
});

interface Seen {
  id: string;
  state: string | null;
  error: string | null;
  attribute: string | null;
  alert: string | null;
  label: string | null;
}

/** Each element's state, error, alert text and accessible name, once none is loading. */
async function seen(p: Page): Promise<Seen[]> {
  await p.waitForFunction(() => [...document.querySelectorAll('body > *')].every((el) => ['ready', 'error'].includes(el.getAttribute('state') ?? '')));
  return p.evaluate(() =>
    [...document.querySelectorAll('body > *')].map((el) => {
      const element = el as HTMLElement & { state: string; error: string | null };
      const root = el.shadowRoot;
      const labelled = root?.querySelector('[role="meter"], [part="title"]');
      return {
        id: el.id,
        state: element.state,
        error: element.error,
        attribute: el.getAttribute('state'),
        alert:
          root
            ?.querySelector('[role="alert"]')
            ?.textContent?.replace(/\s+/g, ' ')
            .replace(/^[^A-Za-z]+/, '') ?? null,
        label: labelled?.getAttribute('aria-label') ?? labelled?.textContent?.trim() ?? null,
      };
    }),
  );
}

describe('an intranet page on another origin, under a strict policy', { timeout: 120_000 }, () => {
  it('draws the site’s KPI and objective slices without a selector, and explains the two blocked requests', async () => {
    const context = await browser.newContext();
    const p = await context.newPage();
    const violations: string[] = [];
    p.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    await p.goto(`${intranet.origin}/page.html`);
    const revenue = snapshot.kpis.find((k) => k.id === 'revenue');
    const ecoLeader = snapshot.objectives.find((o) => o.id === 'eco-leader');
    const blocked = (url: string): string =>
      `Could not load ${url}: the browser blocked the request or could not reach the server. For a page on another origin, the server must send an Access-Control-Allow-Origin header with the file, and the page's Content-Security-Policy must allow the server in connect-src (when the page has a policy).`;
    const ready = (id: string, label: string | undefined): Seen => ({ id, state: 'ready', error: null, attribute: 'ready', alert: null, label: label ?? null });
    const failed = (id: string, message: string): Seen => ({ id, state: 'error', error: message, attribute: 'error', alert: message, label: null });
    expect(await seen(p)).toEqual([
      ready('gauge', revenue?.title),
      ready('trend', revenue?.title),
      ready('card', ecoLeader?.title),
      failed('nocors', blocked(`${goals.origin}/feed.json`)),
      failed('blocked', blocked(`${unlisted.origin}/api/v1/kpis/revenue.json`)),
    ]);
    // The last one really was the policy's doing, the one before it CORS's.
    expect(violations.join('\n')).toContain(unlisted.origin);
    expect(violations.join('\n')).not.toContain(`${goals.origin}/feed.json`);
    expect(unlisted.hits.get('/api/v1/kpis/revenue.json')).toBeUndefined();
    expect(goals.hits.get('/feed.json')).toBe(1);
    await context.close();
  });
});
