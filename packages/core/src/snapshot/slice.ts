import type { Snapshot, SnapshotKpi, SnapshotObjective, SnapshotTeam } from '../schema/snapshot.js';
import { groupBy } from './group-by.js';

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
  const below = groupBy(snapshot.teams, (t) => t.parent);
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
  return ancestry(new Map(snapshot.teams.map((t) => [t.id, t])), team);
}

function ancestry(byId: ReadonlyMap<string, SnapshotTeam>, team: string): string[] {
  const chain = new Set<string>();
  for (let t = byId.get(team); t && !chain.has(t.id); t = t.parent === null ? undefined : byId.get(t.parent)) chain.add(t.id);
  return [...chain];
}

/** Every slice of one snapshot, with its lookups made once: a site writes a slice per page, and a lookup per slice would make that quadratic. */
export interface SnapshotSlicer {
  period(id: string): Snapshot;
  team(id: string): Snapshot;
  objective(id: string): Snapshot;
  kpi(id: string): Snapshot;
  kpiList(options?: { months?: number }): Snapshot;
}

/** A period page: that period, its objectives, and the teams that own them with the teams above them. No KPIs (their series are the heavy part). */
export function periodSlice(snapshot: Snapshot, periodId: string): Snapshot {
  return snapshotSlicer(snapshot).period(periodId);
}

/** A team page: the team with the teams above it and its sub-teams, its own objectives in every period, and the KPIs it owns. */
export function teamSlice(snapshot: Snapshot, teamId: string): Snapshot {
  return snapshotSlicer(snapshot).team(teamId);
}

/**
 * An objective page: the objective, the objectives above it (the alignment chain, for
 * breadcrumbs) and its children, their periods and teams, and the KPIs its key results measure
 * through or that it watches as guardrails.
 */
export function objectiveSlice(snapshot: Snapshot, objectiveId: string): Snapshot {
  return snapshotSlicer(snapshot).objective(objectiveId);
}

/**
 * A KPI page: the KPI and the KPIs it drives or is driven by, the objectives whose key results
 * measure through it or that watch it, with their periods, and the teams involved.
 */
export function kpiSlice(snapshot: Snapshot, kpiId: string): Snapshot {
  return snapshotSlicer(snapshot).kpi(kpiId);
}

