/**
 * A small site under a base path and without site.url: the search finds its pages under the
 * base, and the feeds link with paths under it, keeping titles as text.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../src/node/index.js';
import { launch, onPreview } from './browser.js';

const TITLE = 'Ship <b>sturdy</b> kettles & "grow" ]]>';
const OBJECTIVE = `---
title: ${JSON.stringify(TITLE)}
owner: eve
key_results:
  - id: kettles
    title: Sell kettles
    start: 0
    target: 10
    unit: kettles
    checkins:
      - { date: 2026-10-20, value: 4, by: sam, note: "Kettles & <i>lids</i>" }
      - { date: 2026-11-02, value: 7, by: sam }
---
Aluminium kettles for every kitchen.
`;

let root: string;
let out: string;
let browser: Browser;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cairn-site-base-'));
  const goals = join(root, 'goals');
  await mkdir(join(goals, 'objectives/2026-q4/acme'), { recursive: true });
  await writeFile(join(goals, 'periods.yaml'), '- id: 2026-q4\n  name: Q4 2026\n  start: 2026-10-01\n  end: 2026-12-31\n');
  await writeFile(join(goals, 'teams.yaml'), '- id: acme\n  name: Acme\n');
  await writeFile(join(goals, 'cairn.config.yaml'), 'organisation: Acme\nas_of: 2026-11-15\n');
  await writeFile(join(goals, 'objectives/2026-q4/acme/kettles.md'), OBJECTIVE);
  out = join(root, 'site');
  await buildSite({ goalsDir: goals, outDir: out, base: '/goals/' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await rm(root, { recursive: true, force: true });
});

describe('under a base path, without site.url', () => {
  it('the search finds a page and links it under the base', async () => {
    await onPreview(browser, { outDir: out, base: '/goals/' }, async ({ page, problems, url }) => {
      await page.goto(`${url}search/?q=aluminium`, { waitUntil: 'networkidle' });
      const link = page.locator('[data-search-results] a').first();
      await link.waitFor();
      await expect(link.getAttribute('href')).resolves.toBe('/goals/objectives/2026-q4/kettles/');
      // The title is text in the result, as on the page: no <b> element comes from it.
      await expect(link.textContent()).resolves.toBe(TITLE);
      expect(await page.locator('[data-search-results] b').count()).toBe(0);
      expect(problems).toEqual([]);
    });
  });

  it('the feed links with paths under the base and reads the titles back exactly', async () => {
    const xml = await readFile(join(out, 'feed.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml) as {
      feed: { id: string; link: { '@_href': string }[]; entry: { title: { '#text': string }; link: { '@_href': string }[]; summary: { '#text': string } }[] };
    };
    expect(feed.id).toMatch(/^urn:uuid:/);
    expect(feed.link.map((l) => l['@_href'])).toEqual(['/goals/', '/goals/feed.xml']);
    expect(feed.entry.map((e) => e.title['#text'])).toEqual([`${TITLE} · Sell kettles: 4 kettles → 7 kettles`, `${TITLE} · Sell kettles: 0 kettles → 4 kettles`]);
    expect(feed.entry.map((e) => e.link[0]?.['@_href'])).toEqual(['/goals/objectives/2026-q4/kettles/#kr-kettles', '/goals/objectives/2026-q4/kettles/#kr-kettles']);
    expect(feed.entry[1]?.summary['#text']).toContain('Note: Kettles & <i>lids</i>.');
    const team = await readFile(join(out, 'teams/acme/feed.xml'), 'utf8');
    expect(team).toContain('<link rel="self" type="application/atom+xml" href="/goals/teams/acme/feed.xml"/>');
    const headers = await readFile(join(out, '_headers'), 'utf8');
    expect(headers).toContain('/goals/search/\n');
  });
});

describe('where pagefind cannot run', () => {
  it('builds the site without search and says so in its progress', async () => {
    const pagefind = await import('pagefind');
    // pagefind keeps one program running per process; it starts again, from this path, on the next index.
    await pagefind.close();
    process.env.PAGEFIND_EXTENDED_BINARY_PATH = join(root, 'no-such-pagefind');
    const lines: string[] = [];
    const printed: unknown[][] = [];
    const unsearched = join(root, 'unsearched');
    const error = console.error;
    console.error = (...args: unknown[]) => printed.push(args);
    try {
      await buildSite({ goalsDir: join(root, 'goals'), outDir: unsearched, log: (line) => lines.push(line) });
    } finally {
      console.error = error;
      delete process.env.PAGEFIND_EXTENDED_BINARY_PATH;
      await pagefind.close();
    }
    // One line that names the cause, and no stack traces from pagefind's service in the terminal.
    expect(lines).toContain(
      `Wrote no search index: pagefind could not run (spawn ${join(root, 'no-such-pagefind')} ENOENT); the search page will say search is not available`,
    );
    expect(printed).toEqual([]);
    expect(lines.at(-1)).toMatch(/^Wrote \d+ pages/);
    await expect(readFile(join(unsearched, 'search/index.html'), 'utf8')).resolves.toContain('Search needs JavaScript');
    await expect(readFile(join(unsearched, 'pagefind/pagefind.js'))).rejects.toThrow(/ENOENT/);
    expect(await readFile(join(unsearched, '_headers'), 'utf8')).not.toContain('search/');
  });
});
