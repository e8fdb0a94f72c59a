import type { KeyResult, Located, LocatedObjective, Repository } from '../load/model.js';
import type { GoalpostChange, ItemChange, PhaseAtAsOf, ValueAdded } from './diff-types.js';

/** Written fields compared for an edit, in a stable order; check-ins and key results are compared apart. */
const OBJECTIVE_FIELDS = ['title', 'owner', 'kind', 'period', 'team', 'parent', 'weight', 'tags', 'supporting_kpis', 'narrative', 'follows', 'retrospective', 'visibility', 'values'] as const;
const KEY_RESULT_FIELDS = ['title', 'owner', 'type', 'unit', 'kpi', 'direction', 'done', 'milestones', 'visibility', 'values'] as const;
const GOALPOST_FIELDS = ['start', 'target', 'stretch', 'weight'] as const;

/** Same value as written (objects compared by their JSON, keys in written order). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): string[] {
  return fields.filter((field) => !same(before[field], after[field]));
}

function fieldsOf(objective: LocatedObjective): Record<string, unknown> {
  return objective.data;
}

export interface ItemComparison {
  /** Objectives whose id changed (file renamed, title and period kept): the new id → the old one. */
  renamedObjectives: Map<string, string>;
  changes: ItemChange[];
  checkinsAdded: ValueAdded[];
  checkinsRemoved: ValueAdded[];
  measurementsAdded: ValueAdded[];
  measurementsRemoved: ValueAdded[];
  goalposts: GoalpostChange[];
}

/**
 * What changed between two loaded repositories, item by item: ids match items across the two
 * sides; an objective keeps its id when its file moves (`git mv` to another team), and an
 * objective whose id changed is matched by its title in the same period.
 */
export function compareItems(before: Repository, after: Repository, phaseOf: (period: string) => PhaseAtAsOf): ItemComparison {
  const result: ItemComparison = { renamedObjectives: new Map(), changes: [], checkinsAdded: [], checkinsRemoved: [], measurementsAdded: [], measurementsRemoved: [], goalposts: [] };
  const { changes } = result;

  compareSimple(before.periods, after.periods, 'period', ['name', 'start', 'end', 'parent'], changes);
  compareSimple(before.teams, after.teams, 'team', ['name', 'parent', 'owners'], changes);
  compareSimple(before.kpis, after.kpis, 'kpi', ['title', 'description', 'owner', 'team', 'unit', 'direction', 'target', 'critical', 'target_note', 'indicator', 'key', 'frequency', 'drives', 'health', 'visibility', 'values'], changes);
  for (const kpi of after.kpis) {
    const old = before.kpis.find((k) => k.data.id === kpi.data.id);
    const { added, removed } = byDate(old?.data.measurements ?? [], kpi.data.measurements);
    const title = kpi.data.title;
    result.measurementsAdded.push(...added.map((m) => ({ ref: kpi.data.id, title, date: String(m.date), value: m.value, note: m.note ?? null, file: kpi.file, objective: null })));
    if (old) {
      const now = (date: string) => rewritten(kpi.data.measurements, date);
      result.measurementsRemoved.push(...removed.map((m) => ({ ref: kpi.data.id, title, date: String(m.date), value: m.value, note: m.note ?? null, file: old.file, objective: null, now: now(String(m.date)) })));
    }
  }

  const beforeById = new Map(before.objectives.map((o) => [o.data.id, o]));
  const afterIds = new Set(after.objectives.map((o) => o.data.id));
  const unmatched = before.objectives.filter((o) => !afterIds.has(o.data.id));
  for (const objective of after.objectives) {
    const { id, title, period } = objective.data;
    let old = beforeById.get(id);
    let from: string | undefined;
    if (!old) {
      // A new id for an objective that kept its title and period is a rename of the old one.
      const index = unmatched.findIndex((o) => o.data.title === title && o.data.period === period);
      if (index >= 0) {
        old = unmatched.splice(index, 1)[0];
        from = old?.data.id;
        if (from !== undefined) result.renamedObjectives.set(id, from);
      }
    }
    const line = objective.titleLine;
    if (!old) {
      changes.push({ kind: 'objective', change: 'added', id, title, file: objective.file, line, fields: [], objective: id, period });
      for (const kr of objective.data.keyResults) addCheckins(result.checkinsAdded, kr, kr.checkins, objective);
      continue;
    }
    const fields = changedFields(fieldsOf(old), fieldsOf(objective), OBJECTIVE_FIELDS);
    if (from !== undefined || old.file !== objective.file) {
      changes.push({ kind: 'objective', change: 'renamed', id, title, file: objective.file, line, from: from ?? old.file, fields, objective: id, period });
    } else if (fields.length > 0) {
      changes.push({ kind: 'objective', change: 'edited', id, title, file: objective.file, line, fields, objective: id, period });
    }
    compareKeyResults(old, objective, phaseOf(period), result);
  }
  for (const old of unmatched) {
    changes.push({ kind: 'objective', change: 'removed', id: old.data.id, title: old.data.title, file: old.file, line: old.titleLine, fields: [], objective: old.data.id, period: old.data.period });
  }
  return result;
}

