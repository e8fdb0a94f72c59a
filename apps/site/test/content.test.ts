import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SnapshotSchema, type Snapshot } from '@cairn/core';
import { formatDate, formatPercent, formatScore, formatValue, statusLook } from '@cairn/elements/format';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, waitForHydration, watchedPage } from './browser.js';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const snapshot = JSON.parse(inject('snapshotJson')) as Snapshot;
const origin = new URL(siteUrl).origin;
const locale = snapshot.site.locale ?? 'en-GB';
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

const text = async (page: import('playwright').Page, selector: string): Promise<string> => ((await page.locator(selector).first().textContent()) ?? '').trim();

describe('figures equal the snapshot', () => {
  it('on an objective page: score, grade, status, expected, forecast and each key result', async () => {
    const o = snapshot.objectives.find((x) => x.id === 'eco-leader');
    if (!o) throw new Error('the demo has no eco-leader');
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}objectives/${o.period}/${o.id}/`);
    expect(await text(page, 'h1')).toContain(o.title);
    expect(await text(page, '.figures [data-figure="score"]')).toBe(formatScore(o.score));
    expect(await text(page, '.figures [data-figure="status"]')).toBe(statusLook(o.status).label);
    expect(await text(page, '.figures [data-figure="expected"]')).toBe(formatPercent(o.expected, locale));
    expect(await text(page, '.figures [data-figure="forecast"]')).toContain(formatScore(o.forecast));
    for (const kr of o.keyResults) {
      const section = page.locator(`section[data-key-result="${kr.ref}"]`);
      expect(((await section.locator('[data-figure="progress"]').textContent()) ?? '').trim()).toBe(formatPercent(kr.progress, locale));
      expect(((await section.locator('[data-figure="status"]').textContent()) ?? '').trim()).toBe(statusLook(kr.status).label);
      if (kr.type !== 'milestone') expect(((await section.locator('[data-figure="target"]').textContent()) ?? '').trim()).toBe(formatValue(kr.target, kr.unit, locale));
    }
    // Each key result's check-ins are charted against the pace, with its target and no health (a key result has none).
    const charts = page.locator('section[data-key-result] kpi-trend');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const summary = chart.locator('[part="summary"]');
      await expect(summary.textContent()).resolves.toContain('Target');
      expect(await summary.locator('.health').count()).toBe(0);
    }
    await page.context().close();
  });

  it('on a KPI page: latest value and health', async () => {
    const k = snapshot.kpis.find((x) => x.id === 'customer-satisfaction');
    if (!k) throw new Error('the demo has no customer-satisfaction KPI');
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}kpis/${k.id}/`);
    expect(await text(page, '[data-figure="latest"]')).toBe(formatValue(k.latest?.value, k.unit, locale));
    expect(await text(page, '[data-figure="health"]')).toBe(['Healthy', 'Warning', 'Critical', 'Unknown'][['healthy', 'warning', 'critical', 'unknown'].indexOf(k.health)]);
    if (k.healthSetBy === 'hand' && k.healthReason) expect(await text(page, '[data-health-reason]')).toContain(k.healthReason);
    await page.context().close();
  });

  it('on the page of a KPI whose health is set by hand: the reason, and what its target would say', async () => {
    const k = snapshot.kpis.find((x) => x.healthSetBy === 'hand' && x.healthByRule !== undefined && x.healthByRule !== x.health && !x.valuesHidden);
    if (!k?.healthByRule) throw new Error('the demo has no KPI whose health set by hand differs from the rule');
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}kpis/${k.id}/`);
    const label = (health: string) => ['Healthy', 'Warning', 'Critical', 'Unknown'][['healthy', 'warning', 'critical', 'unknown'].indexOf(health)];
    expect(await text(page, '[data-health-reason]')).toContain(`Health set by hand: ${k.healthReason}.`);
    expect(await text(page, '[data-health-by-rule]')).toBe(`By its target the health would be ${label(k.healthByRule)}.`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on the page of a KPI whose values are not published: the gauge and the chart say so, with JavaScript off too', async () => {
    const k = snapshot.kpis.find((x) => x.valuesHidden);
    if (!k) throw new Error('the demo has no KPI with hidden values');
    for (const javaScriptEnabled of [false, true]) {
      const { page } = await watchedPage(browser, origin, { javaScriptEnabled });
      await page.goto(`${siteUrl}kpis/${k.id}/`);
      if (javaScriptEnabled) await waitForHydration(page);
      expect(await page.locator('main kpi-gauge [part="value"]').first().textContent()).toBe('Not published');
      expect(await page.locator('main kpi-trend [role="status"]').first().textContent()).toBe('Its values are not published.');
      for (const figure of ['latest', 'target', 'critical']) expect(await text(page, `[data-figure="${figure}"]`)).toBe('Not published');
      expect(await text(page, '[data-health-reason]')).toContain('target not published');
      // When it was measured is public: the snapshot keeps how many days before the as-of date.
      expect(k.daysSinceLatest).not.toBeNull();
      const measured = new Date(Date.parse(`${snapshot.asOf}T00:00:00Z`) - (k.daysSinceLatest ?? 0) * 86_400_000).toISOString().slice(0, 10);
      expect(await page.locator('dl.meta time').first().getAttribute('datetime')).toBe(measured);
      // The gauge says when too: the site hands it the snapshot's as-of day with the KPI.
      expect(await page.locator('main kpi-gauge [part="gauge"]').first().textContent()).toContain(`Target not published · ${formatDate(measured, locale)}`);
      await page.context().close();
    }
  });

  it('on a period page: every objective of the period, each with its score and status', async () => {
    const period = '2026-q4';
    const own = snapshot.objectives.filter((o) => o.period === period);
    const { page } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}periods/${period}/`);
    const rows = await page.locator('tr[data-objective]').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-objective'), score: tr.querySelector('[data-figure="score"]')?.textContent?.trim(), status: tr.querySelector('[data-state]')?.getAttribute('data-state') })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(own.map((o) => o.id).sort());
    for (const o of own) expect(rows.find((r) => r.id === o.id)).toEqual({ id: o.id, score: formatScore(o.score), status: o.status });
    await page.context().close();
  });
});

