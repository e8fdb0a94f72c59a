import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, OutDirError, SiteDataError } from '../src/node/index.js';
import { launch, onPreview } from './browser.js';

let root: string;
let browser: Browser;

const PERIODS = '- id: 2026-q4\n  name: Q4 2026\n  start: 2026-10-01\n  end: 2026-12-31\n';
const TEAMS = '- id: acme\n  name: Acme\n';
const HOSTILE = `---
title: Hostile <b>title</b> <script>window.pwned = 1</script>
owner: eve
key_results:
  - id: kr1
    title: <img src=x onerror="window.pwned = 2">
    start: 0
    target: 10
    unit: <i>u</i>
    checkins:
      - { date: 2026-10-20, value: 4, note: "<script>window.pwned = 8</script>" }
retrospective: |
  <script>window.pwned = 9</script>

  [learn](javascript:window.pwned=10) what we **learned**
---
<script>window.pwned = 3</script>

<img src="x" onerror="window.pwned = 4">

[click](javascript:window.pwned=5) [data](data:text/html,hi) [web](https://example.com/) [mail](mailto:a@example.com) [relative](../other/)

<a href="https://example.com/" onclick="window.pwned = 6" style="color: red">raw link</a>

<div onmouseover="window.pwned = 7">hover</div>

Plain **bold** text.
`;

async function goalsFolder(name: string, objective: string): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, 'objectives/2026-q4/acme'), { recursive: true });
  await writeFile(join(dir, 'periods.yaml'), PERIODS);
  await writeFile(join(dir, 'teams.yaml'), TEAMS);
  await writeFile(join(dir, 'cairn.config.yaml'), 'organisation: Acme\nas_of: 2026-11-15\n');
  await writeFile(join(dir, 'objectives/2026-q4/acme/goal.md'), objective);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cairn-site-build-'));
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
  await rm(root, { recursive: true, force: true });
});

/** A KPI whose values the public site leaves out, and the company's own site shows. */
const HIDDEN_KPI = 'title: Monthly revenue\nunit: EUR\ndirection: increase\ntarget: 2600000\nvalues: hidden\nmeasurements:\n  - { date: 2026-10-31, value: 2450000 }\n';

const STEPPED_KPI = 'title: Orders a day\nunit: orders\nfrequency: weekly\ntarget:\n  - { from: 2026-01-01, value: 70 }\n  - { from: 2026-11-01, value: 90 }\ncritical: 50\nmeasurements:\n  - { date: 2026-10-18, value: 78 }\n  - { date: 2026-10-25, value: 80 }\n';

