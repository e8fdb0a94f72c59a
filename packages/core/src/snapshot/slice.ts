import type { Snapshot, SnapshotKpi, SnapshotObjective, SnapshotTeam } from '../schema/snapshot.js';

/**
 * Slices of a snapshot: each is itself a snapshot (same version, as-of date, organisation and
 * site) whose lists hold only what one page needs, so it validates against the snapshot's JSON
 * Schema and the elements read it like the whole. `slice` says which part it is.
 */
export type SliceKind = 'period' | 'team' | 'objective' | 'kpi' | 'kpis';

export interface ObjectiveSelection {
  /** The period whose objectives are chosen; null chooses none. */
  period: string | null;
  /** Only objectives of these teams; null for every team. */
  teams: ReadonlySet<string> | null;
}

/** The objectives of one period (optionally some teams), parents first with children below them, each with its depth. */
export function selectObjectives(snapshot: Snapshot, selection: ObjectiveSelection): { objective: SnapshotObjective; depth: number }[] {
  const chosen = snapshot.objectives.filter((o) => o.period === selection.period && (!selection.teams || selection.teams.has(o.team)));
  const ids = new Set(chosen.map((o) => o.id));
  const byId = new Map(chosen.map((o) => [o.id, o]));
  const ordered: { objective: SnapshotObjective; depth: number }[] = [];
  const visit = (objective: SnapshotObjective, depth: number, seen: Set<string>): void => {
    if (seen.has(objective.id)) return;
    seen.add(objective.id);
    ordered.push({ objective, depth });
    for (const child of objective.children) {
      const found = byId.get(child);
      if (found) visit(found, depth + 1, seen);
    }
  };
  const seen = new Set<string>();
  for (const objective of chosen) {
    const parent = objective.parent?.split('#')[0];
    if (!parent || !ids.has(parent)) visit(objective, 0, seen);
  }
  return ordered;
}

/** A team and every team below it, so `sales` includes `field` and `inside` under it. */
export function teamAndDescendants(snapshot: Snapshot, team: string): Set<string> {
  const below = childrenByParent(snapshot.teams);
  const result = new Set<string>();
  const queue = [team];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (result.has(id)) continue;
    result.add(id);
    for (const child of below.get(id) ?? []) queue.push(child.id);
  }
  return result;
}

/** The ids of a team and the teams above it, nearest first; stops at a cycle rather than looping. */
export function teamAncestry(snapshot: Snapshot, team: string): string[] {
  const byId = new Map(snapshot.teams.map((t) => [t.id, t]));
  const chain: string[] = [];
  for (let t = byId.get(team); t && !chain.includes(t.id); t = t.parent === null ? undefined : byId.get(t.parent)) chain.push(t.id);
  return chain;
}

/** A period page: that period, its objectives, and the teams that own them with the teams above them. No KPIs (their series are the heavy part). */
export function periodSlice(snapshot: Snapshot, periodId: string): Snapshot {
  const period = requireItem(snapshot.periods, periodId, 'period');
  const objectives = snapshot.objectives.filter((o) => o.period === period.id);
  return slice(snapshot, { kind: 'period', id: period.id }, {
    periods: withParents(snapshot, [period.id]),
    teams: teamsWithAncestors(snapshot, objectives.map((o) => o.team)),
    objectives,
    kpis: [],
  });
}

/** A team page: the team with the teams above it and its sub-teams, its own objectives in every period, and the KPIs it owns. */
export function teamSlice(snapshot: Snapshot, teamId: string): Snapshot {
  const team = requireItem(snapshot.teams, teamId, 'team');
  const objectives = snapshot.objectives.filter((o) => o.team === team.id);
  const periodIds = new Set(objectives.map((o) => o.period));
  const subTeams = snapshot.teams.filter((t) => t.parent === team.id).map((t) => t.id);
  return slice(snapshot, { kind: 'team', id: team.id }, {
    periods: withParents(snapshot, [...periodIds]),
    teams: teamsWithAncestors(snapshot, [team.id, ...subTeams]),
    objectives,
    kpis: snapshot.kpis.filter((k) => k.team === team.id),
  });
}

/**
 * An objective page: the objective, the objectives above it (the alignment chain, for
 * breadcrumbs) and its children, their periods and teams, and the KPIs its key results measure
 * through or that it watches as guardrails.
 */
