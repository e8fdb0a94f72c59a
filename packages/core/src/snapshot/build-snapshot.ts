import type { KeyResult, Kpi, LocatedObjective, Objective, Repository } from '../load/model.js';
import type { Period } from '../schema/period.js';
import type { Snapshot, SnapshotKeyResult, SnapshotKpi, SnapshotObjective, SnapshotPeriod, SnapshotTeam } from '../schema/snapshot.js';
import {
  expectedProgress,
  periodPhase,
  scoreObjectives,
  weightedMean,
  type KeyResultScore,
  type ObjectiveInput,
  type ScoringSettings,
} from '../score/index.js';
import { scoreKeyResultIn } from '../score/key-result.js';
import { scoreKpiIn } from '../score/kpi-health.js';
import { scoringRun, type ScoringRun } from '../score/scoring-run.js';
import { defaultPeriod } from './default-period.js';
import { keyResultPrivacy, kpiPrivacy, objectiveVisibility, type Privacy } from './privacy.js';
import { round6, round6OrNull } from './round.js';
import { scoringSettings } from './settings.js';
import { groupBy } from './group-by.js';

/**
 * Scores a loaded repository at one as-of date into the snapshot the site and elements read.
 * Pure and deterministic: the same repository and date give the same JSON, byte for byte.
 * Objectives whose period is unknown are left out (validation reports them as errors).
 */
