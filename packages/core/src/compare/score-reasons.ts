import type { GoalsDiff, GoalsSide } from './diff-types.js';
import type { SnapshotObjective } from '../schema/snapshot.js';

/**
 * The objectives (by their id after the change) whose score moved with no reason a reviewer can
 * see in the diff. A score with key results is their weighted progress, so each key result whose
 * progress moved needs its own reason: an edit to it, a goalpost, a key result added or removed
 * beside it, a KPI it reads edited or measured anew, or a check-in added on a new date that counts
 * by the as-of date. A check-in or measurement rewritten or removed is never a reason, even beside
 * an added one. An umbrella (no key results) scores its children: it is explained when its
 * children changed or a child's score is explained.
 */
export function unexplainedScores(diff: GoalsDiff, before: GoalsSide, after: GoalsSide): Set<string> {
  const asOf = after.snapshot.asOf;
  const renamedFrom = new Map(diff.scores.flatMap((s) => (s.kind === 'objective' && s.from !== undefined ? [[s.id, s.from] as const] : [])));
  const oldObjectives = new Map(before.snapshot.objectives.map((o) => [o.id, o]));

  const keyResultsAddedOrRemoved = new Set<string>();
  const editedKeyResults = new Set<string>();
  /** Objectives whose place among their siblings changed: a parent or a weight edited, or added or removed. */
  const moved = new Set<string>();
  for (const c of diff.changes) {
    if (c.objective === null) continue;
    if (c.kind === 'key-result') (c.change === 'edited' ? editedKeyResults.add(c.id) : keyResultsAddedOrRemoved.add(c.objective));
    else if (c.kind === 'objective' && (c.change !== 'edited' || c.fields.some((f) => f === 'parent' || f === 'weight'))) moved.add(c.id);
  }
  for (const g of diff.goalposts) editedKeyResults.add(g.ref);

  // A renamed objective's removed check-ins carry its old id: read them under the new one.
  const newIds = new Map([...renamedFrom].map(([now, was]) => [was, now]));
  const underNewId = (ref: string): string => ref.replace(/^[^#]+/, (id) => newIds.get(id) ?? id);
  const rewritten = new Set(diff.checkinsRemoved.map((c) => underNewId(c.ref)));
  const checkedIn = new Set(diff.checkinsAdded.filter((c) => c.date <= asOf && !rewritten.has(c.ref)).map((c) => c.ref));
  const kpisRewritten = new Set(diff.measurementsRemoved.map((m) => m.ref));
  const kpisExplained = new Set(diff.measurementsAdded.filter((m) => m.date <= asOf && !kpisRewritten.has(m.ref)).map((m) => m.ref));
  for (const c of diff.changes) if (c.kind === 'kpi') kpisExplained.add(c.id);

  const ownReason = (objective: SnapshotObjective, was: SnapshotObjective | undefined): boolean => {
    if (!was || keyResultsAddedOrRemoved.has(objective.id)) return true;
    const oldProgress = new Map(was.keyResults.map((kr) => [kr.id, kr.progress]));
    const movedKeyResults = objective.keyResults.filter((kr) => oldProgress.get(kr.id) !== kr.progress);
    // Only weights moved the score, and a weight is a goalpost.
    if (movedKeyResults.length === 0) return objective.keyResults.some((kr) => editedKeyResults.has(`${objective.id}#${kr.id}`));
    return movedKeyResults.every((kr) => {
      const ref = `${objective.id}#${kr.id}`;
      return editedKeyResults.has(ref) || checkedIn.has(ref) || (kr.kpi !== null && kpisExplained.has(kr.kpi));
    });
  };

  const byId = new Map(after.snapshot.objectives.map((o) => [o.id, o]));
  const memo = new Map<string, boolean>();
  const explained = (id: string, path: Set<string>): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const objective = byId.get(id);
    if (!objective || path.has(id)) return false;
    const was = oldObjectives.get(renamedFrom.get(id) ?? id);
    let result: boolean;
    if (objective.keyResults.length > 0) result = ownReason(objective, was);
    else {
      path.add(id);
      const childrenBefore = new Set(was?.children ?? []);
      const sameChildren = childrenBefore.size === objective.children.length && objective.children.every((c) => childrenBefore.has(c));
      result = !was || was.keyResults.length > 0 || !sameChildren || objective.children.some((c) => moved.has(c) || explained(c, path));
      path.delete(id);
    }
    memo.set(id, result);
    return result;
  };

  const unexplained = new Set<string>();
  for (const s of diff.scores) {
    if (s.kind !== 'objective' || s.before === null || s.after === null || s.before.score === s.after.score) continue;
    if (!explained(s.id, new Set())) unexplained.add(s.id);
  }
  return unexplained;
}
