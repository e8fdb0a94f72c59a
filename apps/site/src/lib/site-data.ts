import { readFileSync } from 'node:fs';
import { groupBy, lastMeasuredOn, type Snapshot, type SnapshotKeyResult, type SnapshotKpi, type SnapshotObjective, type SnapshotPeriod, type SnapshotTeam } from '@cairn/core';
import run from 'virtual:cairn/run';

export { run };

/** The snapshot of this run, read once when the pages' bundle loads; never changed after. */
export const snapshot: Snapshot = JSON.parse(readFileSync(run.snapshotFile, 'utf8')) as Snapshot;

const byId = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> => new Map(items.map((item) => [item.id, item]));

/** Lookups every page uses, built once so each page's own work stays small. */
export const periods: ReadonlyMap<string, SnapshotPeriod> = byId(snapshot.periods);
export const teams: ReadonlyMap<string, SnapshotTeam> = byId(snapshot.teams);
export const objectives: ReadonlyMap<string, SnapshotObjective> = byId(snapshot.objectives);
export const kpis: ReadonlyMap<string, SnapshotKpi> = byId(snapshot.kpis);
export const objectivesByPeriod: ReadonlyMap<string, SnapshotObjective[]> = groupBy(snapshot.objectives, (o) => o.period);
export const objectivesByTeam: ReadonlyMap<string, SnapshotObjective[]> = groupBy(snapshot.objectives, (o) => o.team);
export const kpisByTeam: ReadonlyMap<string, SnapshotKpi[]> = groupBy(snapshot.kpis, (k) => k.team ?? '');
export const subTeams: ReadonlyMap<string, SnapshotTeam[]> = groupBy(snapshot.teams, (t) => t.parent ?? '');

/** The period shown first: the config's or core's default, else the latest one. */
export const currentPeriod: SnapshotPeriod | undefined =
  (snapshot.defaultPeriod ? periods.get(snapshot.defaultPeriod) : undefined) ?? snapshot.periods[snapshot.periods.length - 1];

/** The objective a parent reference ("id" or "id#kr") points at. */
export function parentObjective(objective: SnapshotObjective): SnapshotObjective | undefined {
  if (!objective.parent) return undefined;
  return objectives.get(objective.parent.split('#')[0] ?? '');
}

/** The alignment chain from the top down to (not including) the objective; stops on a loop. */
export function ancestors(objective: SnapshotObjective): SnapshotObjective[] {
  const chain: SnapshotObjective[] = [];
  const seen = new Set([objective.id]);
  for (let up = parentObjective(objective); up && !seen.has(up.id); up = parentObjective(up)) {
    seen.add(up.id);
    chain.unshift(up);
  }
  return chain;
}

/**
 * Whether this build leaves out a key result's values: marked `values: hidden` and built for the
 * public. The company's own (internal) build shows them, as the snapshot it reads still has them.
 * (A KPI says so itself: core's kpiValuesLeftOut.)
 */
export function valuesWithheld(kr: SnapshotKeyResult): boolean {
  return kr.valuesHidden === true && run.audience !== 'internal';
}

/** When a KPI was last measured, or null when never (known even where its values are not published). */
export function lastMeasured(kpi: SnapshotKpi): string | null {
  return lastMeasuredOn(kpi, snapshot.asOf);
}

/** The date of an objective's own latest check-in (or its key results' KPIs' latest measurement), or null. */
function ownLatest(objective: SnapshotObjective): string | null {
  let latest: string | null = null;
  for (const kr of objective.keyResults) {
    for (const checkin of kr.checkins) if (latest === null || checkin.date > latest) latest = checkin.date;
    if (kr.kpi) {
      const kpi = kpis.get(kr.kpi);
      const date = kpi ? lastMeasured(kpi) : null;
      if (date && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}

/**
 * Each objective's last update, worked out once: its own latest check-in or measurement, and for
 * an umbrella (scored from the objectives aligned to it) the latest of theirs, so an umbrella
 * whose children report every week does not read "No check-ins".
 */
const updated: ReadonlyMap<string, string | null> = (() => {
  const out = new Map<string, string | null>();
  const visit = (objective: SnapshotObjective, trail: Set<string>): string | null => {
    const known = out.get(objective.id);
    if (known !== undefined) return known;
    let latest = ownLatest(objective);
    if (objective.keyResults.length === 0 && (objective.internalKeyResults ?? 0) === 0) {
      trail.add(objective.id);
      for (const id of objective.children) {
        const child = objectives.get(id);
        if (!child || trail.has(id)) continue;
        const date = visit(child, trail);
        if (date !== null && (latest === null || date > latest)) latest = date;
      }
      trail.delete(objective.id);
    }
    out.set(objective.id, latest);
    return latest;
  };
  for (const objective of snapshot.objectives) visit(objective, new Set());
  return out;
})();

/** The date of an objective's latest update (an umbrella's: of the objectives aligned to it), or null when it has none. */
export function lastUpdated(objective: SnapshotObjective): string | null {
  return updated.get(objective.id) ?? ownLatest(objective);
}

export function teamName(id: string | null): string {
  if (!id) return '';
  return teams.get(id)?.name ?? id;
}

/** The paths of a route that this process renders: all of them, or its share of a split build. */
export function ownPaths<T>(paths: T[]): T[] {
  const { index, count } = run.part;
  return count === 1 ? paths : paths.filter((_, i) => i % count === index);
}