export function buildSnapshot(repo: Repository, asOf: string): Snapshot {
  const settings = scoringSettings(repo.config);
  const periods = new Map(repo.periods.map((p) => [p.data.id, p.data]));
  const kpis = new Map(repo.kpis.map((k) => [k.data.id, k.data]));
  const objectives = sortObjectives(repo.objectives.filter((o) => periods.has(o.data.period)), periods);
  const run = scoringRun();

  // Key-result scores by objective index, then key-result index: no lookups by text key.
  const krScores: KeyResultScore[][] = objectives.map(({ data: objective }) => {
    const period = periods.get(objective.period) as Period;
    return objective.keyResults.map((kr) => scoreKeyResultOf(run, kr, objective, period, kpis, asOf, settings));
  });
  const inputs: ObjectiveInput[] = objectives.map(({ data: o }, i) => ({
    id: o.id,
    kind: o.kind,
    weight: o.weight,
    parent: o.parent ?? null,
    period: periods.get(o.period) as Period,
    keyResults: (krScores[i] as KeyResultScore[]).map((score, k) => ({ weight: (o.keyResults[k] as KeyResult).weight, progress: score.progress, forecast: score.forecast })),
  }));
  const scores = scoreObjectives(inputs, asOf, settings);
  const contributors = new Map<string, string[]>();
  const followedBy = new Map<string, string[]>();
  for (const { data: o } of objectives) {
    if (o.parent?.includes('#')) push(contributors, o.parent, o.id);
    if (o.follows !== undefined) push(followedBy, o.follows, o.id);
  }

  const snapshotObjectives: SnapshotObjective[] = objectives.map(({ data: o, file, titleLine }, i) => {
    const score = scores.get(o.id);
    if (!score) throw new Error(`objective ${o.id} was not scored`);
    return {
      id: o.id,
      title: o.title,
      period: o.period,
      team: o.team,
      owner: o.owner ?? null,
      kind: o.kind,
      parent: o.parent ?? null,
      children: score.children,
      weight: o.weight,
      tags: o.tags,
      supportingKpis: o.supporting_kpis,
      narrative: o.narrative,
      follows: o.follows ?? null,
      followedBy: followedBy.get(o.id) ?? [],
      retrospective: o.retrospective ?? null,
      score: round6(score.score),
      grade: score.grade,
      colour: score.colour,
      status: score.status,
      expected: round6(score.expected),
      forecast: round6OrNull(score.forecast),
      projectedToMiss: score.projectedToMiss,
      keyResults: o.keyResults.map((kr, k) => snapshotKeyResult(kr, o, krScores[i]?.[k] as KeyResultScore, contributors.get(kr.ref) ?? [], keyResultPrivacy(kr, o, repo.config, kpis))),
      source: { file, line: titleLine },
      visibility: objectiveVisibility(o, repo.config),
    };
  });

  const byPeriod = groupBy(snapshotObjectives, (o) => o.period);
  const byTeamPeriod = groupBy(snapshotObjectives, (o) => `${o.team}\u0000${o.period}`);
  // Roll-ups average the full-precision scores: averaging rounded ones drifts in the 6th decimal.
  const fullScore = (o: SnapshotObjective): number => scores.get(o.id)?.score ?? o.score;
  const meanScore = (own: readonly SnapshotObjective[] = []): number | null => round6OrNull(weightedMean(own.map((o) => ({ value: fullScore(o), weight: o.weight }))));

  const snapshotPeriods: SnapshotPeriod[] = [...periods.values()]
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
    .map((p) => ({
      id: p.id,
      name: p.name ?? p.id,
      start: p.start,
      end: p.end,
      parent: p.parent ?? null,
      phase: periodPhase(p, asOf),
      expected: round6(expectedProgress(p, asOf)),
      score: meanScore(byPeriod.get(p.id)),
      objectives: byPeriod.get(p.id)?.length ?? 0,
    }));

  const current = defaultPeriod([...periods.values()], asOf, repo.config.default_period);
  const snapshotTeams: SnapshotTeam[] = repo.teams.map(({ data: t }) => {
    const scoresByPeriod: Record<string, number> = {};
    for (const period of snapshotPeriods) {
      const mean = meanScore(byTeamPeriod.get(`${t.id}\u0000${period.id}`));
      if (mean !== null) scoresByPeriod[period.id] = mean;
    }
    return {
      id: t.id,
      name: t.name,
      parent: t.parent ?? null,
      owners: t.owners,
      score: current === null ? null : (scoresByPeriod[current] ?? null),
      scores: scoresByPeriod,
    };
  });

  const links: KpiLinks = {
    drivenBy: new Map(),
    keyResults: groupBy(snapshotObjectives.flatMap((o) => o.keyResults.filter((kr) => kr.kpi !== null)), (kr) => kr.kpi ?? ''),
    guards: new Map(),
  };
  for (const { data } of repo.kpis) for (const driven of data.drives) push(links.drivenBy, driven, data.id);
  for (const o of snapshotObjectives) for (const kpi of o.supportingKpis) push(links.guards, kpi, o.id);

  const site = repo.config.site ?? {};
  return {
    version: 1,
    asOf,
    organisation: repo.config.organisation ?? null,
    site: {
      title: site.title ?? null,
      description: site.description ?? null,
      url: site.url ?? null,
      repository: site.repository ?? null,
      locale: site.locale ?? null,
    },
    defaultPeriod: current,
    periods: snapshotPeriods,
    teams: snapshotTeams,
    objectives: snapshotObjectives,
    kpis: [...repo.kpis].sort((a, b) => a.data.id.localeCompare(b.data.id)).map(({ data }) => snapshotKpi(run, data, links, asOf, kpiPrivacy(data, repo.config))),
  };
}

function sortObjectives(objectives: LocatedObjective[], periods: Map<string, Period>): LocatedObjective[] {
  return [...objectives].sort((a, b) => {
    const pa = periods.get(a.data.period) as Period;
    const pb = periods.get(b.data.period) as Period;
    return pa.start.localeCompare(pb.start) || a.data.period.localeCompare(b.data.period) || a.data.team.localeCompare(b.data.team) || a.data.id.localeCompare(b.data.id);
  });
}

function scoreKeyResultOf(run: ScoringRun, kr: KeyResult, objective: Objective, period: Period, kpis: Map<string, Kpi>, asOf: string, settings: ScoringSettings): KeyResultScore {
  // Measurements already have the { date, value } shape, in date order: shared, not copied.
  const series = kr.kpi === undefined ? undefined : kpis.get(kr.kpi)?.measurements;
  return scoreKeyResultIn(
    run,
    {
      type: kr.type,
      start: kr.start,
      target: kr.target,
      stretch: kr.stretch,
      direction: kr.direction,
      done: kr.done,
      milestones: kr.milestones,
      checkins: kr.checkins,
      kpiSeries: series,
      kind: objective.kind,
    },
    period,
    asOf,
    settings,
  );
}

