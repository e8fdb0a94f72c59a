/**
 * The alignment tree of a period as a model. Nodes are made when first read: a first render of
 * 5,000 objectives and 15,000 key results builds the roots and what the open rows show, not all
 * 20,000 nodes. The tree is the same as if it were built all at once.
 */
import { DataError, type SnapshotData, type SnapshotKeyResult, type SnapshotObjective } from '../shared/snapshot.js';

export type NodeKind = 'objective' | 'key-result';

/** One node of the alignment tree: an objective, or a key result of one. */
export interface TreeNode {
  /** The objective id, or the key result's ref "<objective-id>#<kr-id>". Unique in a tree. */
  readonly key: string;
  readonly kind: NodeKind;
  readonly title: string;
  readonly owner: string | null;
  /** Score of the objective or progress of the key result, 0..1. */
  readonly progress: number;
  /** Where the period's pace says progress should be by now, 0..1. */
  readonly expected: number;
  /** The objective's grade; for a key result its progress on the same 0.1 scale. */
  readonly grade: number;
  readonly status: string;
  /** The objective's traffic-light colour; null for key results (their status gives the tone). */
  readonly colour: string | null;
  /** The objective itself, or the objective the key result belongs to. */
  readonly objective: SnapshotObjective;
  readonly keyResult: SnapshotKeyResult | null;
  /** 1 for roots. */
  readonly level: number;
  readonly parent: TreeNode | null;
  /** Made the first time they are read. */
  readonly children: readonly TreeNode[];
}

export interface TreeFilters {
  /** A period id, `all` for every period, or nothing for the data's default period. */
  period?: string | null | undefined;
  team?: string | null | undefined;
  root?: string | null | undefined;
  /** The most levels to show; nothing or below 1 for all. */
  depth?: number | null | undefined;
}

export interface OkrTreeModel {
  readonly roots: readonly TreeNode[];
  /** Every node by key. Reading it builds the whole tree: the element looks nodes up in its rows. */
  readonly byKey: ReadonlyMap<string, TreeNode>;
  /** The period the tree shows, or null for all of them. */
  readonly period: string | null;
  readonly objectives: number;
  readonly keyResults: number;
}

export const krRef = (objective: SnapshotObjective, kr: SnapshotKeyResult): string => kr.ref || `${objective.id}#${kr.id}`;
const parentObjectiveId = (parent: string): string => parent.split('#')[0] ?? parent;

/**
 * The alignment tree of a period: objectives, under each its key results and then the
 * objectives that align to it directly; objectives whose parent is a key result's ref sit under
 * that key result. One linear pass indexes children by parent key; nodes come later, on demand.
 */
export function buildTree(data: SnapshotData, filters: TreeFilters = {}): OkrTreeModel {
  const all = data.objectives;
  const byId = new Map(all.map((o) => [o.id, o]));
  const explicitPeriod = filters.period && filters.period !== 'all' ? filters.period : null;
  if (explicitPeriod && !data.periods.some((p) => p.id === explicitPeriod) && !all.some((o) => o.period === explicitPeriod)) {
    throw new DataError(`There is no period "${explicitPeriod}" in the data.`);
  }
  const period = filters.period === 'all' ? null : (explicitPeriod ?? data.defaultPeriod ?? null);
  const inPeriod = period === null ? all : all.filter((o) => o.period === period);
  const inSet = new Set(inPeriod.map((o) => o.id));

  // Children by parent key; a ref to a key result that does not exist falls back to its objective.
  const childrenOf = new Map<string, SnapshotObjective[]>();
  for (const o of inPeriod) {
    if (!o.parent) continue;
    let key = o.parent;
    if (key.includes('#')) {
      const owner = byId.get(parentObjectiveId(key));
      if (owner && !owner.keyResults.some((kr) => krRef(owner, kr) === key)) key = owner.id;
    }
    const list = childrenOf.get(key);
    if (list) list.push(o);
    else childrenOf.set(key, [o]);
  }

  let roots: SnapshotObjective[];
  if (filters.root) {
    const root = byId.get(filters.root);
    if (!root) throw new DataError(`There is no objective "${filters.root}" in the data.`);
    roots = [root];
  } else if (filters.team) {
    const team = filters.team;
    if (!data.teams.some((t) => t.id === team) && !all.some((o) => o.team === team)) throw new DataError(`There is no team "${team}" in the data.`);
    const ofTeam = new Set(inPeriod.filter((o) => o.team === team).map((o) => o.id));
    roots = inPeriod.filter((o) => ofTeam.has(o.id) && !hasAncestorIn(o, ofTeam, byId));
  } else {
    roots = byTeamLevel(
      inPeriod.filter((o) => !o.parent || !inSet.has(parentObjectiveId(o.parent))),
      data.teams,
    );
  }

  const maxDepth = filters.depth && filters.depth >= 1 ? Math.floor(filters.depth) : Infinity;
  // A root given by id may lie outside the period, and still claims its keys.
  const outside = period === null ? [] : roots.filter((o) => o.period !== period);
  const unique = keysAreUnique(outside.length > 0 ? [...inPeriod, ...outside] : inPeriod);
  return new LazyTree(roots, childrenOf, maxDepth, period, unique);
}

