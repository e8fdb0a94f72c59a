// The site as an analyst and a leadership review read KPIs: the KPI table's columns, each
// objective named with its period, what needs attention, and how committed and aspirational
// objectives stand. Figures are checked against the snapshot the demo's site published.
import { type Snapshot, type SnapshotKpi, type SnapshotObjective, type SnapshotPeriod, weightedMean } from '@cairn/core';
import { formatScore, formatValue, healthLook, NOT_PUBLISHED, trendLook } from '@cairn/elements/format';
import type { Browser, Locator } from 'playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { kindSummary } from '../src/lib/kind-summary.js';
import { bandText, staleText, targetText } from '../src/lib/kpi-target.js';
import { guardrailBreaches, worseningUnworked } from '../src/lib/needs-attention.js';
import { currentPeriodFirst, periodAndAbove, phaseWord } from '../src/lib/period-order.js';
import { launch, trimmed, watchedPage } from './browser.js';

const siteUrl = inject('siteUrl');
const snapshot = JSON.parse(inject('snapshotJson')) as Snapshot;
const origin = new URL(siteUrl).origin;
const locale = snapshot.site.locale ?? 'en-GB';
const periodById = new Map(snapshot.periods.map((p) => [p.id, p]));
const current = snapshot.periods.find((p) => p.id === snapshot.defaultPeriod);
if (!current) throw new Error('the demo has no default period');
const objectiveById = new Map(snapshot.objectives.map((o) => [o.id, o]));
const kpi = (id: string): SnapshotKpi => {
  const found = snapshot.kpis.find((k) => k.id === id);
  if (!found) throw new Error(`the demo has no KPI ${id}`);
  return found;
};
const PHONE = { viewport: { width: 360, height: 740 } };
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});


/** The period label the pages put before an objective, written here from the snapshot alone. */
const periodLabel = (p: SnapshotPeriod): string => `${p.name} (${p.phase === 'after' ? 'ended' : p.phase === 'before' ? 'not started' : 'current'}):`;

