import { describe, expect, it } from 'vitest';
import { filterKpis, healthCounts, knowsTeam, parseHealthFilter, teamScope } from './kpi-board.layout.js';

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
