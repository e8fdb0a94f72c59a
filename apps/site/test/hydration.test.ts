import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DISPLAY_ONLY, launch, waitForHydration, watchedPage } from './browser.js';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const origin = new URL(siteUrl).origin;
const TAGS = ['okr-tree', 'okr-card', 'okr-progress', 'kpi-gauge', 'kpi-trend', 'kpi-board'];
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The opening tags of the page's top-level elements (those outside any shadow root). */
function topLevelTags(html: string): string[] {
  const outside = html.replace(/<template shadowroot[\s\S]*?<\/template>/g, '');
  return [...outside.matchAll(new RegExp(`<(${TAGS.join('|')})\\b[^>]*>`, 'g'))].map((m) => m[0]);
}

describe('lazy hydration', () => {
  it('every server-rendered element waits with defer-hydration, so nothing runs before it is needed', async () => {
    for (const path of ['index.html', 'objectives/2026-q4/eco-leader/index.html', 'kpis/customer-satisfaction/index.html', 'alignment/2026-q4/index.html']) {
      const tags = topLevelTags(await readFile(join(siteDir, path), 'utf8'));
      expect(tags.length, path).toBeGreaterThan(0);
      expect(
        tags.filter((tag) => !/\sdefer-hydration[\s>=]/.test(tag)),
        path,
      ).toEqual([]);
    }
  });

  it('an element out of sight waits, its module unloaded, until the reader scrolls near it; it hydrates with the elements nested in it', async () => {
    const { page, problems } = await watchedPage(browser, origin, { viewport: { width: 360, height: 640 } });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^.*\//, ''));
    });
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    // The board sits far below a phone's first screen.
    const board = page.locator('kpi-board');
    expect(await board.evaluate((el) => el.getBoundingClientRect().top > 2 * window.innerHeight)).toBe(true);
    expect(await board.getAttribute('defer-hydration')).toBe('');
    expect(scripts.filter((s) => s.startsWith('kpi-board.'))).toEqual([]);
    await board.scrollIntoViewIfNeeded();
    await expect.poll(() => board.evaluate((el) => (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true)).toBe(true);
    expect(await board.getAttribute('defer-hydration')).toBeNull();
    expect(scripts.filter((s) => s.startsWith('kpi-board.'))).toHaveLength(1);
    const gauges = await board.evaluate((el) => [...(el.shadowRoot?.querySelectorAll('kpi-gauge') ?? [])].map((g) => (g as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true && !g.hasAttribute('defer-hydration')));
    expect(gauges.length).toBeGreaterThan(0);
    expect(gauges.every(Boolean)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('an element hydrates at once when the reader points at or focuses it, wherever it is', async () => {
    const { page, problems } = await watchedPage(browser, origin, { viewport: { width: 360, height: 640 } });
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    const board = page.locator('kpi-board');
    expect(await board.getAttribute('defer-hydration')).toBe('');
    // A synthetic event, so the page does not scroll: only the interaction can wake the board.
    await board.dispatchEvent('pointerover');
    await expect.poll(() => board.evaluate((el) => (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated === true)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('cards, progress bars and gauges stay as rendered, load no script and carry no inline data; the card title is a plain link', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^.*\//, ''));
    });
    // The home page's board draws gauges inside it, so only the KPI and objective pages show that no gauge script loads.
    const pages: [path: string, unloaded: RegExp][] = [
      ['', /^(okr-card|okr-progress)\.[\w-]+\.js$/],
      ['objectives/2026-q4/eco-leader/', /^(okr-card|okr-progress|kpi-gauge)\.[\w-]+\.js$/],
      ['kpis/customer-satisfaction/', /^(okr-card|okr-progress|kpi-gauge)\.[\w-]+\.js$/],
    ];
    for (const [path, unloaded] of pages) {
      scripts.length = 0;
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
      await waitForHydration(page);
      const still = await page.evaluate((tags) => [...document.querySelectorAll<HTMLElement & { hasUpdated?: boolean }>(tags.join(', '))].map((el) => el.hasAttribute('defer-hydration') && el.hasUpdated !== true), [...DISPLAY_ONLY] as string[]);
      expect(still.length, path).toBeGreaterThan(0);
      expect(still.every(Boolean), path).toBe(true);
      // Never hydrated, so their data stays out of the page: a gauge's would carry the KPI's whole series.
      const withData = await page.evaluate((tags) => document.querySelectorAll(tags.map((tag) => `${tag} > script[type="application/json"]`).join(', ')).length, [...DISPLAY_ONLY] as string[]);
      expect(withData, path).toBe(0);
      expect(scripts.length, path).toBeGreaterThan(0);
      expect(scripts.filter((s) => unloaded.test(s)), path).toEqual([]);
    }
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    const link = page.locator('okr-card').first().locator('a.title-link');
    const target = await link.getAttribute('href');
    expect(target).toMatch(/\/objectives\/[^/]+\/[^/]+\/$/);
    await Promise.all([page.waitForURL((url) => url.pathname === target), link.click()]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("loads an element's module only on pages that show that element", async () => {
    const { page } = await watchedPage(browser, origin);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${siteUrl}kpis/customer-satisfaction/`, { waitUntil: 'load' });
    await waitForHydration(page);
    const named = scripts.map((s) => s.replace(/^.*\//, ''));
    expect(named.some((s) => s.startsWith('kpi-trend.'))).toBe(true);
    expect(named.filter((s) => /^(okr-tree|okr-card|kpi-board)\./.test(s))).toEqual([]);
    await page.context().close();
  });
});
