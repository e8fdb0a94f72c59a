import type { Config } from '../schema/config.js';
import type { Finding, GoalsDiff, GoalsSide, RuleLevel, RuleName } from './diff-types.js';
import { unexplainedScores } from './score-reasons.js';

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
 * - unexplained_score_change: an objective's score changed without a change a reviewer can see
 *   as the reason (see score-reasons.ts). Check-ins or measurements rewritten or removed do not
 *   explain a score: they are what this catches.
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

  const unexplained = unexplainedScores(diff, before, after);
  const files = new Map(after.repo.objectives.map((o) => [o.data.id, o]));
  for (const s of diff.scores) {
    if (s.kind !== 'objective' || s.before === null || s.after === null || s.before.score === s.after.score) continue;
    if (!unexplained.has(s.id)) continue;
    const located = files.get(s.id);
    const removed = diff.checkinsRemoved.filter((c) => c.objective === s.id || (s.from !== undefined && c.objective === s.from)).length;
    const why = removed > 0 ? `: ${removed} check-in${removed === 1 ? ' was' : 's were'} rewritten or removed` : '';
    add('unexplained_score_change', `score of ${s.id} changed from ${s.before.score.toFixed(2)} to ${s.after.score.toFixed(2)} with no check-in explaining it${why}`, located?.file ?? '', located?.titleLine ?? 1);
  }
  return findings;
}
