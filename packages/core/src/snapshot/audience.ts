import type { Snapshot, SnapshotKeyResult, SnapshotKpi, SnapshotObjective } from '../schema/snapshot.js';
import type { Visibility } from '../schema/visibility.js';

/** The audience a snapshot or a site is for: the one asked for, else `site.audience` in cairn.config.yaml, else public. */
export function chosenAudience(asked: Visibility | undefined, config: { readonly site?: { readonly audience?: Visibility | undefined } | undefined }): Visibility {
  return asked ?? config.site?.audience ?? 'public';
}

/**
 * The snapshot as one audience may read it. `internal` is the whole snapshot. `public` leaves
 * every internal objective, key result and KPI out entirely (no title, id or reference to it
 * remains) and removes every hidden value; scores, statuses and progress stay as scored, so an
 * internal key result still counts in its objective's score and is reported as a count
 * (`internalKeyResults`), and internal objectives still count in team and period scores — but a
 * team's or period's score is left out where none of its objectives is public.
 */
export function snapshotForAudience(snapshot: Snapshot, audience: Visibility): Snapshot {
  if (audience === 'internal') return { ...snapshot, audience };
  const objectives = snapshot.objectives.filter((o) => isPublic(o.visibility));
  const objectiveIds = new Set(objectives.map((o) => o.id));
  const kpiIds = new Set(snapshot.kpis.filter((k) => isPublic(k.visibility)).map((k) => k.id));
  const keyResultRefs = new Set(objectives.flatMap((o) => o.keyResults.filter((kr) => isPublic(kr.visibility)).map((kr) => kr.ref)));
  const counts = new Map<string, number>();
  const teamPeriods = new Map<string, Set<string>>();
  for (const o of objectives) {
    counts.set(o.period, (counts.get(o.period) ?? 0) + 1);
    teamPeriods.set(o.team, (teamPeriods.get(o.team) ?? new Set()).add(o.period));
  }
  const seen = { objectiveIds, kpiIds, keyResultRefs };
  // A score where nothing public was scored would tell that internal objectives are there.
  const shownIn = (team: string, period: string | null): boolean => period !== null && (teamPeriods.get(team)?.has(period) ?? false);
  return {
    ...snapshot,
    audience,
    periods: snapshot.periods.map((p) => ({ ...p, objectives: counts.get(p.id) ?? 0, score: counts.has(p.id) ? p.score : null })),
    teams: snapshot.teams.map((t) => ({
      ...t,
      score: shownIn(t.id, snapshot.defaultPeriod) ? t.score : null,
      scores: Object.fromEntries(Object.entries(t.scores).filter(([period]) => shownIn(t.id, period))),
    })),
    objectives: objectives.map((o) => publicObjective(o, seen)),
    kpis: snapshot.kpis.filter((k) => kpiIds.has(k.id)).map((k) => publicKpi(k, seen)),
  };
}

interface Published {
  objectiveIds: ReadonlySet<string>;
  kpiIds: ReadonlySet<string>;
  keyResultRefs: ReadonlySet<string>;
}

const isPublic = (visibility: Visibility | undefined): boolean => visibility !== 'internal';

function publicObjective(o: SnapshotObjective, seen: Published): SnapshotObjective {
  const keyResults = o.keyResults.filter((kr) => seen.keyResultRefs.has(kr.ref));
  return {
    ...o,
    parent: publicParent(o.parent, seen),
    children: o.children.filter((id) => seen.objectiveIds.has(id)),
    supportingKpis: o.supportingKpis.filter((id) => seen.kpiIds.has(id)),
    // A link to an internal objective would name what the public build leaves out.
    ...(o.follows === undefined ? {} : { follows: o.follows !== null && seen.objectiveIds.has(o.follows) ? o.follows : null }),
    ...(o.followedBy === undefined ? {} : { followedBy: o.followedBy.filter((id) => seen.objectiveIds.has(id)) }),
    keyResults: keyResults.map((kr) => publicKeyResult(kr, seen)),
    internalKeyResults: o.keyResults.length - keyResults.length,
  };
}

/** A parent that is left out is forgotten; one that aligns to a left-out key result points at its objective instead. */
function publicParent(parent: string | null, seen: Published): string | null {
  if (parent === null) return null;
  if (seen.keyResultRefs.has(parent)) return parent;
  const objective = parent.split('#')[0] ?? parent;
  return seen.objectiveIds.has(objective) ? objective : null;
}

function publicKeyResult(kr: SnapshotKeyResult, seen: Published): SnapshotKeyResult {
  const shown: SnapshotKeyResult = {
    ...kr,
    kpi: kr.kpi !== null && seen.kpiIds.has(kr.kpi) ? kr.kpi : null,
    contributors: kr.contributors.filter((id) => seen.objectiveIds.has(id)),
  };
  if (!kr.valuesHidden) return shown;
  return {
    ...shown,
    start: null,
    target: null,
    stretch: null,
    current: null,
    attainment: null,
    checkins: kr.checkins.map((c) => ({ ...c, value: null })),
    history: [],
  };
}

/**
 * Whether a snapshot has left this KPI's values out: marked `values: hidden`, and without a
 * measurement, as `snapshotForAudience(…, 'public')` makes it. The company's own snapshot keeps
 * the values of a hidden KPI, and they may be shown there.
 */
export function kpiValuesLeftOut(kpi: { valuesHidden?: boolean | undefined; latest: unknown; series: unknown }): boolean {
  return kpi.valuesHidden === true && !kpi.latest && !(Array.isArray(kpi.series) && kpi.series.length > 0);
}

function publicKpi(k: SnapshotKpi, seen: Published): SnapshotKpi {
  const shown: SnapshotKpi = {
    ...k,
    drives: k.drives.filter((id) => seen.kpiIds.has(id)),
    drivenBy: k.drivenBy.filter((id) => seen.kpiIds.has(id)),
    keyResults: k.keyResults.filter((ref) => seen.keyResultRefs.has(ref)),
    guards: k.guards.filter((id) => seen.objectiveIds.has(id)),
  };
  if (!k.valuesHidden) return shown;
  return { ...shown, target: null, targets: null, targetNote: null, critical: null, latest: null, trendChange: null, series: [] };
}
