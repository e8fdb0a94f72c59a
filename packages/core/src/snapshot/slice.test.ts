import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildSnapshot,
  checkRepository,
  kpiListSlice,
  kpiSlice,
  loadGoalsFolder,
  objectiveSlice,
  periodSlice,
  selectObjectives,
  snapshotSlicer,
  SnapshotSchema,
  teamAncestry,
  teamAndDescendants,
  teamSlice,
  type Snapshot,
} from '../node/index.js';

const ACME = fileURLToPath(new URL('../../../../examples/acme/', import.meta.url));
let snapshot: Snapshot;

beforeAll(async () => {
  const repo = await loadGoalsFolder(ACME);
  expect(checkRepository(repo).filter((p) => p.severity === 'error')).toEqual([]);
  snapshot = buildSnapshot(repo, '2026-11-15');
});

const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);

describe('slices of the demo snapshot', () => {
  it('each validates against the snapshot schema and keeps the snapshot head', () => {
    const slices = [
      periodSlice(snapshot, '2026-q4'),
      teamSlice(snapshot, 'sales'),
      objectiveSlice(snapshot, 'eco-leader'),
      kpiSlice(snapshot, 'revenue'),
      kpiListSlice(snapshot),
    ];
    for (const s of slices) {
      expect(SnapshotSchema.safeParse(JSON.parse(JSON.stringify(s))).success).toBe(true);
      expect({ version: s.version, asOf: s.asOf, organisation: s.organisation, site: s.site, defaultPeriod: s.defaultPeriod }).toEqual({
        version: 1,
        asOf: '2026-11-15',
        organisation: 'Acme Inc.',
        site: snapshot.site,
        defaultPeriod: '2026-q4',
      });
    }
    expect(slices.map((s) => s.slice)).toEqual([
      { kind: 'period', id: '2026-q4' },
      { kind: 'team', id: 'sales' },
      { kind: 'objective', id: 'eco-leader' },
      { kind: 'kpi', id: 'revenue' },
      { kind: 'kpis', id: null },
    ]);
    expect(snapshot.slice).toBeUndefined();
  });

  it('a period slice holds exactly its objectives, the year around it, and the owning teams up to the root', () => {
    const s = periodSlice(snapshot, '2026-q4');
    expect(ids(s.objectives)).toEqual(ids(snapshot.objectives.filter((o) => o.period === '2026-q4')));
    expect(s.objectives.length).toBeGreaterThan(10);
    expect(ids(s.periods)).toEqual(['2026', '2026-q4']);
    const owning = new Set(s.objectives.map((o) => o.team));
    for (const team of owning) expect(ids(s.teams)).toContain(team);
    expect(ids(s.teams)).toContain('acme');
    // No team appears that neither owns an objective nor sits above one that does.
    const needed = new Set([...owning].flatMap((team) => teamAncestry(snapshot, team)));
    expect(new Set(ids(s.teams))).toEqual(needed);
    expect(s.kpis).toEqual([]);
  });

  it('a team slice holds its own objectives in every period, its KPIs, its sub-teams and the teams above it', () => {
    const s = teamSlice(snapshot, 'sales');
    expect(s.objectives.every((o) => o.team === 'sales')).toBe(true);
    expect(ids(s.objectives)).toEqual(ids(snapshot.objectives.filter((o) => o.team === 'sales')));
    expect(ids(s.teams).sort()).toEqual(['acme', 'field-sales', 'inside-sales', 'sales']);
    expect(ids(s.kpis)).toEqual(ids(snapshot.kpis.filter((k) => k.team === 'sales')));
  });

  it('an objective slice holds its alignment chain, its children and the KPIs it uses', () => {
    const s = objectiveSlice(snapshot, 'eco-leader');
    const eco = snapshot.objectives.find((o) => o.id === 'eco-leader');
    expect(eco?.parent).toBeTruthy();
    const expected = new Set(['eco-leader', (eco?.parent ?? '').split('#')[0] as string, ...(eco?.children ?? [])]);
    expect(new Set(ids(s.objectives))).toEqual(expected);
    expect(ids(s.kpis).sort()).toEqual([...new Set([...(eco?.supportingKpis ?? []), ...(eco?.keyResults.flatMap((kr) => (kr.kpi ? [kr.kpi] : [])) ?? [])])].sort());
    expect(ids(s.periods)).toEqual(['2026', '2026-q4']);
  });

  it('a KPI slice holds the KPI, the KPIs it drives or that drive it, and the objectives measuring or watching it', () => {
    const revenue = snapshot.kpis.find((k) => k.id === 'revenue');
    const s = kpiSlice(snapshot, 'revenue');
    expect(new Set(ids(s.kpis))).toEqual(new Set(['revenue', ...(revenue?.drives ?? []), ...(revenue?.drivenBy ?? [])]));
    const objectives = new Set([...(revenue?.guards ?? []), ...(revenue?.keyResults ?? []).map((r) => r.split('#')[0])]);
    expect(objectives.size).toBeGreaterThan(0);
    expect(new Set(ids(s.objectives))).toEqual(objectives);
  });

  it('the KPI list keeps every KPI and the measurements a sparkline shows, and is smaller than the whole', () => {
    const s = kpiListSlice(snapshot, { months: 1 });
    expect(ids(s.kpis)).toEqual(ids(snapshot.kpis));
    for (const [i, k] of s.kpis.entries()) {
      const whole = snapshot.kpis[i];
      const last = whole?.series.at(-1)?.date;
      expect(k.series.at(-1)?.date).toBe(last);
      // Two months back from the last measurement is kept, anything older is gone.
      for (const m of k.series) expect(m.date >= monthsBack(last ?? '', 2)).toBe(true);
      expect(whole?.series.filter((m) => m.date >= monthsBack(last ?? '', 2))).toEqual(k.series);
    }
    expect(s.kpis.some((k, i) => k.series.length < (snapshot.kpis[i]?.series.length ?? 0))).toBe(true);
    expect(JSON.stringify(kpiListSlice(snapshot)).length).toBeLessThanOrEqual(JSON.stringify({ ...snapshot, objectives: [] }).length);
  });

  it('one slicer gives every page its slice: for each id, the members a plain search of the whole would pick, in the snapshot order', () => {
    const slicer = snapshotSlicer(snapshot);
    const inOrder = <T extends { id: string }>(all: readonly T[], keep: (item: T) => boolean): string[] => all.filter(keep).map((i) => i.id);
    const teamsUp = (wanted: readonly string[]): string[] => inOrder(snapshot.teams, (t) => wanted.some((w) => teamAncestry(snapshot, w).includes(t.id)));
    for (const o of snapshot.objectives) {
      const s = slicer.objective(o.id);
      const chain = new Set<string>([o.id, ...o.children]);
      for (let p = o.parent?.split('#')[0]; p && !chain.has(p); p = snapshot.objectives.find((x) => x.id === p)?.parent?.split('#')[0]) chain.add(p);
      expect(ids(s.objectives)).toEqual(inOrder(snapshot.objectives, (x) => chain.has(x.id)));
      expect(ids(s.kpis)).toEqual(inOrder(snapshot.kpis, (k) => o.supportingKpis.includes(k.id) || o.keyResults.some((kr) => kr.kpi === k.id)));
      expect(ids(s.teams)).toEqual(teamsUp(s.objectives.map((x) => x.team)));
      expect(s).toEqual(objectiveSlice(snapshot, o.id));
    }
    for (const t of snapshot.teams) {
      const s = slicer.team(t.id);
      expect(ids(s.objectives)).toEqual(inOrder(snapshot.objectives, (x) => x.team === t.id));
      expect(ids(s.kpis)).toEqual(inOrder(snapshot.kpis, (k) => k.team === t.id));
      expect(ids(s.teams)).toEqual(teamsUp([t.id, ...snapshot.teams.filter((x) => x.parent === t.id).map((x) => x.id)]));
    }
    for (const k of snapshot.kpis) {
      const s = slicer.kpi(k.id);
      expect(ids(s.kpis)).toEqual(inOrder(snapshot.kpis, (x) => x.id === k.id || k.drives.includes(x.id) || k.drivenBy.includes(x.id)));
      expect(ids(s.objectives)).toEqual(inOrder(snapshot.objectives, (x) => k.guards.includes(x.id) || k.keyResults.some((ref) => ref.split('#')[0] === x.id)));
    }
    for (const p of snapshot.periods) expect(ids(slicer.period(p.id).objectives)).toEqual(inOrder(snapshot.objectives, (x) => x.period === p.id));
  });

  it('an unknown id is refused with a message naming it', () => {
    expect(() => periodSlice(snapshot, '2030-q1')).toThrow('There is no period "2030-q1" in the snapshot.');
    expect(() => teamSlice(snapshot, 'nobody')).toThrow('There is no team "nobody" in the snapshot.');
    expect(() => objectiveSlice(snapshot, 'nope')).toThrow('There is no objective "nope" in the snapshot.');
    expect(() => kpiSlice(snapshot, 'nope')).toThrow('There is no KPI "nope" in the snapshot.');
  });
});

