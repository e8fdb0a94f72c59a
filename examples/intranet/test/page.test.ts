import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- the example's server is plain JavaScript, on purpose
import { startServer } from '../serve.mjs';

const TAGS = ['kpi-gauge', 'kpi-trend', 'kpi-board', 'okr-progress', 'okr-card', 'okr-tree'];

let server: Server;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  server = (await startServer(0)) as Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(`http://127.0.0.1:${port}/`);
  // Every element has rendered once it has a shadow root with content and none shows the
  // loading message (part="status"; live regions that announce changes may stay).
  await page.waitForFunction((tags) => {
    const all = [...document.querySelectorAll(tags.join(','))];
    return all.length > 0 && all.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0 && !el.shadowRoot.querySelector('.state[part="status"]'));
  }, TAGS, { timeout: 20_000 });
}, 40_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('the intranet example page', () => {
  it('shows every element, each the documented ways', async () => {
    const counts = await page.evaluate((tags) => Object.fromEntries(tags.map((tag) => [tag, document.querySelectorAll(tag).length])), TAGS);
    expect(counts).toEqual({ 'kpi-gauge': 3, 'kpi-trend': 3, 'kpi-board': 2, 'okr-progress': 4, 'okr-card': 2, 'okr-tree': 3 });
  });

  it('renders every element without an error state or a console error', async () => {
    const alerts = await page.evaluate((tags) =>
      [...document.querySelectorAll(tags.join(','))].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map((a) => `${el.localName}: ${a.textContent}`)), TAGS);
    expect(alerts).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('shows the demo data: the uptime gauge read through src', async () => {
    const label = await page.evaluate(() => document.querySelector('kpi-gauge[kpi="uptime"]')?.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-label'));
    expect(label).toBe('Web shop uptime');
  });

  it('draws a chart in every trend, a meter in every gauge and rows in every tree', async () => {
    const drawn = await page.evaluate(() => ({
      trends: [...document.querySelectorAll('kpi-trend')].map((el) => el.shadowRoot?.querySelectorAll('svg path').length ?? 0),
      gauges: [...document.querySelectorAll('kpi-gauge')].map((el) => el.shadowRoot?.querySelectorAll('[role="meter"]').length ?? 0),
      trees: [...document.querySelectorAll('okr-tree')].map((el) => el.shadowRoot?.querySelectorAll('[role="treeitem"]').length ?? 0),
    }));
    expect(drawn.trends.every((paths) => paths > 0)).toBe(true);
    expect(drawn.gauges).toEqual([1, 1, 1]);
    expect(drawn.trees.every((items) => items > 0)).toBe(true);
  });

  it('switches every element to the dark theme', async () => {
    await page.click('#theme');
    const themes = await page.evaluate((tags) => [...new Set([...document.querySelectorAll(tags.join(','))].map((el) => el.getAttribute('theme')))], TAGS);
    expect(themes).toEqual(['dark']);
  });
});
