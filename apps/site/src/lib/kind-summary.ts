import { type SnapshotObjective, type SnapshotPeriod, weightedMean } from '@cairn/core';
import { formatScore, statusLook } from './format.js';

/** Statuses in the order a reader counts them: pace while a period runs, the outcome after it. */
const STATUS_ORDER = ['done', 'on-track', 'at-risk', 'off-track', 'achieved', 'partial', 'missed', 'not-started'];

/** What the line needs of an objective (a status as core named it; the page's rows carry the same). */
type Counted = Pick<SnapshotObjective, 'score' | 'weight'> & { kind: string; status: string };

/** "1 achieved, 2 missed": how many objectives have each status core gave them, in words. */
function statusCounts(objectives: readonly Counted[]): string {
  const counts = new Map<string, number>();
  for (const o of objectives) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  const order = [...STATUS_ORDER, ...[...counts.keys()].filter((s) => !STATUS_ORDER.includes(s))];
  return order.flatMap((status) => (counts.get(status) ? [`${counts.get(status)} ${statusLook(status).label.toLowerCase()}`] : [])).join(', ');
}

/**
 * (Kept free of the site's data, so the period page's script can say the same of the rows it shows.)
 *
 * How a period's committed and aspirational objectives stand, from the statuses and scores core
 * gave them: "Committed: 3 (1 achieved, 2 missed) · Aspirational: 17 (average 0.62)" for an ended
 * period; while it runs, the aspirational ones are counted by status too; before it, only counted.
 */
export function kindSummary(objectives: readonly Counted[], phase: SnapshotPeriod['phase']): string {
  const committed = objectives.filter((o) => o.kind === 'committed');
  const aspirational = objectives.filter((o) => o.kind !== 'committed');
  const committedText = committed.length > 0 && phase !== 'before' ? ` (${statusCounts(committed)})` : '';
  const details =
    aspirational.length === 0 || phase === 'before'
      ? []
      : [`average ${formatScore(weightedMean(aspirational.map((o) => ({ value: o.score, weight: o.weight }))))}`, ...(phase === 'during' ? [statusCounts(aspirational)] : [])];
  const aspirationalText = details.length > 0 ? ` (${details.join('; ')})` : '';
  return `Committed: ${committed.length}${committedText} · Aspirational: ${aspirational.length}${aspirationalText}`;
}