function compareSimple<T extends { id: string; title?: string; name?: string }>(
  before: readonly Located<T>[],
  after: readonly Located<T>[],
  kind: 'period' | 'team' | 'kpi',
  fields: readonly string[],
  changes: ItemChange[],
): void {
  const old = new Map(before.map((item) => [item.data.id, item]));
  const titleOf = (item: Located<T>): string => item.data.title ?? item.data.name ?? item.data.id;
  const base = { objective: null, period: null };
  const now = new Set(after.map((item) => item.data.id));
  // An id that went while another with the same title came is a rename of it.
  const gone = before.filter((item) => !now.has(item.data.id));
  // Locating re-reads a file, so only what changed is located.
  for (const item of after) {
    const was = old.get(item.data.id);
    if (!was) {
      const index = gone.findIndex((g) => titleOf(g) === titleOf(item) && titleOf(g) !== g.data.id);
      const renamed = index >= 0 ? gone.splice(index, 1)[0] : undefined;
      if (renamed) {
        const edited = changedFields(renamed.data as Record<string, unknown>, item.data as Record<string, unknown>, fields);
        changes.push({ kind, change: 'renamed', id: item.data.id, title: titleOf(item), file: item.file, line: item.at(['id']).line, from: renamed.data.id, fields: edited, ...base });
      } else {
        changes.push({ kind, change: 'added', id: item.data.id, title: titleOf(item), file: item.file, line: item.at(['id']).line, fields: [], ...base });
      }
      continue;
    }
    const edited = changedFields(was.data as Record<string, unknown>, item.data as Record<string, unknown>, fields);
    if (edited.length > 0) changes.push({ kind, change: 'edited', id: item.data.id, title: titleOf(item), file: item.file, line: item.at([edited[0] as string]).line, fields: edited, ...base });
  }
  for (const item of gone) changes.push({ kind, change: 'removed', id: item.data.id, title: titleOf(item), file: item.file, line: item.at(['id']).line, fields: [], ...base });
}

function compareKeyResults(before: LocatedObjective, after: LocatedObjective, phase: PhaseAtAsOf, result: ItemComparison): void {
  const objective = after.data.id;
  const period = after.data.period;
  const old = new Map(before.data.keyResults.map((kr) => [kr.id, kr]));
  after.data.keyResults.forEach((kr, index) => {
    const ref = `${objective}#${kr.id}`;
    // Locating re-reads the file, so only a key result that changed is located.
    const line = (): number => after.at(['key_results', index, 'title']).line;
    const was = old.get(kr.id);
    if (!was) {
      result.changes.push({ kind: 'key-result', change: 'added', id: ref, title: kr.title, file: after.file, line: line(), fields: [], objective, period });
      addCheckins(result.checkinsAdded, kr, kr.checkins, after);
      return;
    }
    const fields = changedFields(was, kr, KEY_RESULT_FIELDS);
    for (const field of GOALPOST_FIELDS) {
      if (same(was[field], kr[field])) continue;
      const at = after.at(['key_results', index, field]).line;
      result.goalposts.push({ ref, title: kr.title, objective, period, field, before: was[field] ?? null, after: kr[field] ?? null, phase, file: after.file, line: at });
    }
    if (fields.length > 0) result.changes.push({ kind: 'key-result', change: 'edited', id: ref, title: kr.title, file: after.file, line: line(), fields, objective, period });
    const { added, removed } = byDate(was.checkins, kr.checkins);
    addCheckins(result.checkinsAdded, kr, added, after);
    addCheckins(result.checkinsRemoved, was, removed, before, (date) => rewritten(kr.checkins, date));
  });
  const now = new Set(after.data.keyResults.map((kr) => kr.id));
  before.data.keyResults.forEach((kr, index) => {
    if (now.has(kr.id)) return;
    const line = before.at(['key_results', index, 'title']).line;
    result.changes.push({ kind: 'key-result', change: 'removed', id: `${before.data.id}#${kr.id}`, title: kr.title, file: before.file, line, fields: [], objective, period });
  });
}

