import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Snapshot } from '@cairn/core';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, watchedPage } from './browser.js';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const snapshot = JSON.parse(inject('snapshotJson')) as Snapshot;
const origin = new URL(siteUrl).origin;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

// Search runs pagefind's WebAssembly and fetches its index and fragments: on a busy machine that takes seconds, not vitest's default one.
const SEARCH_WAIT = { timeout: 15_000 };

const meta = (html: string): string => /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('the search index', () => {
  it('holds every objective, KPI and team page and no other page', async () => {
    const entry = JSON.parse(await readFile(join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const pages = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
    expect(pages).toBe(snapshot.objectives.length + snapshot.kpis.length + snapshot.teams.length);
    const objective = await readFile(join(siteDir, 'objectives/2026-q4/eco-leader/index.html'), 'utf8');
    expect(objective).toMatch(/<main id="main" tabindex="-1" data-pagefind-body/);
    const period = await readFile(join(siteDir, 'periods/2026-q4/index.html'), 'utf8');
    expect(period).not.toContain('data-pagefind-body');
    // Only what the search page runs is published: pagefind's own ready-made interfaces are left out.
    const bundle = await readdir(join(siteDir, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    expect(bundle.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });

  it('indexes what a page says, not its furniture: no figures note or edit links in any excerpt', async () => {
    const folder = join(siteDir, 'pagefind/fragment');
    const fragments = await Promise.all((await readdir(folder)).map(async (name) => gunzipSync(await readFile(join(folder, name))).toString('utf8')));
    expect(fragments.length).toBe(snapshot.objectives.length + snapshot.kpis.length + snapshot.teams.length);
    const all = fragments.join('\n');
    expect(all).toContain(snapshot.objectives[0]?.title ?? 'no objective');
    for (const furniture of ['How to read these figures', 'Scores and forecasts run from', 'Edit this file', 'Propose a check-in']) expect(all).not.toContain(furniture);
  });

  it('only the search page may run WebAssembly, in its meta tag and in _headers', async () => {
    const search = meta(await readFile(join(siteDir, 'search/index.html'), 'utf8'));
    const home = meta(await readFile(join(siteDir, 'index.html'), 'utf8'));
    expect(search).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(search).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(search.replace(" 'wasm-unsafe-eval'", '')).toBe(home);
    expect(home).not.toContain('wasm');
    const headers = await readFile(join(siteDir, '_headers'), 'utf8');
    expect(headers).toContain(`/search/\n  ! Content-Security-Policy\n  Content-Security-Policy: ${search}; frame-ancestors 'self'\n`);
  });
});

describe('the search page', () => {
  it('finds a demo objective by a word of its title and opens its page, with no error or CSP violation', async () => {
    const { page, problems, foreign } = await watchedPage(browser, origin);
    const response = await page.goto(`${siteUrl}search/`, { waitUntil: 'networkidle' });
    // The preview serves _headers: the search page gets its own policy as a header too.
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    await expect(page.locator('[data-search-fallback]').isHidden()).resolves.toBe(true);
    await page.getByLabel('Search objectives, KPIs and teams').fill('eco');
    const result = page.locator('[data-search-results] a[href="/objectives/2026-q4/eco-leader/"]');
    await result.waitFor();
    await expect(result.textContent()).resolves.toBe('Become a market leader in eco-friendly products');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? for “eco”\.$/);
    // The matched words are marked; nothing else of the excerpt is markup.
    expect(await page.locator('[data-search-results] p mark').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-search-results] p *:not(mark)').count()).toBe(0);
    expect(page.url()).toBe(`${siteUrl}search/?q=eco`);
    await result.click();
    await page.waitForURL(`${siteUrl}objectives/2026-q4/eco-leader/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Become a market leader in eco-friendly products');
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('lists 20 results at a time: "Show more" adds the next ones and the keyboard goes on from the first of them', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}search/?q=the`, { waitUntil: 'networkidle' });
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), SEARCH_WAIT).toMatch(/^\d+ results for “the”, the first 20 shown\.$/);
    const total = Number(/^(\d+)/.exec((await status.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(20);
    const items = page.locator('[data-search-results] > li');
    expect(await items.count()).toBe(20);
    const more = page.locator('[data-search-more]');
    expect(await more.textContent()).toBe(`Show ${Math.min(20, total - 20)} more results`);
    await more.click();
    await expect.poll(() => items.count(), SEARCH_WAIT).toBe(Math.min(40, total));
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('[data-search-results] > li')[20]?.querySelector('a'))).toBe(true);
    for (let listed = 40; listed < total; listed += 20) {
      await more.click();
      await expect.poll(() => items.count(), SEARCH_WAIT).toBe(Math.min(listed + 20, total));
    }
    expect(await more.isHidden()).toBe(true);
    expect(await status.textContent()).toBe(`${total} results for “the”.`);
    // Every result is listed once.
    const hrefs = await page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(total);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the header search box leads to the results, and a KPI and a team are found too', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}kpis/`, { waitUntil: 'networkidle' });
    await page.getByRole('search', { name: 'Site search' }).getByRole('searchbox').fill('uptime');
    await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(`${siteUrl}search/?q=uptime`);
    const kpi = snapshot.kpis.find((k) => k.id === 'uptime');
    if (!kpi) throw new Error('the demo has no uptime KPI');
    await page.locator('[data-search-results] a[href="/kpis/uptime/"]').waitFor();
    await expect(page.getByLabel('Search objectives, KPIs and teams').inputValue()).resolves.toBe('uptime');
    await page.getByLabel('Search objectives, KPIs and teams').fill('fulfilment');
    await page.locator('[data-search-results] a[href="/teams/fulfilment/"]').waitFor();
    await page.getByLabel('Search objectives, KPIs and teams').fill('zzzqqxnothing');
    await expect.poll(() => page.locator('[data-search-status]').textContent(), SEARCH_WAIT).toBe('Nothing found for “zzzqqxnothing”.');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('names each result by its title alone, and its excerpt never runs a label into a figure', async () => {
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}search/?q=retail`, { waitUntil: 'networkidle' });
    await page.locator('[data-search-results] li').first().waitFor();
    const results = await page.locator('[data-search-results] li').evaluateAll((items) =>
      items.map((li) => ({ href: li.querySelector('a')?.getAttribute('href') ?? '', title: li.querySelector('a')?.textContent ?? '', excerpt: li.querySelector('p')?.textContent ?? '' })),
    );
    const titles = new Map<string, string>([
      ...snapshot.objectives.map((o) => [`/objectives/${o.period}/${o.id}/`, o.title] as const),
      ...snapshot.kpis.map((k) => [`/kpis/${k.id}/`, k.title] as const),
      ...snapshot.teams.map((t) => [`/teams/${t.id}/`, t.name] as const),
    ]);
    // The demo's retail objectives include a committed one, whose heading also carries a "Committed" badge.
    expect(results.some((r) => snapshot.objectives.some((o) => o.kind === 'committed' && r.href === `/objectives/${o.period}/${o.id}/`))).toBe(true);
    expect(results.filter((r) => r.title !== titles.get(r.href))).toEqual([]);
    expect(results.filter((r) => /(Score|Grade|Status|Progress|Current|Target|Forecast|Confidence)[\d(A-Z]/.test(r.excerpt))).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript says search needs it and links to the periods, KPIs and teams', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}search/?q=eco`);
    await expect(page.locator('[data-search-fallback]').textContent()).resolves.toMatch(/^\s*Search needs JavaScript/);
    expect(await page.locator('[data-search-fallback] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/periods/', '/kpis/', '/teams/']);
    await expect(page.locator('[data-search-form]').isHidden()).resolves.toBe(true);
    await page.context().close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`with results, in ${scheme} mode, has no axe violations`, async () => {
      const { page, problems } = await watchedPage(browser, origin, { colorScheme: scheme });
      await page.goto(`${siteUrl}search/?q=eco`, { waitUntil: 'networkidle' });
      await page.locator('[data-search-results] li').first().waitFor();
      expect(await axeViolations(page, scheme)).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
