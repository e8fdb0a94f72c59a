import type { Config } from '../schema/config.js';
import type { Finding, GoalsDiff, GoalsSide, RuleLevel, RuleName } from './diff-types.js';

export type ReviewRules = Record<RuleName, RuleLevel>;

/** What `cairn diff --check` holds a change to when cairn.config.yaml says nothing (docs/cli.md). */
export const DEFAULT_REVIEW_RULES: ReviewRules = {
  closed_period_targets: 'error',
  unexplained_score_change: 'error',
  moved_goalposts: 'warning',
};

/** The review rules of a configuration, defaults filled in. */
export function reviewRules(config: Config): ReviewRules {
  return { ...DEFAULT_REVIEW_RULES, ...(config.review ?? {}) };
}

/**
 * The findings of the review rules on a diff:
 * - closed_period_targets: a start, target, stretch or weight edited, or a key result added or
 *   removed, in a period that had ended by the as-of date;
 * - moved_goalposts: the same in a period that is running;
 * - unexplained_score_change: an objective's score changed, but neither it, nor an objective
 *   below it, nor a KPI it reads got a change a reviewer can see as the reason (a check-in or
 *   measurement added, a key result added, removed or edited, a goalpost, a parent or weight).
 *   Check-ins or measurements rewritten or removed do not explain a score: they are what this catches.
 */
export function reviewFindings(diff: GoalsDiff, before: GoalsSide, after: GoalsSide, rules: Partial<ReviewRules> = {}): Finding[] {
  const levels: ReviewRules = { ...DEFAULT_REVIEW_RULES, ...rules };
  const findings: Finding[] = [];
  const add = (rule: RuleName, message: string, file: string, line: number): void => {
    const level = levels[rule];
    if (level !== 'off') findings.push({ rule, severity: level, message, file, line });
  };
  const phases = new Map(after.snapshot.periods.map((p) => [p.id, p.phase]));

  for (const g of diff.goalposts) {
    const what = `${g.field} of ${g.ref} changed from ${g.before ?? 'none'} to ${g.after ?? 'none'}`;
    if (g.phase === 'after') add('closed_period_targets', `${what} after period ${g.period} ended`, g.file, g.line);
    else if (g.phase === 'during') add('moved_goalposts', `${what} while period ${g.period} is running`, g.file, g.line);
  }
  for (const c of diff.changes) {
    if (c.kind !== 'key-result' || c.change === 'edited' || c.period === null || phases.get(c.period) !== 'after') continue;
    add('closed_period_targets', `key result ${c.id} ${c.change} after period ${c.period} ended`, c.file, c.line);
  }

  const explained = new Set<string>();
  for (const c of diff.changes) {
    if (c.objective === null) continue;
    if (c.kind === 'key-result' || c.change !== 'edited' || c.fields.some((f) => f === 'parent' || f === 'weight')) explained.add(c.objective);
  }
  for (const g of diff.goalposts) explained.add(g.objective);
  for (const c of diff.checkinsAdded) if (c.objective !== null) explained.add(c.objective);
  const measured = new Set(diff.measurementsAdded.map((m) => m.ref));
  for (const c of diff.changes) if (c.kind === 'kpi') measured.add(c.id);
  for (const o of after.snapshot.objectives) {
    if (o.keyResults.some((kr) => kr.kpi !== null && measured.has(kr.kpi))) explained.add(o.id);
  }
  const children = new Map<string, Set<string>>();
  for (const side of [before, after]) {
    for (const o of side.snapshot.objectives) {
      const set = children.get(o.id) ?? new Set<string>();
      for (const child of o.children) set.add(child);
      children.set(o.id, set);
    }
  }
  const explainedBelow = (id: string, seen = new Set<string>()): boolean => {
    if (explained.has(id)) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    return [...(children.get(id) ?? [])].some((child) => explainedBelow(child, seen));
  };
  const files = new Map(after.repo.objectives.map((o) => [o.data.id, o]));
  for (const s of diff.scores) {
    if (s.kind !== 'objective' || s.before === null || s.after === null || s.before.score === s.after.score) continue;
    if (explainedBelow(s.id)) continue;
    const located = files.get(s.id);
    const removed = diff.checkinsRemoved.filter((c) => c.objective === s.id).length;
    const why = removed > 0 ? `: ${removed} check-in${removed === 1 ? ' was' : 's were'} rewritten or removed` : '';
    add('unexplained_score_change', `score of ${s.id} changed from ${s.before.score.toFixed(2)} to ${s.after.score.toFixed(2)} with no check-in explaining it${why}`, located?.file ?? '', located?.titleLine ?? 1);
  }
  return findings;
}
