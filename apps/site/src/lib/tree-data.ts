import { periodSlice, type Snapshot, type SnapshotKeyResult, type SnapshotObjective } from '@cairn/core';

/** The fields of an objective that <okr-tree> reads or its shape check requires. */
export type TreeObjective = Pick<SnapshotObjective, 'id' | 'title' | 'period' | 'team' | 'owner' | 'parent' | 'status' | 'score' | 'grade' | 'colour' | 'expected'> & {
  keyResults: TreeKeyResult[];
};

/** The fields of a key result that <okr-tree> reads or its shape check requires. */
export type TreeKeyResult = Pick<SnapshotKeyResult, 'id' | 'ref' | 'title' | 'type' | 'owner' | 'status' | 'progress'>;

/** A period's slice as <okr-tree> reads it: the lists of a snapshot, its objectives trimmed. */
export type TreeData = Omit<Snapshot, 'objectives'> & { objectives: TreeObjective[] };

const treeKeyResult = (kr: SnapshotKeyResult): TreeKeyResult => ({
  id: kr.id,
  ref: kr.ref,
  title: kr.title,
  type: kr.type,
  owner: kr.owner,
  status: kr.status,
  progress: kr.progress,
});

const treeObjective = (o: SnapshotObjective): TreeObjective => ({
  id: o.id,
  title: o.title,
  period: o.period,
  team: o.team,
  owner: o.owner,
  parent: o.parent,
  status: o.status,
  score: o.score,
  grade: o.grade,
  colour: o.colour,
  expected: o.expected,
  keyResults: o.keyResults.map(treeKeyResult),
});

/**
 * What the alignment page embeds for its tree: core's period slice with each objective cut to
 * the fields the tree shows, leaving out narratives, check-ins and histories (most of a slice's
 * bytes). The whole slice stays at /api/v1/periods/<id>.json, which the page links.
 */
export function treeData(snapshot: Snapshot, periodId: string): TreeData {
  const slice = periodSlice(snapshot, periodId);
  return { ...slice, objectives: slice.objectives.map(treeObjective) };
}