describe('a small goals folder built for the company (internal audience)', () => {
  let out: string;
  beforeAll(async () => {
    const goals = await goalsFolder('hostile', HOSTILE);
    await mkdir(join(goals, 'kpis'));
    await writeFile(join(goals, 'kpis/revenue.yaml'), HIDDEN_KPI);
    // A stepped target whose new step came into force after the latest measurement.
    await writeFile(join(goals, 'kpis/orders.yaml'), STEPPED_KPI);
    // A large organisation: the company, 3 divisions and 20 squads in each.
    const divisions = [1, 2, 3].map((d) => `- id: division-${d}\n  name: Division ${d}\n  parent: acme\n${Array.from({ length: 20 }, (_, q) => `- id: squad-${d}-${q + 1}\n  name: Squad ${d}.${q + 1}\n  parent: division-${d}\n`).join('')}`);
    await writeFile(join(goals, 'teams.yaml'), `${TEAMS}${divisions.join('')}`);
    // Enough owners that their filter links start folded on the period page.
    for (let n = 1; n <= 31; n += 1) {
      await writeFile(join(goals, `objectives/2026-q4/acme/owned-${n}.md`), `---\ntitle: Objective of owner ${n}\nowner: owner-${n}\nkey_results:\n  - id: a\n    title: A\n    start: 0\n    target: 2\n---\n`);
    }
    out = join(root, 'hostile-site');
    await buildSite({ goalsDir: goals, outDir: out, audience: 'internal' });
  });

  it('lists a large organisation’s teams with the levels below the first folded, each link a click away', async () => {
    const html = await readFile(join(out, 'teams/index.html'), 'utf8');
    // Every team is listed and linked, folded or not: without JavaScript, summary opens its details.
    for (const team of ['acme', 'division-2', 'squad-3-20']) expect(html).toContain(`href="/teams/${team}/"`);
    await onPreview(browser, { outDir: out }, async ({ page, problems, url }) => {
      await page.goto(`${url}teams/`);
      expect(await page.getByRole('link', { name: 'Division 2', exact: true }).isVisible()).toBe(true);
      const squad = page.getByRole('link', { name: 'Squad 2.7', exact: true });
      expect(await squad.isVisible()).toBe(false);
      const folded = page.locator('.team-tree details summary');
      expect(await folded.allTextContents()).toEqual(['20 teams below', '20 teams below', '20 teams below']);
      await folded.nth(1).click();
      expect(await squad.isVisible()).toBe(true);
      await squad.click();
      await page.waitForURL(`${url}teams/squad-2-7/`);
      expect(problems).toEqual([]);
    }, { javaScriptEnabled: false });
  });

  it('folds a long list of filter links, so the objectives come first; a link in it still filters in place and brings the objectives into view', async () => {
    await onPreview(browser, { outDir: out }, async ({ page, problems, url }) => {
      await page.setViewportSize({ width: 360, height: 240 });
      await page.goto(`${url}periods/2026-q4/`, { waitUntil: 'networkidle' });
      const owners = page.locator('details[data-filter-group="owner"]');
      expect(await owners.getAttribute('open')).toBeNull();
      expect(await owners.locator('summary').textContent()).toBe('Choose one of 32');
      // The one team's link is short enough to stay open.
      expect(await page.locator('details[data-filter-group="team"]').count()).toBe(0);
      const count = page.locator('[data-filter-count]');
      expect(await count.textContent()).toBe('32 of 32 objectives shown');
      await owners.locator('summary').click();
      await owners.getByRole('link', { name: 'owner-1', exact: true }).click();
      await page.waitForURL(`${url}periods/2026-q4/owner/owner-1/`);
      expect(await count.textContent()).toBe('1 of 32 objectives shown (owner owner-1)');
      const box = await count.boundingBox();
      expect(box && box.y > -1 && box.y < 240, JSON.stringify(box)).toBe(true);
      expect(await page.locator('tr[data-objective]:not([hidden])').allTextContents()).toEqual([expect.stringContaining('Objective of owner 1')]);
      expect(problems).toEqual([]);
    });
  });

  it('says when a time-bound target came into force after the latest measurement, which is judged by the target of its day', async () => {
    const html = await readFile(join(out, 'kpis/orders/index.html'), 'utf8');
    const sentence = /<span data-newer-target>([\s\S]*?)<\/span>\.?\s*<\/p>/.exec(html)?.[0] ?? '';
    expect(sentence.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()).toBe(
      'The target is 90 orders from 1 Nov 2026; the latest measurement (25 Oct 2026) is judged against the target of its day.',
    );
  });

  it('shows the values of a KPI marked values: hidden: the company may read them', async () => {
    const html = await readFile(join(out, 'kpis/revenue/index.html'), 'utf8');
    expect(html).not.toContain('data-values-hidden');
    expect(html).toMatch(/data-figure="latest">€2,450,000</);
    expect(html).toMatch(/data-figure="target">€2,600,000</);
    expect(html).not.toContain('Not published');
  });

  it('renders a hostile narrative and retrospective inert: no script runs, no handler, style or javascript: link survives, titles stay text', async () => {
    await onPreview(browser, { outDir: out }, async ({ page, url }) => {
      await page.goto(`${url}objectives/2026-q4/goal/`, { waitUntil: 'networkidle' });
      // The sanitiser may keep the text and drop the handler, or drop the element: hover it only if it is there.
      const hover = page.getByText('hover', { exact: true });
      if ((await hover.count()) > 0) await hover.hover({ timeout: 5_000 });
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(await page.locator('h1').textContent()).toContain('Hostile <b>title</b> <script>window.pwned = 1</script>');
      const found = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          inlineScripts: document.querySelectorAll('script:not([src]):not([type="application/json"])').length,
          handlers: all.filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
          styles: all.filter((el) => el.hasAttribute('style')).length,
          images: document.querySelectorAll('.narrative img').length,
          links: [...document.querySelectorAll('.narrative a')].map((a) => a.getAttribute('href')),
          bold: document.querySelector('.narrative strong')?.textContent,
          retrospective: document.querySelector('.retrospective')?.textContent?.replace(/\s+/g, ' ').trim(),
        };
      });
      expect(found).toEqual({
        inlineScripts: 0,
        handlers: 0,
        styles: 0,
        images: 0,
        // The retrospective is markdown through the same sanitiser: its javascript: link loses its href too.
        links: [null, null, 'https://example.com/', 'mailto:a@example.com', '../other/', null],
        bold: 'bold',
        retrospective: 'Retrospective learn what we learned',
      });
    });
  });
});