function addCheckins(list: ValueAdded[], kr: KeyResult, checkins: KeyResult['checkins'], objective: LocatedObjective, now?: (date: string) => number | boolean | null): void {
  for (const c of checkins) {
    const date = String(c.date);
    const entry: ValueAdded = { ref: `${objective.data.id}#${kr.id}`, title: kr.title, date, value: c.value, note: c.note ?? null, file: objective.file, objective: objective.data.id };
    if (c.confidence !== undefined) entry.confidence = c.confidence;
    if (c.by !== undefined) entry.by = c.by;
    list.push(now ? { ...entry, now: now(date) } : entry);
  }
}

/** The value now written for a date, or null when no entry has that date any more. */
function rewritten(entries: readonly { date: unknown; value: number | boolean }[], date: string): number | boolean | null {
  const found = entries.filter((e) => String(e.date) === date);
  return found.length === 0 ? null : (found[found.length - 1]?.value ?? null);
}

/**
 * The entries added and removed, by date: an entry on a date that was already there is a rewrite
 * of the old one, not a new entry, even when the old one is still written (of two entries on one
 * date the later counts). Only entries on new dates count as added; rewrites show among the
 * removed, as the entry that counted before, with the value that counts now.
 */
function byDate<T extends { date: unknown }>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  const { added, removed } = multisetDifference(before, after);
  if (added.length === 0) return { added, removed };
  const counted = (entries: readonly T[]): Map<string, T> => new Map(entries.map((e) => [String(e.date), e]));
  const was = counted(before);
  const now = counted(after);
  const removedDates = new Set(removed.map((e) => String(e.date)));
  const rewrites: T[] = [];
  for (const entry of added) {
    const date = String(entry.date);
    const old = was.get(date);
    if (old === undefined || removedDates.has(date)) continue;
    // The old entry is still written, but a later one on its date now counts instead.
    removedDates.add(date);
    if (JSON.stringify(old) !== JSON.stringify(now.get(date))) rewrites.push(old);
  }
  return { added: added.filter((e) => !was.has(String(e.date))), removed: [...removed, ...rewrites] };
}

/** The entries only in `after` and only in `before`, counting repeats (two equal check-ins are two). */
function multisetDifference<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  // Most lists did not change, and a KPI's may hold thousands of entries: one comparison settles those.
  if (before.length === after.length && JSON.stringify(before) === JSON.stringify(after)) return { added: [], removed: [] };
  const beforeKeys = before.map((item) => JSON.stringify(item));
  const afterKeys = after.map((item) => JSON.stringify(item));
  const counts = new Map<string, number>();
  for (const key of beforeKeys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const added: T[] = [];
  after.forEach((item, i) => {
    const key = afterKeys[i] as string;
    const left = counts.get(key) ?? 0;
    if (left > 0) counts.set(key, left - 1);
    else added.push(item);
  });
  const removed: T[] = [];
  before.forEach((item, i) => {
    const key = beforeKeys[i] as string;
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      counts.set(key, left - 1);
      removed.push(item);
    }
  });
  return { added, removed };
}
