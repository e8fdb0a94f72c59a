/**
 * The snippet the API page gives, used as its readers will: pasted into an intranet page on
 * another origin under a strict policy, with the KPI file swapped for one of their own. Every
 * KPI with links (one that drives or is driven by others, whose file holds those too) must show
 * itself, not "The data holds several KPIs".
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Snapshot } from '@cairn/core';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, watchedPage } from './browser.js';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const snapshot = JSON.parse(inject('snapshotJson')) as Snapshot;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const unescapeHtml = (html: string): string =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** The snippet as the API page shows it, its published origin swapped for where the test serves the site. */
async function snippet(): Promise<string> {
  const page = await readFile(join(siteDir, 'api/index.html'), 'utf8');
  const shown = /<pre><code>([\s\S]*?)<\/code><\/pre>/.exec(page)?.[1];
  if (!shown) throw new Error('the API page shows no snippet');
  const published = snapshot.site.url ? new URL(snapshot.site.url).origin : '';
  return unescapeHtml(shown).replaceAll(`${published}/`, siteUrl);
}

describe('the API page’s embed snippet', () => {
  it('names no source map in the bundle it points at: the site publishes the bundle alone', async () => {
    const bundle = await readFile(join(siteDir, 'elements/cairn-elements.js'), 'utf8');
    expect(bundle).not.toMatch(/sourceMappingURL/);
  });

  it('works from another origin for every KPI with links, with no kpi attribute, as the docs say', async () => {
    const code = await snippet();
    const gauge = /<kpi-gauge src="([^"]*\/api\/v1\/kpis\/)[^"/]+\.json"><\/kpi-gauge>/.exec(code);
    expect(gauge, code).not.toBeNull();
    const linked = snapshot.kpis.filter((k) => k.drives.length + k.drivenBy.length > 0);
    expect(linked.length).toBeGreaterThan(5);
    // The reader's own KPI in place of the example's, one gauge each.
    const gauges = linked.map((k) => `<kpi-gauge id="${k.id}" src="${gauge?.[1]}${k.id}.json"></kpi-gauge>`).join('\n');
    const origin = new URL(siteUrl).origin;
    const intranet = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.setHeader('Content-Security-Policy', `default-src 'self'; script-src 'self' ${origin}; style-src 'self'; connect-src 'self' ${origin}`);
      response.end(`<!doctype html><html lang="en-GB"><title>Intranet</title>\n${code}\n${gauges}`);
    });
    await new Promise<void>((done) => intranet.listen(0, '127.0.0.1', done));
    try {
      const { port } = intranet.address() as AddressInfo;
      const { page, problems } = await watchedPage(browser, `http://127.0.0.1:${port}`);
      await page.goto(`http://127.0.0.1:${port}/`);
      const states = (): Promise<string[]> =>
        page.evaluate(() =>
          [...document.querySelectorAll('kpi-gauge, okr-tree')].map((el) =>
            `${el.id || el.localName} ${el.getAttribute('state')} ${(el as HTMLElement & { error: string | null }).error ?? ''}`.trim(),
          ),
        );
      const settled = (list: string[]): boolean => list.length > 0 && list.every((s) => / (ready|error)/.test(s));
      await expect.poll(async () => settled(await states()), { timeout: 20_000 }).toBe(true);
      expect(await states()).toEqual([`kpi-gauge ready`, 'okr-tree ready', ...linked.map((k) => `${k.id} ready`)]);
      // A KPI whose values are not published is drawn as an image named "<title>: …", not as a meter.
      const labels = await page.locator('kpi-gauge[id] [part="gauge"]').evaluateAll((figures) => figures.map((f) => f.getAttribute('aria-label')?.split(':')[0]));
      expect(labels).toEqual(linked.map((k) => k.title));
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await new Promise((done) => intranet.close(done));
    }
  });
});