function snapshotKeyResult(kr: KeyResult, objective: Objective, score: KeyResultScore, contributors: string[], privacy: Privacy): SnapshotKeyResult {
  return {
    id: kr.id,
    ref: kr.ref,
    title: kr.title,
    type: kr.type,
    owner: kr.owner ?? objective.owner ?? null,
    weight: kr.weight,
    start: score.start,
    target: score.target,
    stretch: kr.stretch ?? null,
    // A milestone's current is its progress, a computed share; other types show the value as written.
    current: kr.type === 'milestone' ? round6OrNull(score.current) : score.current,
    unit: kr.unit ?? null,
    kpi: kr.kpi ?? null,
    direction: kr.direction ?? null,
    progress: round6(score.progress),
    attainment: round6OrNull(score.attainment),
    stretchReached: score.stretchReached,
    heldShare: round6OrNull(score.heldShare),
    milestones: kr.milestones ?? null,
    status: score.status,
    forecast: round6OrNull(score.forecast),
    confidence: score.confidence,
    contributors,
    checkins: kr.checkins.map((c) => ({ date: c.date, value: c.value, confidence: c.confidence ?? null, note: c.note ?? null, by: c.by ?? null })),
    history: score.history,
    visibility: privacy.visibility,
    valuesHidden: privacy.valuesHidden,
  };
}

function snapshotKpi(run: ScoringRun, kpi: Kpi, links: KpiLinks, asOf: string, privacy: Privacy): SnapshotKpi {
  // Measurements after the as-of date stay out, so a pinned snapshot never shows the future.
  const series = upToDate(kpi.measurements, asOf);
  const score = scoreKpiIn(
    run,
    {
      direction: kpi.direction,
      target: kpi.target,
      critical: kpi.critical,
      frequency: kpi.frequency,
      health: kpi.health,
      series,
    },
    asOf,
  );
  return {
    id: kpi.id,
    title: kpi.title,
    description: kpi.description ?? null,
    owner: kpi.owner ?? null,
    team: kpi.team ?? null,
    unit: kpi.unit ?? null,
    direction: kpi.direction,
    target: score.target,
    targets: Array.isArray(kpi.target) ? kpi.target : null,
    targetNote: kpi.target_note ?? null,
    critical: kpi.critical ?? null,
    latest: score.latest,
    health: score.health,
    healthSetBy: score.healthSetBy,
    healthReason: score.healthReason,
    healthByRule: score.healthByRule,
    healthUntil: score.healthUntil,
    stale: score.stale,
    daysSinceLatest: score.daysSinceLatest,
    trend: score.trend,
    trendChange: round6OrNull(score.trendChange),
    indicator: kpi.indicator ?? null,
    key: kpi.key,
    frequency: kpi.frequency ?? null,
    drives: kpi.drives,
    drivenBy: [...(links.drivenBy.get(kpi.id) ?? [])].sort(),
    keyResults: (links.keyResults.get(kpi.id) ?? []).map((kr) => kr.ref),
    guards: links.guards.get(kpi.id) ?? [],
    series,
    visibility: privacy.visibility,
    valuesHidden: privacy.valuesHidden,
  };
}

interface KpiLinks {
  drivenBy: Map<string, string[]>;
  keyResults: Map<string, SnapshotKeyResult[]>;
  guards: Map<string, string[]>;
}

/** The date-ordered measurements up to `asOf`; usually all of them, so search from the end. */
function upToDate<T extends { date: string }>(sorted: readonly T[], asOf: string): T[] {
  let end = sorted.length;
  while (end > 0 && (sorted[end - 1] as T).date > asOf) end -= 1;
  return end === sorted.length ? (sorted as T[]) : sorted.slice(0, end);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
