import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, unhydrated, waitForHydration, watchedPage } from './browser.js';
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

/** The rules of axe-core's default set whose outcome depends on colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

// Each kind loads its page once: the waits for loading and hydration overlap across kinds, and
// dark mode is checked by switching the page's colour scheme rather than loading it again.
describe('every page kind', () => {
  for (const [kind, path] of Object.entries(PAGE_KINDS)) {
    it(`${kind} loads and hydrates with no console error, no CSP violation and no request to another origin, and axe finds nothing in light or dark mode`, async ({ expect }) => {
      const { page, problems, foreign } = await watchedPage(browser, origin, { colorScheme: 'light' });
      const response = await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      // Hydrated elements have left their declarative template and run their own update; they do so lazily, after load.
      await waitForHydration(page);
      expect(await unhydrated(page)).toEqual([]);
      const light = await axeViolations(page, 'light');
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      // Only colours change with the scheme, so in dark mode only the rules about colour can find something new.
      const dark = await axeViolations(page, 'dark', COLOUR_RULES);
      expect([...light, ...dark]).toEqual([]);
      expect(problems).toEqual([]);
      expect(foreign).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the accessibility check itself', () => {
  it('finds a problem planted in the light DOM and one inside an element’s shadow root', async () => {
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}${PAGE_KINDS.kpi}`, { waitUntil: 'load' });
    await waitForHydration(page);
    await page.evaluate(() => {
      const unlabelled = () => Object.assign(document.createElement('input'), { type: 'text', id: 'planted' });
      document.querySelector('main')?.append(unlabelled());
      document.querySelector('kpi-trend')?.shadowRoot?.append(unlabelled());
    });
    const found = await axeViolations(page, 'planted');
    // One rule broken at two places; a node in a shadow root is named by its host, then by its selector inside.
    expect(found).toEqual([expect.stringMatching(/^planted label: /)]);
    expect(found[0]?.replace('planted label: ', '').split(', ').sort()).toEqual(['#planted', 'kpi-trend,#planted']);
    await page.context().close();
  });
});

describe('addresses and the keyboard', () => {
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
  for (const javaScriptEnabled of [true, false]) {
    it(`no page scrolls sideways on a 360 px phone (JavaScript ${javaScriptEnabled ? 'on, elements hydrated' : 'off'})`, async () => {
      const { page } = await watchedPage(browser, origin, { viewport: { width: 360, height: 740 }, javaScriptEnabled });
      const wide: string[] = [];
      for (const [kind, path] of Object.entries(PAGE_KINDS)) {
        await page.goto(`${siteUrl}${path}`, { waitUntil: 'load' });
        if (javaScriptEnabled) await waitForHydration(page);
        const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
        if (width > 360) wide.push(`${kind}: ${width}px`);
      }
      expect(wide).toEqual([]);
      await page.context().close();
    });
  }
});

describe('tables', () => {
  it('never break a one-word cell or a date across lines, on a phone or a desktop', async () => {
    for (const width of [360, 1280]) {
      const { page } = await watchedPage(browser, origin, { viewport: { width, height: 800 } });
      await page.goto(siteUrl, { waitUntil: 'load' });
      const broken = await page.evaluate(() =>
        [...document.querySelectorAll('main td')]
          .filter((cell) => /^\S+$/.test(cell.textContent?.trim() ?? '') || cell.querySelector('time'))
          .filter((cell) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
          })
          .map((cell) => cell.textContent?.trim()),
      );
      expect({ width, broken }).toEqual({ width, broken: [] });
      await page.context().close();
    }
  });

  it('keep an objective’s title readable on a phone: each objective stacks as a card, the title does not shrink to a word per line', async () => {
    const { page } = await watchedPage(browser, origin, { viewport: { width: 360, height: 800 } });
    await page.goto(`${siteUrl}${PAGE_KINDS.period}`, { waitUntil: 'load' });
    const widths = await page.locator('table.objectives th[scope="row"]').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(5);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(180);
    // The page itself still does not scroll sideways.
    expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});

describe('print', () => {
  it('prints a period page as a report: no navigation, filters or theme switch, every objective kept', async () => {
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}periods/2026-q4/`, { waitUntil: 'load' });
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

describe('the theme', () => {
  it('Light picked without JavaScript on a dark system reaches the elements nested inside others', async () => {
    const { page } = await watchedPage(browser, origin, { colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(`${siteUrl}`);
    const looks = () =>
      page.evaluate(() => {
        const board = document.querySelector('kpi-board');
        const card = document.querySelector('okr-card');
        const gauge = board?.shadowRoot?.querySelector('kpi-gauge');
        const bar = card?.shadowRoot?.querySelector('okr-progress');
        if (!gauge || !bar) throw new Error('no nested kpi-gauge or okr-progress');
        return { page: getComputedStyle(document.body).backgroundColor, gauge: getComputedStyle(gauge).color, bar: getComputedStyle(bar).color, barBackground: getComputedStyle(bar).backgroundColor };
      });
    const dark = await looks();
    await page.locator('label[for="theme-light"]').click();
    const light = await looks();
    // The light palette's ink (--cairn-fg) and background (--cairn-bg), computed.
    expect(light).toEqual({ page: 'rgb(255, 255, 255)', gauge: 'rgb(31, 35, 40)', bar: 'rgb(31, 35, 40)', barBackground: 'rgb(255, 255, 255)' });
    expect(dark.gauge).not.toBe(light.gauge);
    expect(dark.barBackground).not.toBe(light.barBackground);
    await page.context().close();
  });

  it('with JavaScript, the theme picked is remembered on the next page', async () => {
    const { page } = await watchedPage(browser, origin, { colorScheme: 'light' });
    await page.goto(`${siteUrl}`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.locator('label[for="theme-dark"]').click();
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.goto(`${siteUrl}kpis/`, { waitUntil: 'load' });
    await expect.poll(() => page.locator('#theme-dark').isChecked()).toBe(true);
    expect(await background()).toBe(dark);
    await page.context().close();
  });

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