describe('the helpers behind the pages', () => {
  const base = { kind: 'aspirational', status: 'on-track', score: 0.5, weight: 1 };

  it('say how committed and aspirational objectives stand, by the phase of the period', () => {
    const ended = [
      { ...base, kind: 'committed', status: 'achieved', score: 1 },
      { ...base, kind: 'committed', status: 'missed', score: 0.9 },
      { ...base, kind: 'committed', status: 'missed', score: 0.4 },
      { ...base, status: 'achieved', score: 0.8, weight: 3 },
      { ...base, status: 'partial', score: 0.4, weight: 1 },
    ];
    // The aspirational average is weighted: (0.8 × 3 + 0.4 × 1) / 4 = 0.70.
    expect(kindSummary(ended, 'after')).toBe('Committed: 3 (1 achieved, 2 missed) · Aspirational: 2 (average 0.70)');
    const running = [
      { ...base, kind: 'committed', status: 'at-risk' },
      { ...base, status: 'off-track', score: 0.1 },
      { ...base, status: 'on-track', score: 0.6 },
      { ...base, status: 'on-track', score: 0.8 },
    ];
    expect(kindSummary(running, 'during')).toBe('Committed: 1 (1 at risk) · Aspirational: 3 (average 0.50; 2 on track, 1 off track)');
    expect(kindSummary([{ ...base, status: 'not-started', score: 0 }], 'before')).toBe('Committed: 0 · Aspirational: 1');
    expect(kindSummary([], 'during')).toBe('Committed: 0 · Aspirational: 0');
  });

  it('write the stale flag and the target in force as the KPI page does', () => {
    expect(staleText({ stale: true, daysSinceLatest: 40 })).toBe('Yes (40 days)');
    expect(staleText({ stale: true, daysSinceLatest: null })).toBe('Yes');
    expect(staleText({ stale: false, daysSinceLatest: 3 })).toBe('No');
    expect(bandText({ min: 30, max: 45 }, 'days', 'en-GB')).toBe('30 days to 45 days');
    expect(bandText(null, 'days', 'en-GB')).toBe('–');
    const revenue = kpi('revenue');
    expect(revenue.valuesHidden).toBe(true);
    expect(targetText(revenue, locale)).toBe(NOT_PUBLISHED);
  });

  it('order items by period: the current one, other running ones, those not started, then the ended ones, latest first', () => {
    const p = (id: string, phase: SnapshotPeriod['phase'], start: string) => ({ id, phase, start }) as SnapshotPeriod;
    const items = [
      p('q2', 'after', '2026-04-01'),
      p('q3', 'after', '2026-07-01'),
      p('next', 'before', '2027-01-01'),
      p('year', 'during', '2026-01-01'),
      p('q4', 'during', '2026-10-01'),
    ];
    expect(currentPeriodFirst(items, (x) => x, 'q4').map((x) => x.id)).toEqual(['q4', 'year', 'next', 'q3', 'q2']);
    expect([...periodAndAbove(current.id, periodById)]).toEqual([current.id, ...(current.parent ? [current.parent] : [])]);
    expect(phaseWord('after')).toBe('ended');
  });

  it('find worsening KPIs that no key result of the period works on, and objectives whose guardrail is critical', () => {
    const k = (id: string, over: Partial<SnapshotKpi>) => ({ ...kpi('uptime'), id, keyResults: [], ...over }) as SnapshotKpi;
    const periodOf = new Map([
      ['old', 'q3'],
      ['now', 'q4'],
    ]);
    const kpis = [
      k('worse-unworked', { trend: 'worsening', health: 'warning', keyResults: ['old#kr'] }),
      k('worse-worked', { trend: 'worsening', health: 'critical', keyResults: ['now#kr'] }),
      k('worse-healthy', { trend: 'worsening', health: 'healthy' }),
      k('better', { trend: 'improving', health: 'critical' }),
    ];
    expect(worseningUnworked(kpis, periodOf, new Set(['q4'])).map((x) => x.id)).toEqual(['worse-unworked']);
    const o = (id: string, supportingKpis: string[]) => ({ id, supportingKpis }) as SnapshotObjective;
    const breaches = guardrailBreaches(
      [o('a', ['worse-healthy', 'better']), o('b', ['worse-worked', 'better', 'missing']), o('c', ['worse-healthy'])],
      new Map(kpis.map((x) => [x.id, x])),
    );
    expect(breaches.map((b) => [b.objective.id, b.kpis.map((x) => x.id)])).toEqual([
      ['a', ['better']],
      ['b', ['worse-worked', 'better']],
    ]);
  });
});

