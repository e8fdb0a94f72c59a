import type { Config } from '../schema/config.js';
import type { Finding, GoalsDiff, GoalsSide, RuleLevel, RuleName, ValueAdded } from './diff-types.js';
import { targetText } from './kpi-changes.js';
import { unexplainedScores } from './score-reasons.js';

export type ReviewRules = Record<RuleName, RuleLevel>;

/** What `cairn diff --check` holds a change to when cairn.config.yaml says nothing (docs/cli.md). */
export const DEFAULT_REVIEW_RULES: ReviewRules = {
  closed_period_targets: 'error',
  closed_period_checkin: 'error',
  unexplained_score_change: 'error',
  moved_goalposts: 'warning',
  moved_kpi_goalposts: 'warning',
};

/** The review rules of a configuration, defaults filled in. */
export function reviewRules(config: Config): ReviewRules {
  return { ...DEFAULT_REVIEW_RULES, ...(config.review ?? {}) };
}

/**
 * The findings of the review rules on a diff:
 * - closed_period_targets: a start, target, stretch or weight edited, or a key result added or
 *   removed, in a period that had ended by the as-of date;
 * - closed_period_checkin: a check-in added or rewritten, dated after the end of its objective's
 *   period, when that period had ended by the as-of date (it changes a final score);
 * - moved_goalposts: the same in a period that is running;
 * - moved_kpi_goalposts: a KPI's target or critical line changed (not only time-bound targets
 *   that start after the as-of date);
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
  for (const late of lateCheckins(diff, after)) {
    const what = late.entry.now === undefined ? `check-in of ${late.ref} dated ${late.entry.date} added` : `check-in of ${late.ref} dated ${late.entry.date} rewritten from ${String(late.entry.value)} to ${String(late.entry.now)}`;
    add('closed_period_checkin', `${what} after period ${late.period} ended on ${late.end}: it changes the period's final score`, late.file, late.line);
  }
  const healthOf = new Map(diff.kpiHealth.map((k) => [k.id, k]));
  const told = new Set<string>();
  for (const g of diff.kpiGoalposts) {
    if (g.phase !== 'during') continue;
    // The health turn is said once per KPI, with its first moved line.
    const health = told.has(g.ref) ? undefined : healthOf.get(g.ref);
    told.add(g.ref);
    const was = health?.before?.health;
    const now = health?.after?.health;
    const turned = was !== undefined && now !== undefined && was !== now ? `, so its health turns from ${was} to ${now}` : '';
    add('moved_kpi_goalposts', `${g.field} of KPI ${g.ref} changed from ${targetText(g.before)} to ${targetText(g.after)}${turned}`, g.file, g.line);
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

interface LateCheckin {
  entry: ValueAdded;
  /** The key result under its objective's id in the head. */
  ref: string;
  period: string;
  end: string;
  file: string;
  line: number;
}

/**
 * Check-ins added or rewritten (not removed) with a date after the end of their objective's
 * period, in a period that had ended by the as-of date, each located at its entry in the head.
 */
function lateCheckins(diff: GoalsDiff, after: GoalsSide): LateCheckin[] {
  const periods = new Map(after.snapshot.periods.map((p) => [p.id, p]));
  const objectives = new Map(after.repo.objectives.map((o) => [o.data.id, o]));
  // A rewrite in a renamed file names the objective's old id: find it again by its new one.
  const renamed = new Map(diff.changes.flatMap((c) => (c.kind === 'objective' && c.change === 'renamed' && c.from !== undefined ? [[c.from, c.id] as const] : [])));
  const found: LateCheckin[] = [];
  const written = [...diff.checkinsAdded, ...diff.checkinsRemoved.filter((c) => c.now !== null && c.now !== undefined)];
  for (const entry of written) {
    const objective = entry.objective === null ? undefined : (objectives.get(entry.objective) ?? objectives.get(renamed.get(entry.objective) ?? ''));
    const period = objective === undefined ? undefined : periods.get(objective.data.period);
    if (objective === undefined || period === undefined || period.phase !== 'after' || entry.date <= period.end) continue;
    const krId = entry.ref.slice(entry.ref.indexOf('#') + 1);
    const index = objective.data.keyResults.findIndex((kr) => kr.id === krId);
    const checkins = objective.data.keyResults[index]?.checkins ?? [];
    // Of two entries on one date the later counts, so the later is where the reviewer looks.
    const at = checkins.map((c) => String(c.date)).lastIndexOf(entry.date);
    const line = index >= 0 && at >= 0 ? objective.at(['key_results', index, 'checkins', at]).line : objective.titleLine;
    found.push({ entry, ref: `${objective.data.id}#${krId}`, period: period.id, end: period.end, file: objective.file, line });
  }
  return found;
}