export function objectiveSlice(snapshot: Snapshot, objectiveId: string): Snapshot {
  const objective = requireItem(snapshot.objectives, objectiveId, 'objective');
  const byId = new Map(snapshot.objectives.map((o) => [o.id, o]));
  const chosen = new Map<string, SnapshotObjective>([[objective.id, objective]]);
  for (let parent = parentOf(objective, byId); parent && !chosen.has(parent.id); parent = parentOf(parent, byId)) chosen.set(parent.id, parent);
  for (const child of objective.children) {
    const found = byId.get(child);
    if (found) chosen.set(found.id, found);
  }
  const objectives = snapshot.objectives.filter((o) => chosen.has(o.id));
  const kpiIds = new Set([...objective.supportingKpis, ...objective.keyResults.flatMap((kr) => (kr.kpi === null ? [] : [kr.kpi]))]);
  return slice(snapshot, { kind: 'objective', id: objective.id }, {
    periods: withParents(snapshot, objectives.map((o) => o.period)),
    teams: teamsWithAncestors(snapshot, objectives.map((o) => o.team)),
    objectives,
    kpis: snapshot.kpis.filter((k) => kpiIds.has(k.id)),
  });
}

/**
 * A KPI page: the KPI and the KPIs it drives or is driven by, the objectives whose key results
 * measure through it or that watch it, with their periods, and the teams involved.
 */
export function kpiSlice(snapshot: Snapshot, kpiId: string): Snapshot {
  const kpi = requireItem(snapshot.kpis, kpiId, 'KPI');
  const related = new Set([kpi.id, ...kpi.drives, ...kpi.drivenBy]);
  const objectiveIds = new Set([...kpi.guards, ...kpi.keyResults.map((ref) => ref.split('#')[0] ?? ref)]);
  const objectives = snapshot.objectives.filter((o) => objectiveIds.has(o.id));
  const kpis = snapshot.kpis.filter((k) => related.has(k.id));
  return slice(snapshot, { kind: 'kpi', id: kpi.id }, {
    periods: withParents(snapshot, objectives.map((o) => o.period)),
    teams: teamsWithAncestors(snapshot, [...kpis.flatMap((k) => (k.team === null ? [] : [k.team])), ...objectives.map((o) => o.team)]),
    objectives,
    kpis,
  });
}

/**
 * The KPI board: every KPI, with its series cut to the months a sparkline shows (18 by default,
 * plus one so the board draws exactly what it draws from the whole series), and every team.
 */
export function kpiListSlice(snapshot: Snapshot, options: { months?: number } = {}): Snapshot {
  const months = options.months ?? 18;
  const kpis = snapshot.kpis.map((k): SnapshotKpi => {
    const last = k.series.at(-1)?.date;
    if (last === undefined) return k;
    const from = monthsBefore(last, months + 1);
    const first = k.series.findIndex((m) => m.date >= from);
    return first <= 0 ? k : { ...k, series: k.series.slice(first) };
  });
  return slice(snapshot, { kind: 'kpis', id: null }, { periods: [], teams: teamsWithAncestors(snapshot, kpis.flatMap((k) => (k.team === null ? [] : [k.team]))), objectives: [], kpis });
}

function slice(snapshot: Snapshot, which: { kind: SliceKind; id: string | null }, lists: Pick<Snapshot, 'periods' | 'teams' | 'objectives' | 'kpis'>): Snapshot {
  return { ...snapshot, ...lists, slice: which };
}

function requireItem<T extends { id: string }>(items: readonly T[], id: string, kind: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new RangeError(`There is no ${kind} "${id}" in the snapshot.`);
  return found;
}

function parentOf(objective: SnapshotObjective, byId: ReadonlyMap<string, SnapshotObjective>): SnapshotObjective | undefined {
  const parent = objective.parent?.split('#')[0];
  return parent === undefined ? undefined : byId.get(parent);
}

/** The periods named, with the periods that contain them (a quarter's year), in the snapshot's order. */
function withParents(snapshot: Snapshot, ids: readonly string[]): Snapshot['periods'] {
  const byId = new Map(snapshot.periods.map((p) => [p.id, p]));
  const wanted = new Set<string>();
  for (const id of ids) {
    for (let p = byId.get(id); p && !wanted.has(p.id); p = p.parent === null ? undefined : byId.get(p.parent)) wanted.add(p.id);
  }
  return snapshot.periods.filter((p) => wanted.has(p.id));
}

/** The teams named and every team above them, in the snapshot's order. */
function teamsWithAncestors(snapshot: Snapshot, ids: readonly string[]): SnapshotTeam[] {
  const wanted = new Set<string>();
  const unique = new Set(ids);
  for (const id of unique) for (const t of teamAncestry(snapshot, id)) wanted.add(t);
  return snapshot.teams.filter((t) => wanted.has(t.id));
}

function childrenByParent(teams: readonly SnapshotTeam[]): Map<string, SnapshotTeam[]> {
  const below = new Map<string, SnapshotTeam[]>();
  for (const t of teams) {
    if (t.parent === null) continue;
    const list = below.get(t.parent);
    if (list) list.push(t);
    else below.set(t.parent, [t]);
  }
  return below;
}

/** The date `months` calendar months before `date` (YYYY-MM-DD), its day clamped to the month's end. */
function monthsBefore(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 - months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
