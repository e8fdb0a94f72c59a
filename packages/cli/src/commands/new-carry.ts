import { buildSnapshot, mappingLines, type Entry, type EntryValue, type LocatedObjective, type Repository } from '@cairn/core';

/** What `new objective --follows` takes from the objective it carries on: its front-matter defaults and its unfinished key results. */
export interface Carried {
  defaults: { owner?: string; kind?: string; tags?: string[]; supporting_kpis?: string[] };
  /** The `key_results:` lines of the new file, or none. */
  lines: string[];
  /** One line for the terminal: what was carried, from which value, and what was left behind. */
  note: string;
}

/**
 * The unfinished key results of `earlier`, scored as of `asOf`, as key results of a new
 * objective: the same ids, titles and targets, starting where the old ones stand (a metric
 * starts at its current value; a KPI key result reads its baseline from the KPI again), with no
 * check-ins. A finished one stays behind, and so does a list of milestones (steps are written by hand).
 */
export function carryOn(repo: Repository, earlier: LocatedObjective, asOf: string): Carried {
  const o = earlier.data;
  const scored = buildSnapshot(repo, asOf).objectives.find((s) => s.id === o.id);
  const carried: string[] = [];
  const left: string[] = [];
  const entries: Entry[] = [];
  o.keyResults.forEach((kr, index) => {
    const score = scored?.keyResults[index];
    if (!score || score.progress >= 1) {
      left.push(`${kr.id} (done)`);
      return;
    }
    if (kr.milestones !== undefined) {
      left.push(`${kr.id} (a list of milestones: add its open steps by hand)`);
      return;
    }
    const start = kr.type === 'metric' ? (score.current ?? kr.start) : undefined;
    const fields: Record<string, EntryValue | undefined> = {
      id: kr.id,
      title: kr.title,
      owner: kr.owner,
      type: kr.type === 'maintain' ? 'maintain' : undefined,
      kpi: kr.kpi,
      start: typeof start === 'number' ? start : undefined,
      target: kr.target,
      stretch: kr.stretch,
      direction: kr.direction,
      unit: kr.unit,
      done: kr.type === 'milestone' ? false : undefined,
      weight: kr.weight === 1 ? undefined : kr.weight,
      visibility: kr.visibility,
      values: kr.values,
    };
    entries.push(Object.fromEntries(Object.entries(fields).filter((pair): pair is [string, EntryValue] => pair[1] !== undefined)));
    carried.push(typeof start === 'number' && start !== kr.start ? `${kr.id} from ${start}` : kr.id);
  });
  const lines = entries.length === 0 ? [] : ['key_results:', ...entries.flatMap((entry) => mappingLines(entry).map((line, i) => `${i === 0 ? '  - ' : '    '}${line}`))];
  const count = `${carried.length} unfinished key result${carried.length === 1 ? '' : 's'}`;
  const note = `Carried on from ${o.id}: ${carried.length === 0 ? 'no unfinished key results' : `${count} (${carried.join(', ')})`}${left.length > 0 ? `; left behind: ${left.join(', ')}` : ''}`;
  return {
    defaults: {
      ...(o.owner === undefined ? {} : { owner: o.owner }),
      ...(o.kind === 'committed' ? { kind: o.kind } : {}),
      ...(o.tags.length === 0 ? {} : { tags: o.tags }),
      ...(o.supporting_kpis.length === 0 ? {} : { supporting_kpis: o.supporting_kpis }),
    },
    lines,
    note,
  };
}
