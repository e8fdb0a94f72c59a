import { targetText, type GoalsDiff, type ItemChange, type KpiHealthChange, type KpiReading, type Problem, type ScoreChange, type Standing, type ValueAdded } from '@cairn/core';
import { counted } from '../format/counted.js';

/** A diff with what the command knows beyond the comparison: what was compared and whether each side loaded cleanly. */
export interface DiffReport {
  base: string;
  head: string;
  /** Errors in the goals after the change: then nothing is compared. */
  headProblems: Problem[];
  /** Errors already in the base: items are compared, scores are not. */
  baseProblems: Problem[];
  diff: GoalsDiff | null;
}

/** Score to two decimals, as the site shows it. */
export const two = (n: number): string => n.toFixed(2);

/**
 * How many decimals show a score change: two, as everywhere, unless both sides round to the same
 * two decimals, when a third shows that something moved at all.
 */
export function decimals(before: Standing | null, after: Standing | null): number {
  if (before === null || after === null || before.score === after.score) return 2;
  return two(before.score) === two(after.score) ? 3 : 2;
}

export function signed(before: Standing | null, after: Standing | null): string {
  if (before === null || after === null) return '';
  const delta = after.score - before.score;
  const places = decimals(before, after);
  if (Math.abs(delta) < 0.5 * 10 ** -places) return `±${(0).toFixed(places)}`;
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(places)}`;
}

/** A goalpost moved: changed once its period had started. */
export const moved = (diff: GoalsDiff) => diff.goalposts.filter((g) => g.phase !== 'before');

/** A KPI goalpost moved: a bar the KPI is judged against changed, not only a target planned ahead. */
export const movedKpi = (diff: GoalsDiff) => diff.kpiGoalposts.filter((g) => g.phase === 'during');

/** A change's edited fields, a KPI's target and critical line with their values old → new (`target 90 → 85`). */
export function fieldsWithValues(diff: GoalsDiff, change: ItemChange): string[] {
  if (change.kind !== 'kpi') return change.fields;
  return change.fields.map((field) => {
    const g = diff.kpiGoalposts.find((k) => k.ref === change.id && k.field === field);
    return g === undefined ? field : `${field} ${targetText(g.before)} → ${targetText(g.after)}${g.phase === 'before' ? ' (from after the as-of date)' : ''}`;
  });
}

/** `a → b`, or just `a` when both sides read the same; `—` for a side that is not there. */
function arrow(before: string | null, after: string | null): string {
  const a = before ?? '—';
  const b = after ?? '—';
  return a === b ? a : `${a} → ${b}`;
}

function latestText(r: KpiReading | null): string | null {
  if (r === null) return null;
  return r.latest === null ? 'none' : `${r.latest.value} (${r.latest.date})`;
}

/** A KPI's health, latest measurement and trend, each before → after (one value when it did not change). */
export function kpiHealthCells(k: KpiHealthChange): [health: string, latest: string, trend: string] {
  const health = (r: KpiReading | null): string | null => (r === null ? null : r.healthSetBy === 'hand' ? `${r.health} (by hand)` : r.health);
  return [arrow(health(k.before), health(k.after)), arrow(latestText(k.before), latestText(k.after)), arrow(k.before?.trend ?? null, k.after?.trend ?? null)];
}

/** KPIs whose health itself changed (not only their latest value or trend). */
export const healthTurned = (diff: GoalsDiff) => diff.kpiHealth.filter((k) => k.before !== null && k.after !== null && k.before.health !== k.after.health);

/** A check-in's confidence and author, as the file has them: `confidence 0.6`, `by @sam`. */
export function checkinExtras(v: ValueAdded): string[] {
  return [v.confidence === undefined ? null : `confidence ${v.confidence}`, v.by === undefined ? null : `by ${v.by}`].filter((x): x is string => x !== null);
}

/**
 * The one line a reviewer reads first: what changed, in counts, then the periods' scores
 * before → after (or that no score changed).
 */
export function summaryLine(report: DiffReport): string {
  if (report.headProblems.length > 0) return `The change makes the goals invalid: ${counted(report.headProblems.filter((p) => p.severity === 'error').length, 'error')}`;
  const diff = report.diff;
  if (diff === null) return 'Nothing compared';
  const parts: string[] = [];
  const kinds = [
    ['period', 'period'],
    ['team', 'team'],
    ['objective', 'objective'],
    ['key-result', 'key result'],
    ['kpi', 'KPI'],
  ] as const;
  const verbs = { added: 'added', removed: 'removed', renamed: 'moved or renamed', edited: 'edited' } as const;
  for (const [kind, word] of kinds) {
    for (const change of ['added', 'removed', 'renamed', 'edited'] as const) {
      const n = diff.changes.filter((c) => c.kind === kind && c.change === change).length;
      if (n > 0) parts.push(`${counted(n, word)} ${verbs[change]}`);
    }
  }
  if (diff.checkinsAdded.length > 0) parts.push(`${counted(diff.checkinsAdded.length, 'check-in')} added`);
  if (diff.checkinsRemoved.length > 0) parts.push(`${counted(diff.checkinsRemoved.length, 'check-in')} removed or rewritten`);
  if (diff.measurementsAdded.length > 0) parts.push(`${counted(diff.measurementsAdded.length, 'measurement')} added`);
  if (diff.measurementsRemoved.length > 0) parts.push(`${counted(diff.measurementsRemoved.length, 'measurement')} removed or rewritten`);
  const turned = healthTurned(diff).length;
  if (turned > 0) parts.push(`${counted(turned, 'KPI')} changed health`);
  const goalposts = moved(diff).length + movedKpi(diff).length;
  if (goalposts > 0) parts.push(`⚠ ${counted(goalposts, 'goalpost')} moved`);
  const periods = diff.scores.filter((s) => s.kind === 'period' && s.before !== null && s.after !== null);
  const scores = periods.map((s) => `${s.title} ${scoreArrow(s)}`);
  if (parts.length === 0 && diff.scores.length === 0 && diff.kpiHealth.length === 0) return 'No changes to goals';
  const effect = scores.length > 0 ? scores.join(' · ') : diff.scores.length > 0 ? `${counted(diff.scores.length, 'score')} changed` : 'no score changes';
  return [...parts, effect].join(' · ');
}

export function scoreArrow(s: ScoreChange): string {
  const places = decimals(s.before, s.after);
  return `${s.before === null ? '—' : s.before.score.toFixed(places)} → ${s.after === null ? '—' : s.after.score.toFixed(places)}`;
}
