import type { Snapshot } from '../schema/snapshot.js';
import { compareItems } from './compare-items.js';
import { compareKpiGoalposts, compareKpiHealth } from './kpi-changes.js';
import type { GoalsDiff, GoalsSide, PhaseAtAsOf, ScoreChange, Standing } from './diff-types.js';
import { reviewFindings, type ReviewRules } from './review-rules.js';

/**
 * What a change does to a goals repository: the items added, removed, renamed and edited, the
 * check-ins and measurements added, the goalposts moved (of key results and KPIs), every score,
 * grade or status that differs, and every KPI whose health, latest value or trend differs, with
 * both sides scored at the same as-of date. Pure: both sides come in loaded and scored.
 */
export function compareGoals(before: GoalsSide, after: GoalsSide, rules: Partial<ReviewRules> = {}): GoalsDiff {
  const phases = new Map([...before.snapshot.periods, ...after.snapshot.periods].map((p) => [p.id, p.phase]));
  const phaseOf = (period: string): PhaseAtAsOf => phases.get(period) ?? 'during';
  const { renamedObjectives, ...items } = compareItems(before.repo, after.repo, phaseOf);
  const scores = compareScores(before.snapshot, after.snapshot, renamedObjectives);
  const renamedKpis = new Map(items.changes.flatMap((c) => (c.kind === 'kpi' && c.change === 'renamed' && c.from !== undefined ? [[c.id, c.from] as const] : [])));
  const asOf = after.snapshot.asOf;
  const kpiGoalposts = compareKpiGoalposts(before.repo, after.repo, asOf, renamedKpis);
  const kpiHealth = compareKpiHealth(before, after, renamedKpis);
  const diff: GoalsDiff = { asOf, ...items, kpiGoalposts, scores, kpiHealth, findings: [] };
  diff.findings = reviewFindings(diff, before, after, rules);
  return diff;
}

function standing(score: number | null | undefined, grade?: number | null, status?: string | null): Standing | null {
  return score === null || score === undefined ? null : { score, grade: grade ?? null, status: status ?? null };
}

function differs(a: Standing | null, b: Standing | null): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

/**
 * Every period, team (per period) and objective whose score, grade or status differs, in
 * snapshot order. An objective in `renamed` (new id → old id) is compared with its old self.
 */
export function compareScores(before: Snapshot, after: Snapshot, renamed: ReadonlyMap<string, string> = new Map()): ScoreChange[] {
  const found: ScoreChange[] = [];
  const oldPeriods = new Map(before.periods.map((p) => [p.id, p]));
  const periodIds = [...after.periods.map((p) => p.id), ...before.periods.map((p) => p.id).filter((id) => !after.periods.some((p) => p.id === id))];
  for (const id of periodIds) {
    const now = after.periods.find((p) => p.id === id);
    const was = oldPeriods.get(id);
    const a = standing(was?.score);
    const b = standing(now?.score);
    if (differs(a, b)) found.push({ kind: 'period', id, title: now?.name ?? was?.name ?? id, period: id, before: a, after: b });
  }
  const oldTeams = new Map(before.teams.map((t) => [t.id, t]));
  for (const team of after.teams) {
    const was = oldTeams.get(team.id);
    for (const period of periodIds) {
      const a = standing(was?.scores[period]);
      const b = standing(team.scores[period]);
      if (differs(a, b)) found.push({ kind: 'team', id: team.id, title: team.name, period, before: a, after: b });
    }
  }
  const oldObjectives = new Map(before.objectives.map((o) => [o.id, o]));
  const seen = new Set<string>();
  for (const objective of after.objectives) {
    const from = renamed.get(objective.id);
    const oldId = from ?? objective.id;
    seen.add(oldId);
    const was = oldObjectives.get(oldId);
    const a = was ? standing(was.score, was.grade, was.status) : null;
    const b = standing(objective.score, objective.grade, objective.status);
    if (differs(a, b)) found.push({ kind: 'objective', id: objective.id, ...(from === undefined ? {} : { from }), title: objective.title, period: objective.period, before: a, after: b });
  }
  for (const was of before.objectives) {
    if (!seen.has(was.id)) found.push({ kind: 'objective', id: was.id, title: was.title, period: was.period, before: standing(was.score, was.grade, was.status), after: null });
  }
  return found;
}
