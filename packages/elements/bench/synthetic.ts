/**
 * A synthetic snapshot for the okr-tree benchmark: `count` objectives in one period, aligned in a
 * tree four levels deep (a few company objectives, then departments, teams, and individual
 * objectives), each with two to four key results; about a third of the aligned objectives point
 * at a key result of their parent ("<objective-id>#<kr-id>") rather than at the objective.
 * Deterministic (seeded), so every run renders the same tree.
 */
import type { Snapshot, SnapshotKeyResult, SnapshotObjective, SnapshotTeam } from '@cairn/core';

export interface SyntheticStats {
  objectives: number;
  keyResults: number;
  roots: number;
  depth: number;
  alignedToKeyResult: number;
  jsonBytes: number;
}

/** Node of the ECharts tree series: the same objectives, nested by alignment. */
export interface EchartsTreeNode {
  name: string;
  value: number;
  children?: EchartsTreeNode[];
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['Grow', 'Reduce', 'Launch', 'Improve', 'Ship', 'Simplify', 'Win', 'Keep', 'Double', 'Automate', 'Retain', 'Open'];
const THINGS = ['onboarding', 'self-serve revenue', 'churn', 'the partner programme', 'support response times', 'release cadence', 'the mobile app', 'data quality', 'hiring', 'the EU market', 'platform reliability', 'customer trust'];
const PERIOD = '2026-q4';
const EXPECTED = 0.42;
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

export function syntheticSnapshot(count = 5000, seed = 20261): { snapshot: Snapshot; stats: SyntheticStats } {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  // Levels: 8 roots, 8 per root, 8 per department, the rest spread over the teams.
  const roots = 8;
  const level2 = roots * 8;
  const level3 = level2 * 8;
  const sizes = [roots, level2, level3, Math.max(0, count - roots - level2 - level3)];
  const teams: SnapshotTeam[] = [];
  const objectives: SnapshotObjective[] = [];
  const levelOf: number[] = [];
  let alignedToKeyResult = 0;
  let keyResults = 0;

  const keyResult = (objectiveId: string, index: number, owner: string): SnapshotKeyResult => {
    const start = 0;
    const target = 10 * (1 + Math.floor(rnd() * 20));
    const current = round(target * Math.min(1.1, rnd() * 1.1));
    const progress = round(Math.min(1, Math.max(0, current / target)));
    keyResults += 1;
    return {
      id: `kr${index + 1}`,
      ref: `${objectiveId}#kr${index + 1}`,
      title: `${pick(WORDS)} ${pick(THINGS)} to ${target}`,
      type: 'metric',
      owner,
      weight: 1,
      start,
      target,
      stretch: null,
      current,
      unit: pick(['%', 'customers', 'points', 'EUR', null]),
      kpi: null,
      direction: null,
      progress,
      attainment: round(current / target),
      stretchReached: false,
      heldShare: null,
      milestones: null,
      status: progress >= 1 ? 'done' : progress >= EXPECTED * 0.9 ? 'on-track' : progress >= EXPECTED * 0.6 ? 'at-risk' : 'off-track',
      forecast: round(Math.min(1, progress / EXPECTED)),
      confidence: null,
      contributors: [],
      checkins: [],
      history: [{ date: '2026-10-01', value: 0 }, { date: '2026-11-15', value: current }],
    };
  };

  let n = 0;
  for (let level = 0; level < sizes.length && n < count; level += 1) {
    const parents = objectives.filter((_, i) => levelOf[i] === level - 1);
    const size = sizes[level] ?? 0;
    for (let i = 0; i < size && n < count; i += 1, n += 1) {
      const id = `o${String(n + 1).padStart(5, '0')}`;
      const parent = parents.length > 0 ? (parents[i % parents.length] as SnapshotObjective) : null;
      const team = level === 0 ? 'company' : `t${level}-${i % Math.max(1, size / 8)}`;
      if (!teams.some((t) => t.id === team)) teams.push({ id: team, name: `Team ${team}`, parent: level === 0 ? null : 'company', owners: [], score: null, scores: {} });
      const owner = `person-${Math.floor(rnd() * 400)}`;
      const krs = Array.from({ length: 2 + Math.floor(rnd() * 3) }, (_, k) => keyResult(id, k, owner));
      const score = round(krs.reduce((sum, kr) => sum + kr.progress, 0) / krs.length);
      let parentRef: string | null = null;
      if (parent) {
        const viaKr = rnd() < 1 / 3;
        const kr = parent.keyResults[Math.floor(rnd() * parent.keyResults.length)];
        parentRef = viaKr && kr ? kr.ref : parent.id;
        if (viaKr && kr) alignedToKeyResult += 1;
        parent.children.push(id);
      }
      objectives.push({
        id,
        title: `${pick(WORDS)} ${pick(THINGS)} (${id})`,
        period: PERIOD,
        team,
        owner,
        kind: rnd() < 0.3 ? 'aspirational' : 'committed',
        parent: parentRef,
        children: [],
        weight: 1,
        tags: [],
        supportingKpis: [],
        narrative: 'Synthetic objective for the benchmark.',
        score,
        grade: Math.round(score * 10) / 10,
        colour: score >= 0.7 ? 'green' : score >= 0.4 ? 'yellow' : 'red',
        status: score >= EXPECTED * 0.9 ? 'on-track' : score >= EXPECTED * 0.6 ? 'at-risk' : 'off-track',
        expected: EXPECTED,
        forecast: round(Math.min(1, score / EXPECTED)),
        projectedToMiss: score < EXPECTED * 0.6,
        keyResults: krs,
        source: { file: `objectives/${PERIOD}/${team}/${id}.md`, line: 2 },
      });
      levelOf.push(level);
    }
  }

  const snapshot: Snapshot = {
    version: 1,
    asOf: '2026-11-15',
    organisation: 'Benchmark Corp',
    site: { title: null, description: null, url: null, repository: null, locale: 'en-GB' },
    defaultPeriod: PERIOD,
    periods: [{ id: PERIOD, name: 'Q4 2026', start: '2026-10-01', end: '2026-12-31', parent: null, phase: 'during', expected: EXPECTED, score: null, objectives: objectives.length }],
    teams,
    objectives,
    kpis: [],
  };
  const stats: SyntheticStats = {
    objectives: objectives.length,
    keyResults,
    roots: objectives.filter((o) => o.parent === null).length,
    depth: Math.max(...levelOf) + 1,
    alignedToKeyResult,
    jsonBytes: Buffer.byteLength(JSON.stringify(snapshot)),
  };
  return { snapshot, stats };
}

/** The objectives as nested ECharts tree data (an objective aligned to a key result sits under the key result's objective). */
export function echartsTree(snapshot: Snapshot): EchartsTreeNode {
  const nodes = new Map<string, EchartsTreeNode>(snapshot.objectives.map((o) => [o.id, { name: o.title, value: o.score }]));
  const top: EchartsTreeNode = { name: snapshot.organisation ?? 'Objectives', value: 0, children: [] };
  for (const o of snapshot.objectives) {
    const node = nodes.get(o.id) as EchartsTreeNode;
    const parent = o.parent ? nodes.get(o.parent.split('#')[0] ?? o.parent) : undefined;
    const into = parent ?? top;
    (into.children ??= []).push(node);
  }
  return top;
}
