/**
 * The intranet page under the strict policy it sends (header and meta tag):
 * `default-src 'self'; script-src 'self'; style-src 'self'`. Chromium must report no violation
 * while every element loads and draws, and no element may end in its error state.
 */
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the example's server is plain JavaScript, on purpose
import { CONTENT_SECURITY_POLICY, startServer } from '../serve.mjs';

const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";
const TAGS = ['kpi-gauge', 'kpi-trend', 'kpi-board', 'okr-progress', 'okr-card', 'okr-tree'];
/** What each element draws once it has its data. */
const DRAWING: Record<string, string> = {
  'kpi-gauge': '[role="meter"] svg path',
  'kpi-trend': 'svg path',
  'kpi-board': '[part="tile"]',
  'okr-progress': '[role="progressbar"]',
  'okr-card': 'article[part="card"]',
  'okr-tree': '[role="treeitem"]',
};

let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
let headerPolicy: string | undefined;
const consoleMessages: string[] = [];

/** The securitypolicyviolation events the page has seen, as "directive blocked-uri". */
const violations = (): Promise<string[]> => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

beforeAll(async () => {
  server = (await startServer(0)) as Server;
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => consoleMessages.push(`pageerror: ${error.message}`));
  // Registered before the page's first byte, so a violation during parsing is counted too.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(`${origin}/`);
  headerPolicy = response?.headers()['content-security-policy'];
  await page.waitForFunction(
    (tags) => {
      const all = [...document.querySelectorAll(tags.join(','))];
      return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.state[part="status"]'));
    },
    TAGS,
    { timeout: 20_000 },
  );
  // One more frame, so what the elements set after their first render has been applied.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
}, 40_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the intranet page under a strict Content-Security-Policy', () => {
  it('is sent the policy as a header and carries it as a meta tag', async () => {
    expect(CONTENT_SECURITY_POLICY).toBe(STRICT);
    expect(headerPolicy).toBe(STRICT);
    const meta = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'));
    expect(meta).toBe(STRICT);
  });

  it('has no inline style or script of its own', async () => {
    const inline = await page.evaluate(() => ({
      styles: document.querySelectorAll('style').length,
      styleAttributes: [...document.querySelectorAll('[style]')].map((el) => el.localName),
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src && s.type !== 'application/json').length,
    }));
    expect(inline).toEqual({ styles: 0, styleAttributes: [], scripts: 0 });
  });

  it('reports no policy violation while every element loads and draws', async () => {
    expect(await violations()).toEqual([]);
    expect(consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
  });

  it('draws every element, none in its error state', async () => {
    const drawn = await page.evaluate(
      ({ tags, drawing }) =>
        [...document.querySelectorAll(tags.join(','))].map((el) => ({
          tag: el.localName,
          alert: el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
          drawn: (el.shadowRoot?.querySelectorAll(drawing[el.localName] ?? 'none').length ?? 0) > 0,
        })),
      { tags: TAGS, drawing: DRAWING },
    );
    expect(drawn.length).toBe(17);
    expect(drawn.filter((d) => d.alert !== null || !d.drawn)).toEqual([]);
  });

  it('uses its own stylesheet and script: the page is styled and the theme switch works', async () => {
    const maxWidth = await page.evaluate(() => getComputedStyle(document.body).maxWidth);
    expect(maxWidth).not.toBe('none');
    await page.click('#theme');
    const themes = await page.evaluate((tags) => [...new Set([...document.querySelectorAll(tags.join(','))].map((el) => el.getAttribute('theme')))], TAGS);
    expect(themes).toEqual(['dark']);
    expect(await violations()).toEqual([]);
  });

  it('would notice a violation: an inline style attribute set by script is reported', async () => {
    // The control that shows the listener works: the policy refuses a style attribute, and says so.
    await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0, undefined, { timeout: 5_000 });
    expect((await violations())[0]).toMatch(/^style-src-attr /);
    await page.evaluate(() => document.body.removeAttribute('style'));
  });
});
