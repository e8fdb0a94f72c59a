// The site as its readers use it: one way to write each figure, a home page that says where to act,
// tables that fit a phone and paper, filtered pages that describe what they show.
import { weightedMean, type Snapshot } from '@cairn/core';
import { formatDate, formatPercent, formatScore, formatValue } from '@cairn/elements/format';
import type { Browser, Locator } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, trimmed, waitForHydration, watchedPage } from './browser.js';

const siteUrl = inject('siteUrl');
const snapshot = JSON.parse(inject('snapshotJson')) as Snapshot;
const origin = new URL(siteUrl).origin;
const locale = snapshot.site.locale ?? 'en-GB';
const period = snapshot.periods.find((p) => p.id === snapshot.defaultPeriod);
if (!period) throw new Error('the demo has no default period');
const inPeriod = snapshot.objectives.filter((o) => o.period === period.id);
const teamName = (id: string): string => snapshot.teams.find((t) => t.id === id)?.name ?? id;
const PHONE = { viewport: { width: 360, height: 740 } };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});


/**
 * Whether an element is wholly on screen once the page (never a table's own frame) is scrolled to
 * it: inside the viewport and inside every box around it that clips, and not cut by an ellipsis.
 */
async function fullyVisible(locator: Locator): Promise<{ inside: boolean; cut: boolean }> {
  await locator.evaluate((el) => window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top - 100));
  return locator.evaluate((el) => {
    const box = el.getBoundingClientRect();
    let inside = box.width > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth && box.top >= 0 && box.bottom <= window.innerHeight;
    let cut = false;
    for (let up = el.parentElement; up; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX !== 'visible') {
        const frame = up.getBoundingClientRect();
        if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) inside = false;
      }
      if (style.textOverflow === 'ellipsis' && up.scrollWidth > up.clientWidth + 1) cut = true;
    }
    return { inside, cut };
  });
}

describe('one way to write each figure', () => {
  it('an objective’s score and forecast read the same on its home card, in the period table and on its page, on the 0.00–1.00 scale', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const card = page.locator('okr-card').first();
    const id = (await card.getAttribute('objective')) ?? '';
    const o = inPeriod.find((x) => x.id === id);
    if (!o || o.forecast === null) throw new Error(`the home card ${id} has no objective with a forecast`);
    const score = formatScore(o.score);
    const forecast = formatScore(o.forecast);
    const facts = await card.evaluate((el) => Object.fromEntries([...(el.shadowRoot?.querySelectorAll('[part="facts"] div') ?? [])].map((d) => [d.querySelector('dt')?.textContent?.trim(), d.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim()])));
    expect(facts.Score).toBe(score);
    expect(facts.Forecast).toContain(`projected ${forecast} at period end`);

    await page.goto(`${siteUrl}periods/${o.period}/`);
    const row = page.locator(`tr[data-objective="${o.id}"]`);
    expect(await trimmed(row.locator('[data-figure="score"]'))).toBe(score);
    expect(await trimmed(row.locator('[data-figure="forecast"]'))).toBe(forecast);
    // Time passed stays a percentage, as on the period's facts.
    expect(await trimmed(row.locator('[data-figure="expected"]'))).toBe(formatPercent(o.expected, locale));

    await page.goto(`${siteUrl}objectives/${o.period}/${o.id}/`);
    expect(await trimmed(page.locator('.figures [data-figure="score"]'))).toBe(score);
    expect(await trimmed(page.locator('.figures [data-figure="forecast"]'))).toMatch(new RegExp(`^${forecast.replace('.', '\\.')}( \\(projected to miss\\))?$`));
    // The objective's bar shows no percentage of its own beside the score: it is drawn bare.
    const bar = await page.locator('main okr-progress').first().evaluate((el) => el.shadowRoot?.querySelector('[part="value"]')?.textContent ?? null);
    expect(bar).toBeNull();
    // Each figure's name says what it means, on the glossary page.
    const scoreTerm = page.locator('.figures dt a', { hasText: 'Score' });
    expect(await scoreTerm.getAttribute('href')).toBe('/about/#score');
    await page.context().close();
  });

  it('the pages with figures say how to read them, and the glossary explains each term', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    for (const path of ['', `periods/${period.id}/`, `objectives/${period.id}/eco-leader/`]) {
      await page.goto(`${siteUrl}${path}`);
      const note = page.locator('[data-figures-note]');
      expect(await trimmed(note), path).toContain('Scores and forecasts run from 0.00 to 1.00');
      expect(await note.locator('a').getAttribute('href'), path).toBe('/about/#figures');
    }
    await page.goto(`${siteUrl}about/`);
    expect(await trimmed(page.locator('h1'))).toBe('How to read these figures');
    for (const term of ['figures', 'score', 'grade', 'expected', 'forecast', 'progress', 'attainment', 'committed', 'missed', 'supporting-kpi', 'leading', 'health', 'status']) {
      expect(await page.locator(`[id="${term}"]`).count(), term).toBe(1);
    }
    // A score written 0.35 that grades 0.3 is not a mistake: the glossary says why.
    expect(await trimmed(page.locator('#grade + dd'))).toContain('a score of 0.346 is written 0.35 and grades 0.3');
    await page.context().close();
  });

  it('the home page’s period bar has a visible label with the average score, on screen and on paper', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const label = page.locator('[data-period-bar-label]');
      expect(await label.isVisible(), media).toBe(true);
      expect(await trimmed(label), media).toBe(`Average score of ${period.name}: ${formatScore(period.score)}, against ${formatPercent(period.expected, locale)} of the time passed (the mark on the bar)`);
    }
    await page.context().close();
  });
});

