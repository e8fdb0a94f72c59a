import type { GoalsDiff, Problem, ScoreChange, Standing } from '@cairn/core';
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
  const goalposts = moved(diff).length;
  if (goalposts > 0) parts.push(`⚠ ${counted(goalposts, 'goalpost')} moved`);
  const periods = diff.scores.filter((s) => s.kind === 'period' && s.before !== null && s.after !== null);
  const scores = periods.map((s) => `${s.title} ${scoreArrow(s)}`);
  if (parts.length === 0 && diff.scores.length === 0) return 'No changes to goals';
  const effect = scores.length > 0 ? scores.join(' · ') : diff.scores.length > 0 ? `${counted(diff.scores.length, 'score')} changed` : 'no score changes';
  return [...parts, effect].join(' · ');
}

export function scoreArrow(s: ScoreChange): string {
  const places = decimals(s.before, s.after);
  return `${s.before === null ? '—' : s.before.score.toFixed(places)} → ${s.after === null ? '—' : s.after.score.toFixed(places)}`;
}