describe('team and objective selection', () => {
  it('a team and its descendants; the chain above a team', () => {
    expect([...teamAndDescendants(snapshot, 'sales')].sort()).toEqual(['field-sales', 'inside-sales', 'sales']);
    expect(teamAndDescendants(snapshot, 'acme').size).toBe(snapshot.teams.length);
    expect(teamAncestry(snapshot, 'field-sales')).toEqual(['field-sales', 'sales', 'acme']);
    expect(teamAncestry(snapshot, 'nobody')).toEqual([]);
  });

  it('selects one period, parents before their children, children one level deeper', () => {
    const rows = selectObjectives(snapshot, { period: '2026-q4', teams: null });
    expect(rows.length).toBe(snapshot.objectives.filter((o) => o.period === '2026-q4').length);
    const position = new Map(rows.map((r, i) => [r.objective.id, i]));
    const depth = new Map(rows.map((r) => [r.objective.id, r.depth]));
    for (const { objective } of rows) {
      const parent = objective.parent?.split('#')[0];
      if (parent && position.has(parent)) {
        expect(position.get(parent)).toBeLessThan(position.get(objective.id) as number);
        expect(depth.get(objective.id)).toBe((depth.get(parent) as number) + 1);
      }
    }
    const sales = selectObjectives(snapshot, { period: '2026-q4', teams: teamAndDescendants(snapshot, 'sales') });
    expect(sales.every(({ objective }) => ['sales', 'field-sales', 'inside-sales'].includes(objective.team))).toBe(true);
    expect(sales.length).toBeGreaterThan(0);
  });

  it('stops at a team cycle instead of looping', () => {
    const cyclic: Snapshot = {
      ...snapshot,
      teams: [
        { id: 'a', name: 'A', parent: 'b', owners: [], score: null, scores: {} },
        { id: 'b', name: 'B', parent: 'a', owners: [], score: null, scores: {} },
      ],
    };
    expect(teamAncestry(cyclic, 'a')).toEqual(['a', 'b']);
    expect([...teamAndDescendants(cyclic, 'a')].sort()).toEqual(['a', 'b']);
  });
});

function monthsBack(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return target.toISOString().slice(0, 10);
}
