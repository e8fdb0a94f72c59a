import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchedPage } from './browser.js';
import { PAGE_KINDS } from './page-kinds.js';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('every page kind', () => {
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    it(`${kind} loads and hydrates with no console error, no CSP violation and no request to another origin`, async () => {
      const { page, problems, foreign } = await watchedPage(browser, origin);
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      // Hydrated elements have left their declarative template and run their own update.
      const pending = await page.evaluate(() =>
        [...document.querySelectorAll('okr-tree, okr-card, okr-progress, kpi-gauge, kpi-trend, kpi-board')].filter((el) => !(el as HTMLElement & { hasUpdated?: boolean }).hasUpdated).length,
      );
      expect(pending).toBe(0);
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }

  it('an unknown address gets the 404 page, with status 404', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    const response = await page.goto(`${siteUrl}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    // The browser logs the 404 of the page itself; nothing else may fail.
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
    await page.context().close();
  });

  it('the skip link is the first thing the keyboard reaches and moves focus to the content', async () => {
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}periods/2026-q4/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => location.hash)).resolves.toBe('#main');
    await page.context().close();
  });
});

describe('small screens', () => {
  it('no page is wider than a 360 px phone', async () => {
    const { page } = await watchedPage(browser, origin, { viewport: { width: 360, height: 740 } });
    const wide: string[] = [];
    for (const [kind, path] of Object.entries(PAGE_KINDS)) {
      await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${kind}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints a period page as a report: no navigation, filters or theme switch, every objective kept', async () => {
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}periods/2026-q4/`, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header') as Element).display,
      filters: getComputedStyle(document.querySelector('.filters') as Element).display,
      rows: [...document.querySelectorAll('tr[data-objective]')].filter((row) => getComputedStyle(row).display !== 'none').length,
      all: document.querySelectorAll('tr[data-objective]').length,
    }));
    expect(shown.header).toBe('none');
    expect(shown.filters).toBe('none');
    expect(shown.rows).toBe(shown.all);
    expect(shown.all).toBeGreaterThan(5);
    await page.context().close();
  });
});

describe('accessibility (axe-core)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [kind, path] of Object.entries(PAGE_KINDS)) {
      it(`${kind} in ${scheme} mode has no violations`, async () => {
        const { page } = await watchedPage(browser, origin, { colorScheme: scheme });
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the theme radios switch to dark without JavaScript', async () => {
    const { page } = await watchedPage(browser, origin, { colorScheme: 'light', javaScriptEnabled: false });
    await page.goto(`${siteUrl}`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('label[for="theme-dark"]').click();
    expect(await background()).not.toBe(light);
    await page.context().close();
  });
});