/**
 * Roots as a company reads them: the objectives of the top team first, then those of the teams
 * one level below, and so on, each level in the data's order; a team the data does not list
 * comes last.
 */
function byTeamLevel(roots: readonly SnapshotObjective[], teams: readonly { id: string; parent: string | null }[]): SnapshotObjective[] {
  const parentOf = new Map(teams.map((t) => [t.id, t.parent]));
  const levels = new Map<string, number>();
  const levelOf = (team: string): number => {
    const known = levels.get(team);
    if (known !== undefined) return known;
    let level = 0;
    if (!parentOf.has(team)) level = Number.MAX_SAFE_INTEGER;
    else {
      // Up to the top; a cycle in bad data ends the walk instead of looping.
      const seen = new Set([team]);
      for (let at = parentOf.get(team); at && parentOf.has(at) && !seen.has(at); at = parentOf.get(at)) {
        seen.add(at);
        level += 1;
      }
    }
    levels.set(team, level);
    return level;
  };
  // Array.prototype.sort is stable: one level keeps the data's order.
  return [...roots].sort((a, b) => levelOf(a.team) - levelOf(b.team));
}

function hasAncestorIn(o: SnapshotObjective, ids: Set<string>, byId: Map<string, SnapshotObjective>): boolean {
  const seen = new Set<string>([o.id]);
  let parent = o.parent ? byId.get(parentObjectiveId(o.parent)) : undefined;
  while (parent && !seen.has(parent.id)) {
    if (ids.has(parent.id)) return true;
    seen.add(parent.id);
    parent = parent.parent ? byId.get(parentObjectiveId(parent.parent)) : undefined;
  }
  return false;
}

/** Whether no two objectives share an id, no two key results a ref, and no ref is an objective's id. */
function keysAreUnique(objectives: readonly SnapshotObjective[]): boolean {
  const seen = new Set<string>();
  const claim = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const o of objectives) {
    if (!claim(o.id)) return false;
    for (const kr of o.keyResults) if (!claim(krRef(o, kr))) return false;
  }
  return true;
}

/**
 * The model behind buildTree. A node's children are made the first time they are read, and a
 * key already placed is never placed again (that is what ends a cycle back to a root).
 *
 * Order of reading cannot change the tree while every key has one place to go: an objective sits
 * under its one parent key (or is a root, placed first), a key result under its objective. When
 * the data repeats an id or a ref, the first to claim the key wins, so then the whole tree is
 * built at once, depth first and last child first, as the eager build always did.
 */
class LazyTree implements OkrTreeModel {
  readonly roots: readonly TreeNode[];
  readonly period: string | null;
  private readonly _childrenOf: ReadonlyMap<string, readonly SnapshotObjective[]>;
  private readonly _maxDepth: number;
  private readonly _placed = new Map<string, TreeNode>();
  private _complete = false;
  private _counts: { objectives: number; keyResults: number } | null = null;

  constructor(roots: readonly SnapshotObjective[], childrenOf: ReadonlyMap<string, readonly SnapshotObjective[]>, maxDepth: number, period: string | null, unique: boolean) {
    this._childrenOf = childrenOf;
    this._maxDepth = maxDepth;
    this.period = period;
    const placed: TreeNode[] = [];
    for (const o of roots) this._place(placed, o, null, null);
    this.roots = placed;
    if (!unique) this._buildAll();
  }