describe('the home page says where to act', () => {
  it('names and links each on-track objective projected to miss', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const expected = inPeriod.filter((o) => o.status === 'on-track' && o.projectedToMiss);
    expect(expected.length).toBeGreaterThan(1);
    const links = await page.locator('[data-projected-to-miss] a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual(expected.map((o) => [o.title, `/objectives/${o.period}/${o.id}/`]));
    await page.context().close();
  });

  it('lists every KPI in critical health under "Needs attention", key or not', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const critical = snapshot.kpis.filter((k) => k.health === 'critical');
    expect(critical.some((k) => !k.key)).toBe(true);
    const board = await page.locator('kpi-board').first().evaluate((el) => [...(el.shadowRoot?.querySelectorAll('[role="listitem"]') ?? [])].map((t) => t.getAttribute('data-id')));
    const listed = await page.locator('[data-needs-attention] li[data-kpi]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kpi')));
    // Each critical KPI is on the home page: on the key board, or in the list.
    for (const k of critical) expect(board.includes(k.id) || listed.includes(k.id), k.id).toBe(true);
    expect(listed).toEqual(critical.filter((k) => !k.key).map((k) => k.id));
    const first = critical.find((k) => !k.key);
    if (!first) throw new Error('no critical KPI that is not key');
    const item = page.locator(`[data-needs-attention] li[data-kpi="${first.id}"]`);
    expect(await trimmed(item)).toContain(`${first.title} · Critical · ${formatValue(first.latest?.value, first.unit, locale)}`);
    expect(await item.locator('a').getAttribute('href')).toBe(`/kpis/${first.id}/`);
    await page.context().close();
  });

  it('its cards name the team and the period, not their ids', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const cards = page.locator('okr-card');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      const id = await card.getAttribute('objective');
      const o = inPeriod.find((x) => x.id === id);
      if (!o) throw new Error('a card of no objective of the period');
      const meta = await card.evaluate((el) => Object.fromEntries([...(el.shadowRoot?.querySelectorAll('[part="meta"] div') ?? [])].map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent])));
      expect(meta.Team, o.id).toBe(teamName(o.team));
      expect(meta.Period, o.id).toBe(period.name);
      expect(meta.Team).not.toBe(o.team);
    }
    await page.context().close();
  });
});

describe('by keyboard', () => {
  it('a period page lets a reader skip its filters: one Tab and Enter, then the next Tab is in the objectives', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { page } = await watchedPage(browser, origin, { javaScriptEnabled });
      await page.goto(`${siteUrl}periods/${period.id}/`);
      const skip = page.locator('.filters a[href="#results"]');
      expect(await skip.textContent()).toBe('Skip the filters to the objectives');
      // It is the first stop inside the filters, before any of their links.
      const first = await page.locator('.filters a').first().getAttribute('href');
      expect(first).toBe('#results');
      await skip.focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      const landed = await page.evaluate(() => document.activeElement?.closest('.team-group') !== null);
      expect(landed, `js=${javaScriptEnabled}`).toBe(true);
      await page.context().close();
    }
  });
});

