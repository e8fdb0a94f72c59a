import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sparklineLayout, sparklineSeries, trendWindow } from '../kpi-trend/kpi-trend.layout.js';
import { boardKpis, filterKpis, healthCounts, knowsTeam, parseHealthFilter, sortKpis, teamScope, tileHref } from './kpi-board.layout.js';

const teams = [
  { id: 'acme', parent: null },
  { id: 'sales', parent: 'acme' },
  { id: 'field-sales', parent: 'sales' },
  { id: 'key-accounts', parent: 'field-sales' },
  { id: 'people', parent: 'acme' },
];

const kpis = [
  { id: 'revenue', team: 'sales', key: true, health: 'healthy' as const },
  { id: 'pipeline', team: 'field-sales', key: false, health: 'warning' as const },
  { id: 'big-deals', team: 'key-accounts', key: false, health: 'critical' as const },
  { id: 'turnover', team: 'people', key: true, health: 'critical' as const },
  { id: 'carbon', team: null, key: false, health: 'unknown' as const },
];

describe('parseHealthFilter', () => {
  it('reads comma or space separated healths and ignores unknown words', () => {
    expect([...parseHealthFilter('critical,warning')].sort()).toEqual(['critical', 'warning']);
    expect([...parseHealthFilter(' Healthy  bogus ')]).toEqual(['healthy']);
    expect(parseHealthFilter(undefined).size).toBe(0);
  });
});

describe('teamScope', () => {
  it('includes every sub-team, however deep', () => {
    expect([...teamScope(teams, 'sales')].sort()).toEqual(['field-sales', 'key-accounts', 'sales']);
    expect([...teamScope(teams, 'people')]).toEqual(['people']);
  });

  it('survives a cycle in the parent links', () => {
    expect([...teamScope([{ id: 'a', parent: 'b' }, { id: 'b', parent: 'a' }], 'a')].sort()).toEqual(['a', 'b']);
  });

  it('knows teams from the team list or from KPIs', () => {
    expect(knowsTeam(teams, kpis, 'people')).toBe(true);
    expect(knowsTeam([], kpis, 'key-accounts')).toBe(true);
    expect(knowsTeam(teams, kpis, 'nobody')).toBe(false);
  });
});

describe('filterKpis', () => {
  const ids = (list: { id: string }[]): string[] => list.map((k) => k.id);

  it('keeps everything without filters, in order', () => {
    expect(ids(filterKpis(kpis, teams, {}))).toEqual(['revenue', 'pipeline', 'big-deals', 'turnover', 'carbon']);
  });

  it('filters key KPIs, a team with its sub-teams, and healths, together', () => {
    expect(ids(filterKpis(kpis, teams, { key: true }))).toEqual(['revenue', 'turnover']);
    expect(ids(filterKpis(kpis, teams, { team: 'sales' }))).toEqual(['revenue', 'pipeline', 'big-deals']);
    expect(ids(filterKpis(kpis, teams, { team: 'field-sales' }))).toEqual(['pipeline', 'big-deals']);
    expect(ids(filterKpis(kpis, teams, { health: parseHealthFilter('critical') }))).toEqual(['big-deals', 'turnover']);
    expect(ids(filterKpis(kpis, teams, { team: 'acme', key: true, health: parseHealthFilter('critical,warning') }))).toEqual(['turnover']);
    expect(ids(filterKpis(kpis, teams, { team: 'people', health: parseHealthFilter('healthy') }))).toEqual([]);
  });
});

describe('healthCounts', () => {
  it('counts worst first and leaves out healths nobody has', () => {
    expect(healthCounts(kpis.slice(0, 4))).toEqual([
      { health: 'critical', count: 2 },
      { health: 'warning', count: 1 },
      { health: 'healthy', count: 1 },
    ]);
  });
});