describe('buildSite', () => {
  it('fails on a broken goals folder with SiteDataError and leaves the old site untouched', async () => {
    const goals = await goalsFolder('broken', '---\ntitle: A goal\nkey_results:\n  - title: Ship it\n    start: 0\n    target: 2\n---\n');
    const out = join(root, 'broken-site');
    const first = await buildSite({ goalsDir: goals, outDir: out });
    expect(first.pages).toBeGreaterThan(5);
    const before = await readFile(join(out, 'index.html'), 'utf8');
    const listing = (await readdir(out, { recursive: true })).sort();
    await writeFile(join(goals, 'objectives/2026-q4/acme/goal.md'), '---\ntitle: A goal\nparent: no-such-goal\nkey_results:\n  - title: Ship it\n    start: 0\n    target: 2\n---\n');
    const failure = await buildSite({ goalsDir: goals, outDir: out }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(SiteDataError);
    const error = failure as SiteDataError;
    const problem = error.problems.find((p) => p.severity === 'error');
    expect(problem?.file).toBe('objectives/2026-q4/acme/goal.md');
    expect(problem?.line).toBe(3);
    expect(error.message).toBe(`${goals} has 1 error; the site is not built (first: objectives/2026-q4/acme/goal.md:3:9 ${problem?.message})`);
    expect(error.texts.get('objectives/2026-q4/acme/goal.md')).toContain('no-such-goal');
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe(before);
    expect((await readdir(out, { recursive: true })).sort()).toEqual(listing);
    // Nothing is left beside it: no half-built folder.
    expect((await readdir(root)).filter((name) => name.includes('building'))).toEqual([]);
  });

  it('refuses an output folder whose replacement would lose anything but a site, before it reads or writes a thing', async () => {
    const goals = await goalsFolder('refused', '---\ntitle: A goal\n---\n');
    const mine = join(root, 'mine');
    await mkdir(mine);
    await writeFile(join(mine, 'notes.txt'), 'keep me');
    const file = join(root, 'file.txt');
    await writeFile(file, 'keep me too');
    await symlink(mine, join(root, 'link'));
    const cases: [string, string][] = [
      [goals, `${goals} is the goals folder; a build replaces its whole output folder, so give one of its own, such as ${join(goals, 'site')}`],
      [root, `${root} holds the goals folder; a build replaces its whole output folder, so give one of its own, such as ${join(root, 'refused-site')}`],
      [join(goals, 'objectives'), `${join(goals, 'objectives')} is the goals' objectives/ folder, where its files would be read as goals; give a folder outside objectives/, such as site`],
      [join(goals, 'kpis', 'site'), `${join(goals, 'kpis', 'site')} is inside the goals' kpis/ folder, where its files would be read as goals; give a folder outside kpis/, such as site`],
      [file, `${file} is a file; a build writes a folder there and replaces what is there: give a new folder, or one a previous build wrote`],
      [join(root, 'link'), `${join(root, 'link')} is a link; a build replaces its output folder, so give the folder itself or a new one`],
      [mine, `${mine} holds files no Cairn build wrote (it has no api/v1/snapshot.json); a build replaces its whole output folder, so give a new or empty folder, or one a previous build wrote`],
    ];
    const before = (await readdir(root, { recursive: true })).sort();
    for (const [outDir, message] of cases) {
      const error = await buildSite({ goalsDir: goals, outDir }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, outDir).toBeInstanceOf(OutDirError);
      expect((error as Error).message).toBe(message);
    }
    expect((await readdir(root, { recursive: true })).sort()).toEqual(before);
    expect(await readFile(join(mine, 'notes.txt'), 'utf8')).toBe('keep me');
    expect(await readFile(file, 'utf8')).toBe('keep me too');
  });

  it('names a folder that does not exist', async () => {
    await expect(buildSite({ goalsDir: join(root, 'nowhere') })).rejects.toThrow(`no such folder: ${join(root, 'nowhere')}`);
  });

  it('refuses an as-of date that is not a day', async () => {
    const goals = await goalsFolder('dates', '---\ntitle: A goal\n---\n');
    await expect(buildSite({ goalsDir: goals, asOf: '2026-02-30' })).rejects.toThrow('asOf must be a date written YYYY-MM-DD, not "2026-02-30"');
  });
});