describe('a quarter closed and carried on', () => {
  it('the objective carried on links back to the one it follows, which links forward and shows its retrospective', async () => {
    const later = snapshot.objectives.find((o) => o.follows);
    const earlier = snapshot.objectives.find((o) => o.id === later?.follows);
    if (!later || !earlier) throw new Error('the demo has no objective that follows another');
    expect(earlier.followedBy).toContain(later.id);
    const name = (id: string) => snapshot.periods.find((p) => p.id === id)?.name;
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}objectives/${later.period}/${later.id}/`);
    expect(await text(page, '[data-follows]')).toBe(`Carries on ${earlier.title} (${name(earlier.period)}, score ${formatScore(earlier.score)}).`);
    await page.locator('[data-follows] a').click();
    expect(new URL(page.url()).pathname).toBe(`${new URL(siteUrl).pathname}objectives/${earlier.period}/${earlier.id}/`);
    expect(await text(page, '[data-followed-by]')).toBe(`Carried on in ${later.title} (${name(later.period)}).`);
    expect(earlier.retrospective).toBeTruthy();
    expect(await text(page, '.retrospective h2')).toBe('Retrospective');
    const written = (earlier.retrospective ?? '').replace(/\s+/g, ' ').trim();
    expect((await text(page, '.retrospective p')).replace(/\s+/g, ' ')).toBe(written);
    // Both pages, retrospective included, run under the site's strict policy with no error or violation.
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('an umbrella objective', () => {
  it('was last updated when the objectives aligned below it were, on its page and in the period table', async () => {
    const byId = new Map(snapshot.objectives.map((o) => [o.id, o]));
    const latestBelow = (id: string, seen = new Set<string>()): string | null => {
      const o = byId.get(id);
      if (!o || seen.has(id)) return null;
      seen.add(id);
      const own = o.keyResults.flatMap((kr) => kr.checkins.map((c) => c.date));
      const kpi = o.keyResults.flatMap((kr) => (kr.kpi ? [snapshot.kpis.find((k) => k.id === kr.kpi)?.latest?.date ?? ''] : []));
      const below = o.keyResults.length === 0 ? o.children.map((c) => latestBelow(c, seen) ?? '') : [];
      return [...own, ...kpi, ...below].filter((d) => d !== '').sort().at(-1) ?? null;
    };
    const umbrella = snapshot.objectives.find((o) => o.keyResults.length === 0 && !o.internalKeyResults && o.children.length > 0 && latestBelow(o.id) !== null);
    if (!umbrella) throw new Error('the demo has no umbrella objective with updates below it');
    const date = latestBelow(umbrella.id) as string;
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}objectives/${umbrella.period}/${umbrella.id}/`);
    expect(await page.locator('.meta time').first().getAttribute('datetime')).toBe(date);
    await page.goto(`${siteUrl}periods/${umbrella.period}/`);
    expect(await page.locator(`tr[data-objective="${umbrella.id}"] [data-cell="updated"] time`).getAttribute('datetime')).toBe(date);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('period filters', () => {
  const period = '2026-q4';
  // Marketing owns objectives itself, and so do Brand and Growth below it: a team's filter shows them all.
  const team = 'marketing';
  const below = new Set([team]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of snapshot.teams) if (t.parent && below.has(t.parent) && !below.has(t.id)) grew = below.add(t.id).size > 0;
  }
  const expected = snapshot.objectives.filter((o) => o.period === period && below.has(o.team)).map((o) => o.id).sort();

  it('a team’s filter holds the objectives of the teams below it too', () => {
    expect(below.size).toBeGreaterThan(1);
    expect(expected.length).toBeGreaterThan(snapshot.objectives.filter((o) => o.period === period && o.team === team).length);
  });

  it('work as plain links without JavaScript', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}periods/${period}/`);
    await page.locator(`a[data-filter="team:${team}"]`).click();
    expect(new URL(page.url()).pathname).toBe(`${new URL(siteUrl).pathname}periods/${period}/team/${team}/`);
    const ids = await page.locator('tr[data-objective]:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-objective')));
    expect(ids.sort()).toEqual(expected);
    await page.context().close();
  });

  it('filter in place with JavaScript, change the address, and come back with the back button', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}periods/${period}/`, { waitUntil: 'networkidle' });
    const all = await page.locator('tr[data-objective]:visible').count();
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });
    await page.locator(`a[data-filter="team:${team}"]`).click();
    const ids = await page.locator('tr[data-objective]:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-objective')));
    expect(ids.sort()).toEqual(expected);
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`periods/${period}/team/${team}/$`));
    // No page load happened: the flag set on this window is still there.
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    // The count is a live region: a screen reader hears which filter it counts, as the heading (not announced) says.
    const teamName = snapshot.teams.find((t) => t.id === team)?.name;
    expect(await text(page, '[data-filter-count]')).toBe(`${expected.length} of ${all} objectives shown (team ${teamName})`);
    await page.goBack();
    await expect.poll(() => page.locator('tr[data-objective]:visible').count()).toBe(all);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('period filters combined', () => {
  const period = '2026-q4';
  const team = 'marketing';
  const name = snapshot.periods.find((p) => p.id === period)?.name ?? '';
  const teamName = snapshot.teams.find((t) => t.id === team)?.name ?? '';
  const below = new Set([team]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const t of snapshot.teams) if (t.parent && below.has(t.parent) && !below.has(t.id)) grew = below.add(t.id).size > 0;
  }
  const inPeriod = snapshot.objectives.filter((o) => o.period === period);
  const ofTeam = inPeriod.filter((o) => below.has(o.team));
  // A status some of the team's objectives have, and objectives of other teams too: the two filters narrow each other.
  const status = [...new Set(ofTeam.map((o) => o.status))].find((s) => {
    const both = ofTeam.filter((o) => o.status === s).length;
    return both > 0 && both < ofTeam.length && inPeriod.filter((o) => o.status === s).length > both;
  });
  const both = ofTeam.filter((o) => o.status === status).map((o) => o.id).sort();
  const visibleIds = async (page: import('playwright').Page): Promise<string[]> =>
    (await page.locator('tr[data-objective]:visible').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-objective') ?? ''))).sort();

  it('with JavaScript: a team and a status show what both hold, at an address that reloads to the same, and each clears again', async () => {
    if (!status) throw new Error('the demo has no status that narrows the marketing filter');
    const statusLabel = statusLook(status).label;
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}periods/${period}/`, { waitUntil: 'networkidle' });
    const all = (await visibleIds(page)).length;
    expect(await page.locator('[data-combine-hint]').isVisible()).toBe(true);
    const teamLink = page.locator(`a[data-filter="team:${team}"]`);
    const statusLink = page.locator(`a[data-label="status ${statusLabel}"]`);
    const statusSlug = ((await statusLink.getAttribute('data-filter')) ?? '').split(':')[1];
    await teamLink.click();
    await statusLink.click();
    expect(await visibleIds(page)).toEqual(both);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${new URL(siteUrl).pathname}periods/${period}/`);
    expect(url.search).toBe(`?team=${team}&status=${statusSlug}`);
    expect(await text(page, 'main h1')).toBe(`${name}: team ${teamName}, status ${statusLabel}`);
    expect(await text(page, '[data-results]')).toBe(`Objectives of team ${teamName} and status ${statusLabel}`);
    expect(await text(page, '[data-filter-count]')).toBe(`${both.length} of ${all} objectives shown (team ${teamName} and status ${statusLabel})`);
    expect(await text(page, '[data-fact="objectives"]')).toBe(String(both.length));
    expect(await teamLink.getAttribute('aria-current')).toBe('true');
    expect(await statusLink.getAttribute('aria-current')).toBe('true');
    // A reload (or the address shared) shows the same two filters.
    await page.reload({ waitUntil: 'networkidle' });
    expect(await visibleIds(page)).toEqual(both);
    expect(await text(page, 'main h1')).toBe(`${name}: team ${teamName}, status ${statusLabel}`);
    // The chosen status again clears it: the team's filter alone, at its own page's address.
    await statusLink.click();
    expect(await visibleIds(page)).toEqual(ofTeam.map((o) => o.id).sort());
    expect(new URL(page.url()).pathname).toBe(`${new URL(siteUrl).pathname}periods/${period}/team/${team}/`);
    expect(await teamLink.getAttribute('aria-current')).toBe('page');
    expect(await statusLink.getAttribute('aria-current')).toBeNull();
    await page.goBack();
    await expect.poll(() => visibleIds(page)).toEqual(both);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript the hint stays hidden: each filter is its own page', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}periods/${period}/`);
    expect(await page.locator('[data-combine-hint]').isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('alignment tree', () => {
  it('is usable by keyboard: arrow keys move, Enter opens the objective page', async () => {
    const { page, problems } = await watchedPage(browser, origin);
    await page.goto(`${siteUrl}alignment/2026-q4/`, { waitUntil: 'networkidle' });
    await waitForHydration(page);
    // Roving tabindex: one row is the tree's tab stop.
    const first = page.locator('okr-tree [role="treeitem"][tabindex="0"]');
    await first.focus();
    const focusedRow = () => page.evaluate(() => document.querySelector('okr-tree')?.shadowRoot?.activeElement?.textContent ?? null);
    const before = await focusedRow();
    await page.keyboard.press('ArrowDown');
    const focused = await focusedRow();
    expect(before).not.toBeNull();
    expect(focused).not.toBe(before);
    expect(focused).not.toBeNull();
    await Promise.all([page.waitForURL(/\/objectives\/[^/]+\/[^/]+\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('alignment page', () => {
  it("embeds only what the tree reads: each objective's figures, no narrative, check-in or history", async () => {
    const html = await readFile(join(siteDir, 'alignment/2026-q4/index.html'), 'utf8');
    const json = /<okr-tree[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1];
    if (!json) throw new Error('no inline JSON in the okr-tree of alignment/2026-q4');
    const data = JSON.parse(json) as Snapshot;
    const inPeriod = snapshot.objectives.filter((o) => o.period === '2026-q4');
    expect(data.objectives.map((o) => o.id)).toEqual(inPeriod.map((o) => o.id));
    for (const o of data.objectives) {
      const full = inPeriod.find((x) => x.id === o.id);
      expect(Object.keys(o).sort()).toEqual(['colour', 'expected', 'grade', 'id', 'keyResults', 'owner', 'parent', 'period', 'score', 'status', 'team', 'title']);
      expect(o).toMatchObject({ title: full?.title, score: full?.score, status: full?.status, parent: full?.parent, owner: full?.owner });
      for (const kr of o.keyResults) expect(Object.keys(kr).sort()).toEqual(['id', 'owner', 'progress', 'ref', 'status', 'title', 'type']);
      expect(o.keyResults.map((kr) => [kr.ref, kr.progress, kr.status])).toEqual(full?.keyResults.map((kr) => [kr.ref, kr.progress, kr.status]));
    }
    // The page still links the period's whole slice for scripts.
    expect(html).toContain('<link rel="alternate" type="application/json" href="/api/v1/periods/2026-q4.json">');
  });
});

describe('without JavaScript', () => {
  it('an objective page still shows its score and status, in the elements too', async () => {
    const o = snapshot.objectives.find((x) => x.id === 'eco-leader');
    if (!o) throw new Error('the demo has no eco-leader');
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}objectives/${o.period}/${o.id}/`);
    expect(await text(page, '.figures [data-figure="score"]')).toBe(formatScore(o.score));
    // The server-rendered okr-progress carries its value in its declarative shadow root (the objective's bar is drawn bare: screen readers hear its status).
    const progress = await page.locator('okr-progress').first().evaluate((el) => el.shadowRoot?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext') ?? '');
    expect(progress).toContain(statusLook(o.status).label.toLowerCase());
    // The pace it speaks is the Expected figure the page shows: one figure, written one way.
    const expected = await text(page, '.figures [data-figure="expected"]');
    expect(expected).toBe(formatPercent(o.expected, snapshot.site.locale ?? 'en-GB'));
    expect(progress).toContain(`${expected} of the time passed`);
    await page.context().close();
  });

  it('the home page shows the key KPIs with their health', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const board = await page.locator('kpi-board').first().evaluate((el) => el.shadowRoot?.textContent ?? '');
    for (const k of snapshot.kpis.filter((x) => x.key)) expect(board).toContain(k.title);
    // Every key KPI that was ever measured says when, those whose values are not published too.
    const dates = await page.locator('kpi-board').first().evaluate((el) =>
      Object.fromEntries([...(el.shadowRoot?.querySelectorAll('[role="listitem"]') ?? [])].map((tile) => [tile.getAttribute('data-id'), tile.querySelector('.date')?.textContent ?? null])),
    );
    const hidden = snapshot.kpis.find((x) => x.key && x.valuesHidden);
    expect(hidden).toBeDefined();
    for (const k of snapshot.kpis.filter((x) => x.key && x.daysSinceLatest !== null)) expect(dates[k.id]).toMatch(/\d{4}$/);
    await page.context().close();
  });

  it('the home page’s latest check-ins name who made each, and no one where the file names no one', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const rows = await page.locator('table.latest tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        date: tr.querySelector('time')?.getAttribute('datetime') ?? '',
        kr: tr.querySelector('th')?.textContent?.trim() ?? '',
        objective: tr.querySelector('td[data-label="Objective"] a')?.getAttribute('href') ?? '',
        by: tr.querySelector('td[data-label="By"]')?.textContent?.trim() ?? '',
      })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const objective = snapshot.objectives.find((o) => row.objective.endsWith(`/objectives/${o.period}/${o.id}/`));
      const checkin = objective?.keyResults.find((kr) => kr.title === row.kr)?.checkins.findLast((c) => c.date === row.date);
      expect(checkin, `${row.objective} ${row.kr} ${row.date}`).toBeDefined();
      expect(row.by, `${row.kr} ${row.date}`).toBe(checkin?.by ?? '');
    }
    await page.context().close();
  });

  it('the home page says how many on-track objectives are projected to miss by the period’s end', async () => {
    const html = await readFile(join(siteDir, 'index.html'), 'utf8');
    const current = snapshot.objectives.filter((o) => o.period === snapshot.defaultPeriod);
    const expected = current.filter((o) => o.status === 'on-track' && o.projectedToMiss).length;
    expect(expected).toBeGreaterThan(1);
    const name = snapshot.periods.find((p) => p.id === snapshot.defaultPeriod)?.name;
    expect(html).toMatch(new RegExp(`<p data-on-pace-to-miss[^>]*>\\s*${expected} on-track objectives are on pace today but projected to miss by the end of ${name}:\\s*</p>`));
  });

  it('the boards put the KPIs that need attention first: worst health first, as the summary counts them', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    const rank = ['critical', 'warning', 'healthy', 'unknown'];
    const healthOf = new Map(snapshot.kpis.map((k) => [k.id, k.health]));
    for (const [path, shown] of [
      ['', snapshot.kpis.filter((k) => k.key)],
      ['kpis/', snapshot.kpis],
    ] as const) {
      await page.goto(`${siteUrl}${path}`);
      const order = await page.locator('kpi-board').first().evaluate((el) => [...(el.shadowRoot?.querySelectorAll('[role="listitem"]') ?? [])].map((tile) => tile.getAttribute('data-id') ?? ''));
      expect(order, path).toEqual([...shown].sort((a, b) => rank.indexOf(a.health) - rank.indexOf(b.health)).map((k) => k.id));
      expect(healthOf.get(order[0] ?? ''), path).toBe(shown.some((k) => k.health === 'critical') ? 'critical' : 'warning');
    }
    await page.context().close();
  });
});

async function files(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name));
}

describe('the built output', () => {
  it('has no broken internal link (href and src of every page)', async () => {
    const pages = await files(siteDir, '.html');
    expect(pages.length).toBeGreaterThan(50);
    const broken: string[] = [];
    const exists = async (path: string): Promise<boolean> => {
      const clean = decodeURIComponent(path.replace(/[?#].*$/, ''));
      const target = join(siteDir, clean);
      const candidates = clean.endsWith('/') ? [join(target, 'index.html')] : [target];
      for (const c of candidates) if (await readFile(c).then(() => true, () => false)) return true;
      return false;
    };
    for (const file of pages) {
      const html = await readFile(file, 'utf8');
      for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const url = (match[1] ?? '').replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|#)/.test(url) || url.includes('{')) continue;
        if (!url.startsWith('/')) {
          broken.push(`${file}: relative link ${url}`);
          continue;
        }
        if (!(await exists(url))) broken.push(`${file.slice(siteDir.length)} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every API file validates against the snapshot schema, and the whole snapshot is the one core scored', async () => {
    const jsons = await files(join(siteDir, 'api/v1'), '.json');
    const data = jsons.filter((f) => !f.includes('/schema/'));
    expect(data.length).toBe(2 + snapshot.periods.length + snapshot.teams.length + snapshot.objectives.length + snapshot.kpis.length);
    for (const file of data) {
      const parsed = SnapshotSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      expect(parsed.success, `${file}: ${parsed.error?.message}`).toBe(true);
    }
    for (const file of jsons.filter((f) => f.includes('/schema/'))) {
      const schema = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      expect(schema.$schema, file).toMatch(/json-schema\.org/);
    }
  });

  it('each page links the JSON it shows with rel=alternate', async () => {
    const html = await readFile(join(siteDir, 'objectives/2026-q4/eco-leader/index.html'), 'utf8');
    expect(html).toMatch(/<link rel="alternate" type="application\/json" href="\/api\/v1\/objectives\/eco-leader\.json">/);
  });

  it('carries the CSP as a meta tag and in _headers, with CORS open on the API, the elements’ bundle and the feeds (the site’s and each team’s) only', async () => {
    const html = await readFile(join(siteDir, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("script-src 'self';");
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('unsafe-eval');
    expect(meta).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
    // No inline script may run under it: every script is a file or inert JSON.
    for (const tag of html.match(/<script[^>]*>/g) ?? []) expect(tag).toMatch(/type="application\/json"|src="/);
    expect(html).not.toMatch(/\sstyle="/);
    const headers = await readFile(join(siteDir, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'self'`);
    expect(headers).toMatch(/\/api\/\*\n {2}Access-Control-Allow-Origin: \*/);
    expect(headers).toMatch(/\/elements\/\*\n {2}Access-Control-Allow-Origin: \*/);
    expect(headers).toMatch(/\/feed\.json\n {2}Access-Control-Allow-Origin: \*/);
    expect(headers).toMatch(/\/feed\.xml\n {2}Access-Control-Allow-Origin: \*/);
    expect(headers).toMatch(/\/teams\/\*\/feed\.xml\n {2}Access-Control-Allow-Origin: \*/);
    expect(headers.match(/Access-Control-Allow-Origin/g)).toHaveLength(5);
  });

  it('publishes the elements’ bundle, and a page on another origin shows the site’s data with it, as the API page shows', async () => {
    const bundle = await readFile(join(siteDir, 'elements/cairn-elements.js'));
    expect(bundle.equals(await readFile(createRequire(import.meta.url).resolve('@cairn/elements/cairn-elements.js')))).toBe(true);
    const apiPage = await readFile(join(siteDir, 'api/index.html'), 'utf8');
    const siteOrigin = snapshot.site.url ? new URL(snapshot.site.url).origin : '';
    expect(apiPage).toContain(`&lt;script type=&quot;module&quot; src=&quot;${siteOrigin}/elements/cairn-elements.js&quot;&gt;&lt;/script&gt;`);
    // An intranet page elsewhere: another port is another origin, so both requests go through CORS.
    const kpi = snapshot.kpis.find((k) => k.id === 'uptime');
    if (!kpi?.latest) throw new Error('the demo has no measured uptime KPI');
    const intranet = createServer((_, response) => {
      response.setHeader('Content-Type', 'text/html');
      response.end(`<!doctype html><html lang="en"><title>Intranet</title><script type="module" src="${siteUrl}elements/cairn-elements.js"></script><kpi-gauge locale="en-GB" src="${siteUrl}api/v1/kpis/uptime.json"></kpi-gauge>`);
    });
    await new Promise<void>((done) => intranet.listen(0, '127.0.0.1', done));
    try {
      const { port } = intranet.address() as AddressInfo;
      const { page, problems } = await watchedPage(browser, `http://127.0.0.1:${port}`);
      await page.goto(`http://127.0.0.1:${port}/`);
      await expect.poll(() => page.locator('kpi-gauge [part="value"]').textContent(), { timeout: 15_000 }).toBe(formatValue(kpi.latest?.value, kpi.unit, 'en-GB', { compact: true }));
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await new Promise((done) => intranet.close(done));
    }
  });
});