describe('on a phone (360 px)', () => {
  for (const path of [`periods/${period.id}/`, `periods/${period.id}/team/engineering/`, 'teams/engineering/']) {
    it(`${path}: the first objective’s status and score are fully on screen`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const { page } = await watchedPage(browser, origin, { ...PHONE, javaScriptEnabled });
        await page.goto(`${siteUrl}${path}`);
        const row = page.locator('tr[data-objective]').first();
        for (const cell of [row.locator('.state'), row.locator('[data-figure="score"]'), row.locator('[data-figure="forecast"]')]) {
          expect(await fullyVisible(cell), `${path} js=${javaScriptEnabled}`).toEqual({ inside: true, cut: false });
        }
        // The page does not scroll sideways either.
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
        await page.context().close();
      }
    });
  }

  it('the home page’s latest check-ins are cards that fit the screen, each led by its key result', async () => {
    const { page } = await watchedPage(browser, origin, { ...PHONE, javaScriptEnabled: false });
    await page.goto(siteUrl);
    const table = page.locator('table.latest');
    const fits = await table.evaluate((el) => el.scrollWidth <= (el.parentElement?.clientWidth ?? 0) + 1);
    expect(fits).toBe(true);
    const row = table.locator('tbody tr').first();
    // Every cell of the card lies within the screen's width (the page lower down lays out lazily, so only the width is compared).
    for (const cell of [row.locator('th[scope="row"]'), row.locator('td[data-label="Objective"]'), row.locator('td[data-label="Date"]'), row.locator('td[data-label="Note"]')]) {
      const box = await cell.evaluate((el) => ({ left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right, width: document.documentElement.clientWidth }));
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
    }
    // The key result is the card's first line, above its date.
    const top = async (locator: Locator): Promise<number> => (await locator.boundingBox())?.y ?? Number.NaN;
    expect(await top(row.locator('th[scope="row"]'))).toBeLessThan(await top(row.locator('td[data-label="Date"]')));
    await page.context().close();
  });

  it('a KPI page keeps each figure and its unit on one line, in the measurements table and in the rule', async () => {
    const { page } = await watchedPage(browser, origin, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${siteUrl}kpis/recycled-packaging-share/`);
    const figures = page.locator('td.number, .figure-text');
    expect(await figures.count()).toBeGreaterThan(3);
    // One line box each: a figure broken before its "%" has two.
    const lines = await figures.evaluateAll((els) => els.map((el) => [el.textContent, new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size]));
    for (const [text, count] of lines) expect(count, String(text)).toBe(1);
    expect(lines.some(([text]) => String(text).endsWith('%'))).toBe(true);
    await page.context().close();
  });

  it('the alignment page lists every objective with its whole title, inside the screen', async () => {
    const { page } = await watchedPage(browser, origin, { ...PHONE, javaScriptEnabled: false });
    await page.goto(`${siteUrl}alignment/${period.id}/`);
    const links = page.locator('.alignment-links a');
    expect(await links.count()).toBe(inPeriod.length);
    const first = links.first();
    expect(await first.isVisible()).toBe(true);
    const title = await first.textContent();
    expect(inPeriod.some((o) => o.title === title)).toBe(true);
    const box = await first.evaluate((el) => {
      const rects = [...el.getClientRects()];
      return { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)) };
    });
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    await page.context().close();
  });
});

describe('the period report on paper', () => {
  it('keeps every column, leaves out the filter count, and says whose goals and as of when', async () => {
    const { page } = await watchedPage(browser, origin, { viewport: { width: 718, height: 1000 } });
    await page.goto(`${siteUrl}periods/${period.id}/`);
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.locator('.table-wrap').evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth).length);
    expect(clipped).toBe(0);
    const widest = await page.locator('table.objectives').evaluateAll((tables) => Math.max(...tables.map((t) => t.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(718);
    // The last column's dates print whole.
    const updated = page.locator('table.objectives td[data-cell="updated"] time').first();
    expect(await updated.evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
    expect(await page.locator('[data-filter-count]').isVisible()).toBe(false);
    const heading = page.locator('[data-print-heading]');
    expect(await heading.isVisible()).toBe(true);
    expect(await trimmed(heading)).toBe(`${snapshot.organisation} · Scores as of ${formatDate(snapshot.asOf, locale)}`);
    // On screen the line is not shown: the header and footer say it there.
    await page.emulateMedia({ media: 'screen' });
    expect(await heading.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('an objective that contributes to a key result', () => {
  it('names the key result and its objective by title and links to the key result itself', async () => {
    const o = snapshot.objectives.find((x) => x.parent?.includes('#'));
    if (!o?.parent) throw new Error('the demo has no objective aligned to a key result');
    const [parentId, krId] = o.parent.split('#');
    const parent = snapshot.objectives.find((x) => x.id === parentId);
    const kr = parent?.keyResults.find((k) => k.id === krId);
    if (!parent || !kr) throw new Error(`no key result ${o.parent}`);
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}objectives/${o.period}/${o.id}/`);
    const sentence = page.locator('[data-contributes-to]');
    expect(await trimmed(sentence)).toBe(`Contributes to the key result ${kr.title} of the objective ${parent.title}.`);
    const link = sentence.locator('a');
    expect(await link.textContent()).toBe(kr.title);
    expect(await link.getAttribute('href')).toBe(`/objectives/${parent.period}/${parent.id}/#kr-${kr.id}`);
    await link.click();
    await page.waitForURL(`**/objectives/${parent.period}/${parent.id}/#kr-${kr.id}`);
    expect(await trimmed(page.locator(`#kr-${kr.id}`))).toBe(kr.title);
    await page.context().close();
  });
});