describe('the KPI table (/kpis/)', () => {
  it('has Target, Trend, Stale and Frequency for every KPI, as the snapshot and each KPI page state them', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}kpis/`);
    const headers = await page.locator('table.kpis thead th').evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));
    expect(headers).toEqual(['KPI', 'Team', 'Owner', 'Health', 'Latest (measured)', 'Target', 'Trend', 'Stale', 'Frequency']);
    const rows = await page.locator('table.kpis tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const cell = (name: string) => tr.querySelector(`[data-cell="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
        return { id: tr.getAttribute('data-kpi'), health: cell('health'), target: cell('target'), trend: cell('trend'), stale: cell('stale'), frequency: cell('frequency') };
      }),
    );
    expect(rows.map((r) => r.id)).toEqual(snapshot.kpis.map((k) => k.id));
    for (const k of snapshot.kpis) {
      // Written here from the snapshot alone, not with the site's helpers.
      const target = k.valuesHidden
        ? 'Not published'
        : k.target === null
          ? (k.targetNote ?? '–')
          : typeof k.target === 'number'
            ? formatValue(k.target, k.unit, locale)
            : `${formatValue(k.target.min, k.unit, locale)} to ${formatValue(k.target.max, k.unit, locale)}`;
      expect(
        rows.find((r) => r.id === k.id),
        k.id,
      ).toEqual({
        id: k.id,
        health: healthLook(k.health).label,
        target,
        trend: trendLook(k.trend).label,
        stale: k.stale ? `Yes (${k.daysSinceLatest} days)` : 'No',
        frequency: k.frequency ?? '–',
      });
    }
    // The demo covers each kind of target: a number, a band, words, and one not published.
    const ids = ['uptime', 'inventory-days-of-cover', 'carbon-per-order', 'revenue'];
    expect(Object.fromEntries(rows.filter((r) => ids.includes(r.id ?? '')).map((r) => [r.id, r.target]))).toEqual({
      uptime: '99.9 %',
      'inventory-days-of-cover': '30 days to 45 days',
      'carbon-per-order': kpi('carbon-per-order').targetNote,
      revenue: 'Not published',
    });
    expect(kpi('carbon-per-order').targetNote).toMatch(/^No numeric target/);
    // Each KPI page states the same target and trend.
    for (const id of [...ids, 'trial-conversion']) {
      await page.goto(`${siteUrl}kpis/${id}/`);
      const row = rows.find((r) => r.id === id);
      expect(await trimmed(page.locator('[data-figure="target"]')), id).toBe(row?.target);
      expect(await trimmed(page.locator('[data-figure="trend"]')), id).toBe(row?.trend);
    }
    await page.context().close();
  });

  it('stacks each KPI as a card on a 360 px phone: the title keeps its width, every figure is on screen', async () => {
    for (const javaScriptEnabled of [false, true]) {
      const { page } = await watchedPage(browser, origin, { ...PHONE, javaScriptEnabled });
      await page.goto(`${siteUrl}kpis/`);
      const table = page.locator('table.kpis');
      expect(await table.evaluate((el) => el.scrollWidth <= (el.parentElement?.clientWidth ?? 0) + 1)).toBe(true);
      const titles = await table.locator('th[scope="row"]').evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width));
      expect(titles.length).toBe(snapshot.kpis.length);
      expect(Math.min(...titles)).toBeGreaterThanOrEqual(300);
      const row = table.locator('tbody tr').first();
      for (const name of ['health', 'latest', 'measured', 'target', 'trend', 'stale', 'frequency']) {
        const cell = row.locator(`[data-cell="${name}"]`);
        const box = await cell.evaluate((el) => ({ left: el.getBoundingClientRect().left, right: el.getBoundingClientRect().right, width: document.documentElement.clientWidth }));
        expect(box.left, name).toBeGreaterThanOrEqual(0);
        expect(box.right, name).toBeLessThanOrEqual(box.width);
        // A stacked cell says what it holds (the date of the latest value sits in its cell).
        if (name !== 'measured') expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content), name).toBe(`"${name[0]?.toUpperCase()}${name.slice(1)}: "`);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      await page.context().close();
    }
  });
});

