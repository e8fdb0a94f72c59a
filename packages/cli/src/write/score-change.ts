import { buildSnapshot, type Repository, type SnapshotKeyResult, type SnapshotKpi, type SnapshotObjective, type SnapshotPeriod } from '@cairn/core';

export interface ObjectiveStanding {
  /** The objective and then each objective it is aligned to, up the chain. */
  chain: SnapshotObjective[];
  period: SnapshotPeriod | undefined;
}

/**
 * The scores a change to one objective can move: its own, those of the objectives above it and
 * its period's. Only the periods of that chain are scored (with the KPIs their key results
 * read), not the whole repository, so a check-in in a large repository stays quick.
 */
export function objectiveStanding(repo: Repository, objectiveId: string, asOf: string): ObjectiveStanding {
  const byId = new Map(repo.objectives.map((o) => [o.data.id, o]));
  const ids: string[] = [];
  const periods = new Set<string>();
  for (let id: string | undefined = objectiveId; id !== undefined && byId.has(id) && !ids.includes(id); ) {
    const objective = byId.get(id);
    if (!objective) break;
    ids.push(id);
    periods.add(objective.data.period);
    id = objective.data.parent?.split('#')[0] ?? undefined;
  }
  const snapshot = scorePeriods(repo, periods, asOf);
  const scored = new Map(snapshot.objectives.map((o) => [o.id, o]));
  const own = byId.get(objectiveId);
  return {
    chain: ids.map((id) => scored.get(id)).filter((o): o is SnapshotObjective => o !== undefined),
    period: snapshot.periods.find((p) => p.id === own?.data.period),
  };
}

/** A KPI's latest value, health and trend at the as-of date. */
export function kpiStanding(repo: Repository, kpiId: string, asOf: string): SnapshotKpi | undefined {
  const kpis = repo.kpis.filter((k) => k.data.id === kpiId);
  return buildSnapshot({ ...repo, objectives: [], kpis, teams: [] }, asOf).kpis[0];
}

/** What a KPI's new value can move: the key results measured through it and their objectives, scored. */
export interface KpiReaders {
  keyResults: SnapshotKeyResult[];
  objectives: SnapshotObjective[];
}

/**
 * The key results that read `kpiId` and the objectives holding them, scored at `asOf`. Only the
 * periods of those objectives are scored (with the KPIs their key results read), as for a check-in.
 */
export function kpiReaders(repo: Repository, kpiId: string, asOf: string): KpiReaders {
  const readers = repo.objectives.filter((o) => o.data.keyResults.some((kr) => kr.kpi === kpiId));
  if (readers.length === 0) return { keyResults: [], objectives: [] };
  const snapshot = scorePeriods(repo, new Set(readers.map((o) => o.data.period)), asOf);
  const ids = new Set(readers.map((o) => o.data.id));
  const scored = snapshot.objectives.filter((o) => ids.has(o.id));
  return { keyResults: scored.flatMap((o) => o.keyResults.filter((kr) => kr.kpi === kpiId)), objectives: scored };
}

/** The objectives of these periods scored at `asOf`, with only the KPIs their key results read. */
function scorePeriods(repo: Repository, periods: Set<string>, asOf: string) {
  const objectives = repo.objectives.filter((o) => periods.has(o.data.period));
  const kpiIds = new Set(objectives.flatMap((o) => o.data.keyResults.flatMap((kr) => (kr.kpi === undefined ? [] : [kr.kpi]))));
  return buildSnapshot({ ...repo, objectives, kpis: repo.kpis.filter((k) => kpiIds.has(k.data.id)), teams: [] }, asOf);
}