  get byKey(): ReadonlyMap<string, TreeNode> {
    this._buildAll();
    return this._placed;
  }

  get objectives(): number {
    return this._count().objectives;
  }

  get keyResults(): number {
    return this._count().keyResults;
  }

  /** The children of `node`, made and placed now: its key results, then the objectives aligned to its key. */
  childrenOf(node: TreeNode): TreeNode[] {
    const children: TreeNode[] = [];
    if (node.level >= this._maxDepth) return children;
    if (node.kind === 'objective') for (const kr of node.objective.keyResults) this._place(children, node.objective, kr, node);
    for (const o of this._childrenOf.get(node.key) ?? []) this._place(children, o, null, node);
    return children;
  }

  private _place(into: TreeNode[], objective: SnapshotObjective, keyResult: SnapshotKeyResult | null, parent: TreeNode | null): void {
    const key = keyResult ? krRef(objective, keyResult) : objective.id;
    if (this._placed.has(key)) return;
    const node = new LazyNode(this, key, objective, keyResult, parent);
    this._placed.set(key, node);
    into.push(node);
  }

  private _buildAll(): void {
    if (this._complete) return;
    const stack = [...this.roots];
    while (stack.length > 0) for (const child of stack.pop()!.children) stack.push(child);
    this._complete = true;
  }

  private _count(): { objectives: number; keyResults: number } {
    this._counts ??= this._complete ? countNodes(this._placed.values()) : this._countIndex();
    return this._counts;
  }

  /**
   * The counts of the whole tree without making its nodes, walking the index the way childrenOf
   * does. Only with unique keys (else the tree is complete): then the one key met twice is a
   * root's, at the end of a cycle back to it, and every key result of an open objective is placed.
   */
  private _countIndex(): { objectives: number; keyResults: number } {
    const rootIds = new Set(this.roots.map((r) => r.key));
    const stack = this.roots.map((r) => ({ objective: r.objective, level: 1 }));
    const below = (key: string, level: number): void => {
      for (const o of this._childrenOf.get(key) ?? []) stack.push({ objective: o, level });
    };
    let objectives = 0;
    let keyResults = 0;
    while (stack.length > 0) {
      const { objective: o, level } = stack.pop()!;
      objectives += 1;
      if (level >= this._maxDepth) continue;
      keyResults += o.keyResults.length;
      if (level + 1 < this._maxDepth) for (const kr of o.keyResults) below(krRef(o, kr), level + 2);
      below(o.id, level + 1);
    }
    return { objectives, keyResults };
  }
}

function countNodes(nodes: Iterable<TreeNode>): { objectives: number; keyResults: number } {
  let objectives = 0;
  let keyResults = 0;
  for (const n of nodes) {
    if (n.kind === 'objective') objectives += 1;
    else keyResults += 1;
  }
  return { objectives, keyResults };
}

/** The fields of a node, written once in the constructor; readers see `TreeNode`'s readonly ones. */
type NodeFields = { -readonly [K in Exclude<keyof TreeNode, 'children'>]: TreeNode[K] };

// The class takes its field declarations from TreeNode instead of repeating them.
interface LazyNode extends NodeFields {}

/**
 * A class, not an object literal with a `children` getter: a closure per node made building the
 * whole 20,000-node tree twice as slow (50 → 100 ms), which `expand-all` pays.
 */
class LazyNode implements TreeNode {
  private readonly _tree: LazyTree;
  private _children: readonly TreeNode[] | null = null;

  constructor(tree: LazyTree, key: string, o: SnapshotObjective, kr: SnapshotKeyResult | null, parent: TreeNode | null) {
    this._tree = tree;
    this.key = key;
    this.kind = kr ? 'key-result' : 'objective';
    this.title = kr ? kr.title : o.title;
    this.owner = kr ? (kr.owner ?? o.owner) : o.owner;
    this.progress = kr ? kr.progress : o.score;
    this.expected = o.expected;
    this.grade = kr ? Math.round(kr.progress * 10) / 10 : o.grade;
    this.status = kr ? kr.status : o.status;
    this.colour = kr ? null : o.colour;
    this.objective = o;
    this.keyResult = kr;
    this.level = parent ? parent.level + 1 : 1;
    this.parent = parent;
  }

  get children(): readonly TreeNode[] {
    this._children ??= this._tree.childrenOf(this);
    return this._children;
  }
}