describe('a team-filtered period page', () => {
  const team = 'engineering';
  const below = new Set([team]);
  for (const t of snapshot.teams) if (t.parent && below.has(t.parent)) below.add(t.id);
  const shown = inPeriod.filter((o) => below.has(o.team));
  const average = formatScore(weightedMean(shown.map((o) => ({ value: o.score, weight: o.weight }))));

  it('describes the objectives it shows, not the whole period', async () => {
    expect(shown.length).toBeLessThan(inPeriod.length);
    expect(average).not.toBe(formatScore(period.score));
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}periods/${period.id}/team/${team}/`);
    expect(await trimmed(page.locator('h1'))).toBe(`${period.name}: team ${teamName(team)}`);
    expect(await trimmed(page.locator('[data-fact="objectives"]'))).toBe(String(shown.length));
    expect(await trimmed(page.locator('[data-fact="average"]'))).toBe(average);
    expect(await trimmed(page.locator('dt:has(+ [data-fact="average"])'))).toBe('Average score of these objectives');
    await page.context().close();
  });

  it('filtered in place, says the filter in its heading, title and facts, and moves focus to the results', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}periods/${period.id}/`, { waitUntil: 'networkidle' });
    expect(await trimmed(page.locator('[data-fact="average"]'))).toBe(formatScore(period.score));
    await page.locator(`a[data-filter="team:${team}"]`).click();
    await page.waitForURL(`**/periods/${period.id}/team/${team}/`);
    const title = `${period.name}: team ${teamName(team)}`;
    expect(await trimmed(page.locator('h1'))).toBe(title);
    expect(await page.title()).toBe(`${title} · ${snapshot.site.title ?? `${snapshot.organisation} goals`}`);
    expect(await trimmed(page.locator('[data-fact="objectives"]'))).toBe(String(shown.length));
    expect(await trimmed(page.locator('[data-fact="average"]'))).toBe(average);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-results') ?? false)).toBe(true);
    expect(await trimmed(page.locator('[data-results]'))).toBe(`Objectives of team ${teamName(team)}`);
    // The next Tab reaches the first group of objectives shown, on screen.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => {
      const el = document.activeElement;
      const box = el?.getBoundingClientRect();
      return { group: el?.closest('section.team-group:not([hidden])') !== null, onScreen: box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight };
    });
    expect(next).toEqual({ group: true, onScreen: true });
    // Back to all: the page reads as the whole period again.
    await page.goBack();
    await expect.poll(() => trimmed(page.locator('h1'))).toBe(period.name);
    expect(await trimmed(page.locator('[data-fact="average"]'))).toBe(formatScore(period.score));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('small things readers noticed', () => {
  it('the footer writes the as-of date as the pages do', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    expect(await trimmed(page.locator('.site-footer time'))).toBe(formatDate(snapshot.asOf, locale));
    await page.context().close();
  });

  it('the alignment page gives keyboard instructions only where the tree answers the keys', async () => {
    const sentence = 'Use the arrow keys to move through the tree';
    for (const javaScriptEnabled of [false, true]) {
      const { page } = await watchedPage(browser, origin, { javaScriptEnabled });
      await page.goto(`${siteUrl}alignment/${period.id}/`, { waitUntil: 'networkidle' });
      if (javaScriptEnabled) await waitForHydration(page);
      const shown = await page.getByText(sentence).filter({ visible: true }).count();
      expect(shown, `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(javaScriptEnabled ? 1 : 0);
      await page.context().close();
    }
  });

  it('a KPI’s rule says on which side of the critical line it turns critical, as its chart legend does', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    for (const k of snapshot.kpis.filter((x) => x.healthSetBy === 'rule' && typeof x.critical === 'number' && !x.valuesHidden && x.direction !== 'range')) {
      await page.goto(`${siteUrl}kpis/${k.id}/`);
      const side = k.direction === 'decrease' ? 'at or above' : 'at or below';
      expect(await trimmed(page.locator('[data-health-reason]')), k.id).toContain(`critical ${side} ${formatValue(k.critical as number, k.unit, locale)}`);
    }
    await page.context().close();
  });

  it('the teams page says which period its scores are for', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}teams/`);
    const scored = snapshot.teams.find((t) => t.score !== null);
    if (!scored) throw new Error('no team with a score');
    const item = page.locator('.team-tree li', { has: page.locator(`a[href="/teams/${scored.id}/"]`) }).last();
    expect(await trimmed(item)).toContain(`score ${formatScore(scored.score)} in ${period.name}`);
    expect(await trimmed(page.locator('[data-team-score-note]'))).toContain(period.name);
    await page.context().close();
  });

  it('cairn preview serves the feeds with their own types and CORS', async () => {
    for (const path of ['feed.xml', 'teams/engineering/feed.xml']) {
      const response = await fetch(`${siteUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe('application/atom+xml; charset=utf-8');
      // A dashboard on another origin may read every feed, a team's too (_headers' `teams/*/feed.xml` rule).
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    // The rule's splat stops at its tail: a team's page is not opened to other origins.
    expect((await fetch(`${siteUrl}teams/engineering/`)).headers.get('access-control-allow-origin')).toBeNull();
    // The JSON Feed as the pages' rel=alternate link and `cairn dev` name it, with CORS from _headers.
    const json = await fetch(`${siteUrl}feed.json`);
    expect(json.headers.get('content-type')).toBe('application/feed+json; charset=utf-8');
    expect(json.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('search results', () => {
  it('name the period of each objective found', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}search/?q=refill`, { waitUntil: 'networkidle' });
    const found = snapshot.objectives.filter((o) => /refill/i.test(o.title));
    expect(new Set(found.map((o) => o.period)).size).toBeGreaterThan(1);
    for (const o of found) {
      const item = page.locator('[data-search-results] > li', { has: page.locator(`a[href="/objectives/${o.period}/${o.id}/"]`) });
      await item.waitFor();
      const name = snapshot.periods.find((p) => p.id === o.period)?.name;
      expect(await trimmed(item.locator('.search-kind')), o.id).toBe(`Objective, ${name}`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('controls on the home page lead somewhere', () => {
  it('a KPI tile’s title and a card’s key result are links, without JavaScript too', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const tiles = await page.locator('kpi-board').first().evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll('[role="listitem"]') ?? [])].map((tile) => ({ id: tile.getAttribute('data-id'), href: tile.querySelector('a')?.getAttribute('href') ?? null, buttons: tile.querySelectorAll('button').length })),
    );
    expect(tiles.length).toBe(snapshot.kpis.filter((k) => k.key).length);
    for (const tile of tiles) expect(tile).toEqual({ id: tile.id, href: `/kpis/${tile.id}/`, buttons: 0 });
    const o = inPeriod.find((x) => x.id === 'eco-leader');
    if (!o) throw new Error('the demo has no eco-leader');
    const krLinks = await page.locator('okr-card[objective="eco-leader"]').evaluate((el) => [...(el.shadowRoot?.querySelectorAll('[part~="key-result-title"]') ?? [])].map((a) => [a.localName, a.getAttribute('href')]));
    expect(krLinks).toEqual(o.keyResults.map((kr) => ['a', `/objectives/${o.period}/${o.id}/#kr-${kr.id}`]));
    await page.context().close();
  });

  it('with JavaScript, a KPI tile’s link opens its page', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    const link = page.locator('kpi-board').first().locator('a[part~="tile-link"]').first();
    const target = await link.getAttribute('href');
    expect(target).toMatch(/^\/kpis\/[^/]+\/$/);
    await Promise.all([page.waitForURL((url) => url.pathname === target), link.click()]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
