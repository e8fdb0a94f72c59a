import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Snapshot } from '@cairn/core';
import { formatDate, formatValue } from '@cairn/elements/format';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { atomFeed, entryId, type FeedHead, jsonFeed } from '../src/lib/feed-documents.js';
import { FEED_SIZE, feedEvents, latestEntries, MEASUREMENTS_PER_KPI } from '../src/lib/feed-entries.js';

const siteDir = inject('siteDir');
const snapshot = JSON.parse(inject('snapshotJson')) as Snapshot;
const locale = snapshot.site.locale ?? 'en-GB';
const siteUrl = snapshot.site.url ?? '';

interface AtomEntry {
  id: string;
  title: { '#text': string };
  link: { '@_href': string }[];
  updated: string;
  author?: { name: string }[];
  category: { '@_term': string };
  summary: { '#text': string };
}
interface AtomFeed {
  feed: { '@_xmlns': string; id: string; title: { '#text': string }; updated: string; link: { '@_rel': string; '@_href': string }[]; entry?: AtomEntry[] };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['entry', 'link', 'author'].includes(name), parseTagValue: false });

async function readAtom(path: string): Promise<AtomFeed> {
  const xml = await readFile(join(siteDir, path), 'utf8');
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as AtomFeed;
}

/** The built file a link of the feed names, or null when the site has none. */
async function fileOf(link: string): Promise<string | null> {
  expect(link.startsWith(`${siteUrl.replace(/\/$/, '')}/`), link).toBe(true);
  const path = decodeURIComponent(new URL(link).pathname);
  const file = join(siteDir, path.endsWith('/') ? `${path}index.html` : path);
  return (await stat(file).catch(() => null))?.isFile() ? file : null;
}

const checkins = snapshot.objectives.flatMap((o) => o.keyResults.flatMap((kr) => kr.checkins.map((c, index) => ({ o, kr, c, index }))));

describe('the site feed (/feed.xml)', () => {
  it('is Atom, holds the latest changes newest first, at most the feed size', async () => {
    const { feed } = await readAtom('feed.xml');
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`${siteUrl.replace(/\/$/, '')}/feed.xml`);
    expect(feed.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(feed.id);
    const entries = feed.entry ?? [];
    expect(entries.length).toBe(FEED_SIZE);
    const dates = entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    // Nothing newer was left out: every check-in after the oldest shown date is in the feed.
    const oldest = (dates.at(-1) ?? '').slice(0, 10);
    const newer = checkins.filter(({ c }) => c.date > oldest);
    expect(newer.length).toBeGreaterThan(3);
    expect(entries.filter((e) => e.category['@_term'] === 'checkin' && e.updated.slice(0, 10) > oldest).length).toBe(newer.length);
  });

  it("writes each check-in's values as the snapshot has them, formatted as the pages format them", async () => {
    const { feed } = await readAtom('feed.xml');
    const shown = (feed.entry ?? []).filter((e) => e.category['@_term'] === 'checkin');
    expect(shown.length).toBeGreaterThan(10);
    for (const entry of shown) {
      const link = entry.link[0]?.['@_href'] ?? '';
      const [, period, objective, kr] = /\/objectives\/([^/]+)\/([^/]+)\/#kr-(.+)$/.exec(link) ?? [];
      const found = checkins.find((x) => x.o.period === period && x.o.id === objective && x.kr.id === kr && x.c.date === entry.updated.slice(0, 10));
      if (!found) throw new Error(`no check-in in the snapshot for ${entry.title['#text']} (${link})`);
      const { o, kr: keyResult, c, index } = found;
      const before = index > 0 ? keyResult.checkins[index - 1]?.value : keyResult.start;
      const write = (v: number | boolean | null | undefined): string => (typeof v === 'number' ? formatValue(v, keyResult.unit, locale) : v === true ? 'Done' : 'Not done');
      const change = before === null || before === undefined ? write(c.value) : `${write(before)} → ${write(c.value)}`;
      expect(entry.title['#text']).toBe(`${o.title} · ${keyResult.title}: ${c.value === null ? 'checked in (values not published)' : change}`);
      // Only who made the check-in is its author; an unsigned one has none of its own (the feed's author stands in).
      expect(entry.author?.map((a) => a.name)).toEqual(c.by ? [c.by] : undefined);
      if (c.note) expect(entry.summary['#text']).toContain(c.note);
    }
  });

  it("writes each measurement's value as the snapshot has it, and no KPI fills the feed", async () => {
    const { feed } = await readAtom('feed.xml');
    const shown = (feed.entry ?? []).filter((e) => e.category['@_term'] === 'measurement');
    expect(shown.length).toBeGreaterThan(0);
    const perKpi = new Map<string, number>();
    for (const entry of shown) {
      const id = /\/kpis\/([^/]+)\/$/.exec(entry.link[0]?.['@_href'] ?? '')?.[1] ?? '';
      perKpi.set(id, (perKpi.get(id) ?? 0) + 1);
      const kpi = snapshot.kpis.find((k) => k.id === id);
      if (!kpi) throw new Error(`no KPI ${id}`);
      if (kpi.valuesHidden) {
        expect(entry.title['#text']).toBe(`${kpi.title}: measured (values not published)`);
        continue;
      }
      const at = kpi.series.findIndex((m) => m.date === entry.updated.slice(0, 10));
      const point = kpi.series[at];
      if (!point) throw new Error(`no measurement of ${id} on ${entry.updated}`);
      const before = kpi.series[at - 1];
      const value = formatValue(point.value, kpi.unit, locale);
      expect(entry.title['#text']).toBe(`${kpi.title}: ${before ? `${formatValue(before.value, kpi.unit, locale)} → ${value}` : value}`);
    }
    for (const count of perKpi.values()) expect(count).toBeLessThanOrEqual(MEASUREMENTS_PER_KPI);
  });

  it('links every entry to a page of the built site', async () => {
    const { feed } = await readAtom('feed.xml');
    const missing: string[] = [];
    for (const entry of feed.entry ?? []) {
      const link = entry.link[0]?.['@_href'] ?? '';
      const file = await fileOf(link);
      if (!file) missing.push(link);
      // A check-in's fragment names its key result's heading on that page.
      const fragment = link.split('#')[1];
      if (file && fragment) expect(await readFile(file, 'utf8'), link).toContain(`id="${fragment}"`);
    }
    expect(missing).toEqual([]);
  });
});