describe('boardKpis and sparklineSeries', () => {
  const day = (n: number): string => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  // Distinct days in order, as a snapshot's series has them, with values that repeat now and then.
  const series = fc
    .uniqueArray(fc.integer({ min: 0, max: 1100 }), { maxLength: 800 })
    .chain((days) => fc.tuple(fc.constant([...days].sort((a, b) => a - b)), fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })), { minLength: days.length, maxLength: days.length })))
    .map(([days, values]) => days.map((d, i) => ({ date: day(d), value: values[i] as number, note: i % 7 === 0 ? 'a note' : undefined })));
  const target = fc.oneof(fc.constant(null), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.record({ min: fc.integer({ min: -10, max: 0 }), max: fc.integer({ min: 1, max: 10 }) }));

  it('a sparkline drawn from its own measurements is the one drawn from the whole series, and they are few', () => {
    fc.assert(
      fc.property(series, target, (whole, band) => {
        const kept = sparklineSeries(whole);
        expect(sparklineLayout(kept, band)).toEqual(sparklineLayout(whole, band));
        expect(sparklineSeries(kept)).toEqual(kept);
        expect(kept.length).toBeLessThanOrEqual(118);
        // The line spans what the window holds: its first and last days, its lowest and highest values.
        const shown = trendWindow(whole).series;
        const values = (ms: readonly { value: number }[]): number[] => ms.map((m) => m.value);
        expect([kept[0]?.date, kept.at(-1)?.date]).toEqual([shown[0]?.date, shown.at(-1)?.date]);
        if (shown.length > 0) expect([Math.min(...values(kept)), Math.max(...values(kept))]).toEqual([Math.min(...values(shown)), Math.max(...values(shown))]);
        for (const m of kept) expect(Object.keys(m)).toEqual(['date', 'value']);
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('keeps about 115 of a daily KPI’s 18 months, and for gauge tiles only the latest measurement', () => {
    const daily = Array.from({ length: 730 }, (_, i) => ({ date: day(i), value: 100 + Math.sin(i / 9) * 20 + (i % 5), note: 'n' }));
    const [sparkline] = boardKpis([{ id: 'daily', series: daily }], 'sparkline');
    expect(sparkline?.series.length).toBeGreaterThan(100);
    expect(sparkline?.series.length).toBeLessThanOrEqual(118);
    expect(sparkline?.series.at(-1)).toEqual({ date: day(729), value: daily[729]?.value });
    const [gauge, never] = boardKpis(
      [
        { id: 'daily', series: daily },
        { id: 'never', series: [] },
      ],
      'gauge',
    );
    expect(gauge?.series).toEqual([{ date: day(729), value: daily[729]?.value }]);
    expect(never?.series).toEqual([]);
    expect(gauge).toMatchObject({ id: 'daily' });
  });
});

describe('sortKpis', () => {
  it('keeps the data order, or puts the worst health first and keeps the data order within each', () => {
    expect(sortKpis(kpis, 'given').map((k) => k.id)).toEqual(['revenue', 'pipeline', 'big-deals', 'turnover', 'carbon']);
    expect(sortKpis(kpis, 'health').map((k) => k.id)).toEqual(['big-deals', 'turnover', 'pipeline', 'revenue', 'carbon']);
    // The same order as the summary's counts.
    expect([...new Set(sortKpis(kpis, 'health').map((k) => k.health))]).toEqual(healthCounts(kpis).map((c) => c.health));
  });
});

describe('tileHref', () => {
  it('fills the KPI id and team, URL-encoded, and leaves other braces alone', () => {
    expect(tileHref('/kpis/{id}/', { id: 'uptime', team: 'platform' })).toBe('/kpis/uptime/');
    expect(tileHref('/t/{team}/{id}?x={nope}', { id: 'a b', team: 'w/eb' })).toBe('/t/w%2Feb/a%20b?x={nope}');
    expect(tileHref('/t/{team}/', { id: 'x', team: null })).toBe('/t//');
  });
});