describe('a KPI page names the period of each objective', () => {
  const k = kpi('customer-satisfaction');

  it('"Key results measured through it" and "Watched as a guardrail by": current period first, a finished quarter marked ended', async () => {
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}kpis/${k.id}/`);
    const rank = (o: SnapshotObjective | undefined): number => {
      const p = o ? periodById.get(o.period) : undefined;
      return !p ? 4 : p.id === current.id ? 0 : p.phase === 'during' ? 1 : p.phase === 'before' ? 2 : 3;
    };
    for (const [section, objectiveIds] of [
      ['measured', k.keyResults.map((ref) => ref.split('#')[0] ?? '')],
      ['guards', k.guards],
    ] as const) {
      const items = await page
        .locator(`section[aria-labelledby="${section}"] li`)
        .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-period'), li.textContent?.replace(/\s+/g, ' ').trim()]));
      expect(items.length, section).toBe(objectiveIds.length);
      // Every item starts with its period's name and phase.
      for (const [period, text] of items) {
        const p = periodById.get(period ?? '');
        if (!p) throw new Error(`no period ${period}`);
        expect(text?.startsWith(periodLabel(p)), text ?? '').toBe(true);
      }
      const ranks = items.map(([period]) => rank(snapshot.objectives.find((o) => o.period === period)));
      expect(ranks, section).toEqual([...ranks].sort((a, b) => a - b));
      expect(items[0]?.[0], section).toBe(current.id);
      // The finished Q3 objective is there, and reads as ended, after every current one.
      const q3 = items.findIndex(([period]) => periodById.get(period ?? '')?.phase === 'after');
      expect(q3, section).toBeGreaterThan(0);
      expect(items[q3]?.[1], section).toContain('(ended):');
    }
    expect(await trimmed(page.locator('section[aria-labelledby="measured"] li').first())).toBe(
      `${periodLabel(current)} ${(() => {
        const ref = k.keyResults.find((r) => objectiveById.get(r.split('#')[0] ?? '')?.period === current.id) ?? '';
        const o = objectiveById.get(ref.split('#')[0] ?? '');
        return `${o?.keyResults.find((kr) => kr.ref === ref)?.title} · ${o?.title}`;
      })()}`,
    );
    await page.context().close();
  });
});

describe('the home page: objectives projected to miss', () => {
  it('names those behind today as well as the on-track ones, committed ones first, each with status and forecast', async () => {
    const inPeriod = snapshot.objectives.filter((o) => o.period === current.id);
    const behind = inPeriod.filter((o) => o.status !== 'on-track' && o.projectedToMiss);
    expect(behind.length).toBeGreaterThan(1);
    const expected = [...behind.filter((o) => o.kind === 'committed'), ...behind.filter((o) => o.kind !== 'committed')];
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const items = page.locator('[data-behind-to-miss] li');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-behind')))).toEqual(expected.map((o) => o.id));
    const words: Record<string, string> = { 'at-risk': 'at risk', 'off-track': 'off track', 'not-started': 'not started' };
    for (const o of expected) {
      const item = page.locator(`[data-behind-to-miss] li[data-behind="${o.id}"]`);
      expect(await trimmed(item)).toBe(
        `${o.title}${o.kind === 'committed' ? 'Committed' : ''} (${snapshot.teams.find((t) => t.id === o.team)?.name}, ${words[o.status] ?? o.status}, forecast ${formatScore(o.forecast)})`,
      );
      expect(await item.locator('a').getAttribute('href')).toBe(`/objectives/${o.period}/${o.id}/`);
    }
    expect(await trimmed(page.locator('[data-behind-to-miss-intro]'))).toBe(`Also projected to miss, and behind today (${expected.length} objectives):`);
    await page.context().close();
  });
});

describe('the home page: "Needs attention"', () => {
  const inForce = new Set([current.id, ...(current.parent ? [current.parent] : [])]);

  it('lists worsening, unhealthy KPIs that no key result of the current period measures', async () => {
    const expected = snapshot.kpis.filter(
      (k) => k.trend === 'worsening' && k.health !== 'healthy' && !k.keyResults.some((ref) => inForce.has(objectiveById.get(ref.split('#')[0] ?? '')?.period ?? '')),
    );
    // The demo has one, and worsening KPIs that are worked on this period are left out.
    expect(expected.map((k) => k.id)).toEqual(['inventory-days-of-cover']);
    expect(snapshot.kpis.filter((k) => k.trend === 'worsening' && k.health !== 'healthy').length).toBeGreaterThan(1);
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const listed = page.locator('[data-needs-attention] li[data-unworked-kpi]');
    expect(await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-unworked-kpi')))).toEqual(expected.map((k) => k.id));
    const first = expected[0] as SnapshotKpi;
    expect(await trimmed(listed)).toBe(
      `${first.title} · ${healthLook(first.health).label} · ${trendLook(first.trend).label} · no objective works on it this period (${snapshot.teams.find((t) => t.id === first.team)?.name})`,
    );
    expect(await listed.locator('a').getAttribute('href')).toBe(`/kpis/${first.id}/`);
    expect(await trimmed(page.locator('[data-unworked-intro]'))).toBe(
      `This KPI is worsening and not healthy, and no key result of ${current.name} measures it: a worsening KPI calls for an objective.`,
    );
    await page.context().close();
  });

  it('lists the objectives of the current period whose guardrail is critical, naming the guardrail', async () => {
    const expected = snapshot.objectives
      .filter((o) => o.period === current.id)
      .map((o) => ({ o, critical: o.supportingKpis.map(kpi).filter((k) => k.health === 'critical') }))
      .filter((x) => x.critical.length > 0);
    expect(expected.length).toBeGreaterThan(1);
    // An objective of an ended quarter whose guardrail is critical is not listed.
    const past = snapshot.objectives.filter((o) => o.period !== current.id && o.supportingKpis.some((id) => kpi(id).health === 'critical'));
    expect(past.length).toBeGreaterThan(0);
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(siteUrl);
    const items = page.locator('[data-needs-attention] li[data-guardrail-breach]');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-guardrail-breach')))).toEqual(expected.map((x) => x.o.id));
    for (const { o, critical } of expected) {
      const item = page.locator(`li[data-guardrail-breach="${o.id}"]`);
      expect(await trimmed(item)).toBe(`${o.title} (${snapshot.teams.find((t) => t.id === o.team)?.name}): guardrail ${critical.map((k) => k.title).join(', ')} · Critical`);
      expect(await item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        `/objectives/${o.period}/${o.id}/`,
        ...critical.map((k) => `/kpis/${k.id}/`),
      ]);
    }
    await page.context().close();
  });
});

describe('a period page says how committed and aspirational objectives stand', () => {
  /** The line written here from the snapshot's statuses and scores. */
  const expectedLine = (objectives: readonly SnapshotObjective[], phase: SnapshotPeriod['phase']): string => {
    const counts = (list: readonly SnapshotObjective[], order: string[], words: Record<string, string>) =>
      order.flatMap((s) => {
        const n = list.filter((o) => o.status === s).length;
        return n > 0 ? [`${n} ${words[s]}`] : [];
      });
    const words = { 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', done: 'done', achieved: 'achieved', partial: 'partly achieved', missed: 'missed' };
    const order = phase === 'after' ? ['achieved', 'partial', 'missed'] : ['done', 'on-track', 'at-risk', 'off-track'];
    const committed = objectives.filter((o) => o.kind === 'committed');
    const aspirational = objectives.filter((o) => o.kind === 'aspirational');
    const average = formatScore(weightedMean(aspirational.map((o) => ({ value: o.score, weight: o.weight }))));
    const c = committed.length > 0 ? ` (${counts(committed, order, words).join(', ')})` : '';
    const a = phase === 'after' ? ` (average ${average})` : ` (average ${average}; ${counts(aspirational, order, words).join(', ')})`;
    return `Committed: ${committed.length}${c} · Aspirational: ${aspirational.length}${a}`;
  };

  it('an ended period counts achieved and missed; a running one counts on track, at risk and off track; both print', async () => {
    const ended = snapshot.periods.find((p) => p.phase === 'after' && p.objectives > 0);
    if (!ended) throw new Error('the demo has no ended period with objectives');
    const endedLine = expectedLine(
      snapshot.objectives.filter((o) => o.period === ended.id),
      'after',
    );
    expect(endedLine).toMatch(/^Committed: \d+ \(\d+ missed\) · Aspirational: \d+ \(average 0\.\d\d\)$/);
    const runningLine = expectedLine(
      snapshot.objectives.filter((o) => o.period === current.id),
      'during',
    );
    expect(runningLine).toMatch(/^Committed: \d+ \(\d+ on track\) · Aspirational: \d+ \(average 0\.\d\d; \d+ on track, \d+ at risk, \d+ off track\)$/);
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    for (const [p, line] of [
      [ended, endedLine],
      [current, runningLine],
    ] as const) {
      await page.goto(`${siteUrl}periods/${p.id}/`);
      const summary = page.locator('[data-kind-summary]');
      expect(await trimmed(summary), p.id).toBe(line);
      // It sits under the period's facts, and the print view keeps it.
      expect(await summary.evaluate((el) => el.previousElementSibling?.matches('dl.meta'))).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await summary.isVisible(), `${p.id} print`).toBe(true);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.context().close();
  });

  it('describes the objectives shown: on a filtered page, and as the period page filters in place', async () => {
    const atRisk = snapshot.objectives.filter((o) => o.period === current.id && o.status === 'at-risk');
    expect(atRisk.length).toBeGreaterThan(0);
    const line = expectedLine(atRisk, 'during');
    const { page } = await watchedPage(browser, origin, { javaScriptEnabled: false });
    await page.goto(`${siteUrl}periods/${current.id}/status/at-risk/`);
    expect(await trimmed(page.locator('[data-kind-summary]'))).toBe(line);
    await page.context().close();
    const live = await watchedPage(browser, origin);
    await live.page.goto(`${siteUrl}periods/${current.id}/`);
    const summary = live.page.locator('[data-kind-summary]');
    const whole = await trimmed(summary);
    await live.page.locator('a[data-filter="status:at-risk"]').click();
    await expect.poll(() => trimmed(summary)).toBe(line);
    await live.page.locator('a[data-filter="all"]').click();
    await expect.poll(() => trimmed(summary)).toBe(whole);
    expect(live.problems).toEqual([]);
    await live.page.context().close();
  });

  it('an ended period names its missed committed objectives, grades each objective, and drops the time passed and the forecast', async () => {
    const ended = snapshot.periods.find((p) => p.phase === 'after' && p.objectives > 0);
    if (!ended) throw new Error('the demo has no ended period with objectives');
    const own = snapshot.objectives.filter((o) => o.period === ended.id);
    const missed = own.filter((o) => o.kind === 'committed' && o.status === 'missed');
    expect(missed.length).toBeGreaterThan(0);
    const { page } = await watchedPage(browser, origin, { viewport: { width: 718, height: 1000 } });
    await page.goto(`${siteUrl}periods/${ended.id}/`);
    const items = page.locator('[data-missed-committed] li');
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-missed')))).toEqual(missed.map((o) => o.id));
    const first = missed[0] as SnapshotObjective;
    expect(await trimmed(items)).toBe(`${first.title} (${snapshot.teams.find((t) => t.id === first.team)?.name}, score ${formatScore(first.score)})`);
    const headers = await page
      .locator('table.objectives')
      .first()
      .locator('thead th')
      .evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));
    expect(headers).toEqual(['Objective', 'Owner', 'Status', 'Score', 'Grade', 'Updated']);
    const grades = await page
      .locator('tr[data-objective]')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-objective'), tr.querySelector('[data-figure="grade"]')?.textContent]));
    expect(Object.fromEntries(grades)).toEqual(Object.fromEntries(own.map((o) => [o.id, o.grade.toFixed(1)])));
    // Each team's heading gives the team's own score in the period, as core computed it.
    const headings = await page.locator('section.team-group').evaluateAll((sections) => sections.map((s) => s.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim()));
    const teamsShown = [...new Set(own.map((o) => o.team))];
    expect(headings.sort()).toEqual(
      teamsShown
        .map((id) => {
          const team = snapshot.teams.find((t) => t.id === id);
          return `${team?.name} · team score ${formatScore(team?.scores[ended.id])}`;
        })
        .sort(),
    );
    // On paper the list is kept and every column fits the page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-missed-committed]').isVisible()).toBe(true);
    expect(await page.locator('.table-wrap').evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth).length)).toBe(0);
    await page.emulateMedia({ media: 'screen' });
    // Filtering in place to a team without a missed committed objective hides the list; clearing the filter shows it again.
    const other = snapshot.teams.find((t) => own.some((o) => o.team === t.id) && !missed.some((o) => o.team === t.id) && !snapshot.teams.some((c) => c.parent === t.id));
    if (!other) throw new Error('no team without a missed committed objective');
    await page.locator(`a[data-filter="team:${other.id}"]`).click();
    await expect.poll(() => page.locator('[data-missed-committed]').isVisible()).toBe(false);
    await page.locator('a[data-filter="all"]').click();
    await expect.poll(() => page.locator('[data-missed-committed]').isVisible()).toBe(true);
    // A running period keeps the time passed and the forecast, and names no missed objective.
    await page.goto(`${siteUrl}periods/${current.id}/`);
    expect(
      await page
        .locator('table.objectives')
        .first()
        .locator('thead th')
        .evaluateAll((ths) => ths.map((th) => th.textContent?.trim())),
    ).toEqual(['Objective', 'Owner', 'Status', 'Score', 'Expected', 'Forecast', 'Updated']);
    expect(await page.locator('[data-missed-committed]').count()).toBe(0);
    // A team's page grades its objectives of an ended period the same way, and keeps the forecast for a running one.
    const team = snapshot.teams.find((t) => own.some((o) => o.team === t.id) && snapshot.objectives.some((o) => o.team === t.id && o.period === current.id));
    if (!team) throw new Error('no team with objectives in an ended and in the current period');
    await page.goto(`${siteUrl}teams/${team.id}/`);
    const headersOf = (period: string) =>
      page
        .locator(`section[aria-labelledby="period-${period}"] table.objectives thead th`)
        .evaluateAll((ths) => ths.map((th) => th.textContent?.trim()));
    expect(await headersOf(ended.id)).toEqual(['Objective', 'Owner', 'Status', 'Score', 'Grade', 'Updated']);
    expect(await headersOf(current.id)).toEqual(['Objective', 'Owner', 'Status', 'Score', 'Expected', 'Forecast', 'Updated']);
    await page.context().close();
  });
});