describe('the team feeds and the JSON Feed', () => {
  it('a team feed holds only changes of its own objectives and KPIs', async () => {
    const { feed } = await readAtom('teams/sales/feed.xml');
    expect(feed.title['#text']).toBe('Sales · Acme goals: check-ins and measurements');
    const entries = feed.entry ?? [];
    expect(entries.length).toBeGreaterThan(0);
    const own = new Set([
      ...snapshot.objectives.filter((o) => o.team === 'sales').map((o) => `/objectives/${o.period}/${o.id}/`),
      ...snapshot.kpis.filter((k) => k.team === 'sales').map((k) => `/kpis/${k.id}/`),
    ]);
    for (const entry of entries) expect(own.has(new URL(entry.link[0]?.['@_href'] ?? '').pathname), entry.title['#text']).toBe(true);
    for (const team of snapshot.teams) expect(await stat(join(siteDir, 'teams', team.id, 'feed.xml')).then((s) => s.isFile())).toBe(true);
  });

  it('/feed.json is JSON Feed 1.1 with the same entries as the Atom feed', async () => {
    const json = JSON.parse(await readFile(join(siteDir, 'feed.json'), 'utf8')) as {
      version: string;
      feed_url: string;
      items: { id: string; title: string; url: string; date_published: string }[];
    };
    const { feed } = await readAtom('feed.xml');
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${siteUrl.replace(/\/$/, '')}/feed.json`);
    expect(json.items.map((i) => [i.id, i.title, i.url, i.date_published])).toEqual((feed.entry ?? []).map((e) => [e.id, e.title['#text'], e.link[0]?.['@_href'], e.updated]));
  });

  it('the pages link the feeds with rel=alternate, and the API page lists them', async () => {
    const home = await readFile(join(siteDir, 'index.html'), 'utf8');
    expect(home).toContain('<link rel="alternate" type="application/atom+xml" title="Acme goals: check-ins and measurements" href="/feed.xml">');
    expect(home).toContain('type="application/feed+json"');
    const team = await readFile(join(siteDir, 'teams/sales/index.html'), 'utf8');
    expect(team).toContain('<link rel="alternate" type="application/atom+xml" title="Sales: check-ins and measurements" href="/teams/sales/feed.xml">');
    const api = await readFile(join(siteDir, 'api/index.html'), 'utf8');
    expect(api).toContain('href="/feed.xml"');
    expect(api).toContain('href="/feed.json"');
  });
});

describe('feed documents', () => {
  const head: FeedHead = { title: 'T', description: 'D', page: '/goals/', self: '/goals/feed.xml', publisher: 'Acme', locale: 'en-GB', asOf: '2026-11-15', siteUrl: null };
  const hostile = 'Ship <b>it</b> & "win" ]]> \u0001now';

  it('keeps titles text: markup, ampersands and CDATA ends are escaped and read back exactly', () => {
    const xml = atomFeed({ ...head, title: hostile }, [
      { kind: 'checkin', key: 'k', title: hostile, date: '2026-11-10', path: '/goals/objectives/q/o/#kr-a', authors: ['<eve>'], summary: hostile, team: null },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<b>');
    const parsed = parser.parse(xml) as AtomFeed;
    const written = 'Ship <b>it</b> & "win" ]]> now';
    expect(parsed.feed.title['#text']).toBe(written);
    expect(parsed.feed.entry?.[0]?.title['#text']).toBe(written);
    expect(parsed.feed.entry?.[0]?.summary['#text']).toBe(written);
    expect(parsed.feed.entry?.[0]?.author?.[0]?.name).toBe('<eve>');
  });

  it('without site.url, links are paths under the base and ids are urn:uuid', () => {
    const xml = atomFeed(head, [{ kind: 'measurement', key: 'm', title: 'x', date: '2026-11-10', path: '/goals/kpis/a/', authors: [], summary: 's', team: null }]);
    const { feed } = parser.parse(xml) as AtomFeed;
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(feed.link.map((l) => l['@_href'])).toEqual(['/goals/', '/goals/feed.xml']);
    expect(feed.entry?.[0]?.link[0]?.['@_href']).toBe('/goals/kpis/a/');
    const json = JSON.parse(jsonFeed(head, [])) as { home_page_url: string; items: unknown[] };
    expect(json.home_page_url).toBe('/goals/');
    expect(json.items).toEqual([]);
  });

  it('an entry id is a version 5 UUID of the publisher and the change, the same on every build', () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_URL, 'cairn:x:y') gives this.
    expect(entryId('x', 'y')).toBe('urn:uuid:6c30e873-46f7-5b81-bef0-714a2a8555af');
    expect(entryId('Acme', 'checkin:a#b:2026-11-10:0')).not.toBe(entryId('Acme', 'checkin:a#b:2026-11-10:1'));
  });
});

describe('feed entries from a snapshot', () => {
  const paths = { objective: (period: string, id: string) => `/objectives/${period}/${id}/`, kpi: (id: string) => `/kpis/${id}/` };

  it('names as a check-in’s author only who made it, never the owner in their place', () => {
    const objective = snapshot.objectives.find((o) => o.keyResults.some((kr) => kr.checkins.some((c) => c.by) && kr.owner));
    if (!objective) throw new Error('the demo has no key result with an owner and a check-in by someone');
    // The same check-ins, once with who made them and once without.
    const unsigned: Snapshot = { ...snapshot, kpis: [], objectives: [{ ...objective, keyResults: objective.keyResults.map((kr) => ({ ...kr, checkins: kr.checkins.map((c) => ({ ...c, by: null })) })) }] };
    const signed = latestEntries(feedEvents({ ...snapshot, kpis: [], objectives: [objective] }, paths, locale).all);
    expect(signed.some((entry) => entry.authors.length > 0)).toBe(true);
    const entries = latestEntries(feedEvents(unsigned, paths, locale).all);
    expect(entries.length).toBe(signed.length);
    for (const entry of entries) expect(entry.authors, entry.title).toEqual([]);
    // In the Atom file such an entry has no author of its own: the feed's author stands for it.
    const head: FeedHead = { title: 'T', description: 'D', page: '/', self: '/feed.xml', publisher: 'Acme', locale, asOf: snapshot.asOf, siteUrl: null };
    const xml = atomFeed(head, entries.slice(0, 1));
    expect(xml).not.toMatch(/<entry>[\s\S]*<author>/);
  });

  it('a key result with hidden values says so and writes none of its numbers', () => {
    const objective = snapshot.objectives.find((o) => o.keyResults.some((kr) => kr.checkins.length > 1 && kr.start !== null));
    if (!objective) throw new Error('the demo has no key result with check-ins');
    const hidden: Snapshot = {
      ...snapshot,
      kpis: [],
      objectives: [
        {
          ...objective,
          keyResults: objective.keyResults.map((kr) => ({
            ...kr,
            valuesHidden: true,
            start: null,
            target: null,
            current: null,
            checkins: kr.checkins.map((c) => ({ ...c, value: null })),
          })),
        },
      ],
    };
    const visible = latestEntries(feedEvents({ ...hidden, objectives: [objective] }, paths, locale).all);
    const entries = latestEntries(feedEvents(hidden, paths, locale).all);
    expect(entries.length).toBe(visible.length);
    for (const [i, entry] of entries.entries()) {
      expect(entry.title).toMatch(/: checked in \(values not published\)$/);
      expect(entry.summary).toContain('Its values are not published.');
      expect(entry.summary).not.toContain('→');
      // The same change with values shows them; hidden, the title and summary carry no digit of them.
      expect(visible[i]?.title).toContain('→');
      // Titles are published as written, and the progress is public: neither counts as a leak here.
      const published = [objective.title, ...objective.keyResults.map((kr) => kr.title)];
      const text = published
        .reduce((rest, title) => rest.split(title).join(''), `${entry.title} ${entry.summary}`)
        .replace(/Now: .*$/, '')
        .replace(/\d{1,2} [A-Z][a-z]{2} \d{4}/g, '')
        .replace(/Confidence: \d+ %/, '');
      const values = objective.keyResults.flatMap((kr) => [kr.start, kr.target, ...kr.checkins.map((c) => c.value)]).filter((v): v is number => typeof v === 'number');
      for (const v of values) expect(text).not.toMatch(new RegExp(`(^|[^\\d.,])${formatValue(v, null, locale).replace(/[.,]/g, '\\$&')}([^\\d.,]|$)`));
    }
  });

  it('a key result marked values: hidden shows its values in the company’s own feed, whose snapshot keeps them', () => {
    const objective = snapshot.objectives.find((o) => o.keyResults.some((kr) => kr.checkins.length > 1 && kr.start !== null));
    if (!objective) throw new Error('the demo has no key result with check-ins');
    const marked = { ...objective, keyResults: objective.keyResults.map((kr) => ({ ...kr, valuesHidden: true })) };
    const internal: Snapshot = { ...snapshot, audience: 'internal', kpis: [], objectives: [marked] };
    const entries = latestEntries(feedEvents(internal, paths, locale).all);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.title).not.toContain('values not published');
      expect(entry.title).toContain('→');
    }
  });

  it('a KPI with hidden values says when it was measured and how it stands, with no value', () => {
    const revenue = snapshot.kpis.find((k) => k.id === 'revenue');
    expect(revenue).toMatchObject({ valuesHidden: true, series: [] });
    if (!revenue || revenue.daysSinceLatest === null) throw new Error('the demo hides the revenue KPI and says how long since it was measured');
    const events = feedEvents(snapshot, paths, locale).all.filter((e) => e.key.startsWith('measurement:revenue:'));
    expect(events.length).toBe(1);
    const [entry] = latestEntries(events);
    const measured = new Date(Date.parse(`${snapshot.asOf}T00:00:00Z`) - revenue.daysSinceLatest * 86_400_000).toISOString().slice(0, 10);
    expect(entry).toMatchObject({ kind: 'measurement', date: measured, path: '/kpis/revenue/', title: 'Monthly revenue: measured (values not published)', team: 'sales' });
    expect(entry?.summary).toBe(`Monthly revenue, measured on ${formatDate(measured, locale)}. Its values are not published. Health now: Healthy; improving.`);
  });

  it('keeps only the latest measurements of each KPI and groups changes by team', () => {
    const events = feedEvents(snapshot, paths, locale);
    for (const kpi of snapshot.kpis.filter((k) => !k.valuesHidden)) {
      expect(events.all.filter((e) => e.key.startsWith(`measurement:${kpi.id}:`)).length).toBe(Math.min(kpi.series.length, MEASUREMENTS_PER_KPI));
    }
    expect(events.all.filter((e) => e.key.startsWith('checkin:')).length).toBe(checkins.length);
    for (const [team, list] of events.byTeam) for (const e of list) expect(e.team).toBe(team);
  });
});