/** The slices of `snapshot` (see periodSlice, teamSlice, objectiveSlice, kpiSlice), each in time proportional to its own size. */
export function snapshotSlicer(snapshot: Snapshot): SnapshotSlicer {
  // Each lookup is made the first time a slice needs it, so one slice alone costs no more than a search.
  const objectives = indexed(snapshot.objectives);
  const teams = indexed(snapshot.teams);
  const periods = indexed(snapshot.periods);
  const kpis = indexed(snapshot.kpis);
  const objectivesOfPeriod = once(() => groupBy(snapshot.objectives, (o) => o.period));
  const objectivesOfTeam = once(() => groupBy(snapshot.objectives, (o) => o.team));
  const kpisOfTeam = once(() => groupBy(snapshot.kpis, (k) => k.team));
  const subTeams = once(() => groupBy(snapshot.teams, (t) => t.parent));

  /** The periods named, with the periods that contain them (a quarter's year), in the snapshot's order. */
  const withParents = (ids: Iterable<string>): Snapshot['periods'] => {
    const wanted = new Set<string>();
    for (const id of ids) {
      for (let p = periods.byId.get(id); p && !wanted.has(p.id); p = p.parent === null ? undefined : periods.byId.get(p.parent)) wanted.add(p.id);
    }
    return periods.inOrder(wanted);
  };
  /** The teams named and every team above them, in the snapshot's order; a cycle stops the walk. */
  const withAncestors = (ids: Iterable<string>): SnapshotTeam[] => {
    const wanted = new Set<string>();
    for (const id of new Set(ids)) for (const t of ancestry(teams.byId, id)) wanted.add(t);
    return teams.inOrder(wanted);
  };
  const parentOf = (objective: SnapshotObjective): SnapshotObjective | undefined => {
    const parent = objective.parent?.split('#')[0];
    return parent === undefined ? undefined : objectives.byId.get(parent);
  };

  return {
    period(periodId) {
      const period = requireItem(periods.byId, periodId, 'period');
      const own = objectivesOfPeriod().get(period.id) ?? [];
      return slice(snapshot, { kind: 'period', id: period.id }, { periods: withParents([period.id]), teams: withAncestors(own.map((o) => o.team)), objectives: own, kpis: [] });
    },
    team(teamId) {
      const team = requireItem(teams.byId, teamId, 'team');
      const own = objectivesOfTeam().get(team.id) ?? [];
      const below = (subTeams().get(team.id) ?? []).map((t) => t.id);
      return slice(snapshot, { kind: 'team', id: team.id }, {
        periods: withParents(new Set(own.map((o) => o.period))),
        teams: withAncestors([team.id, ...below]),
        objectives: own,
        kpis: kpisOfTeam().get(team.id) ?? [],
      });
    },
    objective(objectiveId) {
      const objective = requireItem(objectives.byId, objectiveId, 'objective');
      const chosen = new Set<string>([objective.id]);
      for (let parent = parentOf(objective); parent && !chosen.has(parent.id); parent = parentOf(parent)) chosen.add(parent.id);
      for (const child of objective.children) if (objectives.byId.has(child)) chosen.add(child);
      const picked = objectives.inOrder(chosen);
      const kpiIds = new Set([...objective.supportingKpis, ...objective.keyResults.flatMap((kr) => (kr.kpi === null ? [] : [kr.kpi]))]);
      return slice(snapshot, { kind: 'objective', id: objective.id }, {
        periods: withParents(picked.map((o) => o.period)),
        teams: withAncestors(picked.map((o) => o.team)),
        objectives: picked,
        kpis: kpis.inOrder(kpiIds),
      });
    },
    kpi(kpiId) {
      const kpi = requireItem(kpis.byId, kpiId, 'KPI');
      const related = kpis.inOrder(new Set([kpi.id, ...kpi.drives, ...kpi.drivenBy]));
      const picked = objectives.inOrder(new Set([...kpi.guards, ...kpi.keyResults.map((ref) => ref.split('#')[0] ?? ref)]));
      return slice(snapshot, { kind: 'kpi', id: kpi.id }, {
        periods: withParents(picked.map((o) => o.period)),
        teams: withAncestors([...related.flatMap((k) => (k.team === null ? [] : [k.team])), ...picked.map((o) => o.team)]),
        objectives: picked,
        kpis: related,
      });
    },
    kpiList(options = {}) {
      const months = options.months ?? 18;
      const cut = snapshot.kpis.map((k): SnapshotKpi => {
        const last = k.series.at(-1)?.date;
        if (last === undefined) return k;
        const from = monthsBefore(last, months + 1);
        const first = k.series.findIndex((m) => m.date >= from);
        return first <= 0 ? k : { ...k, series: k.series.slice(first) };
      });
      return slice(snapshot, { kind: 'kpis', id: null }, { periods: [], teams: withAncestors(cut.flatMap((k) => (k.team === null ? [] : [k.team]))), objectives: [], kpis: cut });
    },
  };
}

/** Items by id, and a way to list some of them in the snapshot's order without walking all of them. */
function indexed<T extends { id: string }>(items: readonly T[]): { readonly byId: ReadonlyMap<string, T>; inOrder(ids: ReadonlySet<string>): T[] } {
  const index = once(() => {
    const byId = new Map<string, T>();
    const position = new Map<string, number>();
    items.forEach((item, i) => {
      // The first of a repeated id wins, as a search from the front would find it.
      if (!byId.has(item.id)) {
        byId.set(item.id, item);
        position.set(item.id, i);
      }
    });
    return { byId, position };
  });
  return {
    get byId() {
      return index().byId;
    },
    inOrder: (ids) => {
      const { byId, position } = index();
      return [...ids]
        .filter((id) => position.has(id))
        .sort((a, b) => (position.get(a) as number) - (position.get(b) as number))
        .map((id) => byId.get(id) as T);
    },
  };
}

/** A value made on first use and kept for the slicer's life. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/**
 * The KPI board: every KPI, with its series cut to the months a sparkline shows (18 by default,
 * plus one so the board draws exactly what it draws from the whole series), and every team.
 */
export function kpiListSlice(snapshot: Snapshot, options: { months?: number } = {}): Snapshot {
  return snapshotSlicer(snapshot).kpiList(options);
}

function slice(snapshot: Snapshot, which: { kind: SliceKind; id: string | null }, lists: Pick<Snapshot, 'periods' | 'teams' | 'objectives' | 'kpis'>): Snapshot {
  return { ...snapshot, ...lists, slice: which };
}

function requireItem<T>(byId: ReadonlyMap<string, T>, id: string, kind: string): T {
  const found = byId.get(id);
  if (!found) throw new RangeError(`There is no ${kind} "${id}" in the snapshot.`);
  return found;
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
