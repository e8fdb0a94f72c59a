import type { Repository } from '../load/model.js';
import type { SnapshotKpi } from '../schema/snapshot.js';
import type { GoalsSide, KpiGoalpostChange, KpiHealthChange, KpiReading, KpiTargetValue } from './diff-types.js';

type Band = { min: number; max: number };
type Written = number | Band | readonly { from: string; value: number | Band }[];

const GOALPOST_FIELDS = ['target', 'critical'] as const;

/** A band as the site writes it, `30–45`; a number as written. */
function bandText(value: number | Band): string {
  return typeof value === 'number' ? String(value) : `${value.min}–${value.max}`;
}

/** A KPI's written target or critical line in a few words: `90`, `30–45`, or `70 from 2026-01-01, 90 from 2026-11-01`. */
export function targetText(value: KpiTargetValue | null): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.map((entry) => `${bandText(entry.value)} from ${entry.from}`).join(', ');
  return bandText(value as number | Band);
}

function copy(value: Written | undefined): KpiTargetValue | null {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map((entry) => ({ from: String(entry.from), value: typeof entry.value === 'number' ? entry.value : { min: entry.value.min, max: entry.value.max } }));
  return typeof value === 'number' ? value : { min: (value as Band).min, max: (value as Band).max };
}

const json = (value: unknown): string => JSON.stringify(value ?? null);

/**
 * Whether a change of time-bound targets only plans ahead: both sides are lists and every entry
 * in force by the as-of date is the same, so no bar a measurement was judged against moved.
 */
function plannedAhead(before: KpiTargetValue | null, after: KpiTargetValue | null, asOf: string): boolean {
  if (!Array.isArray(before) || !Array.isArray(after)) return false;
  const past = (list: typeof before) => list.filter((entry) => entry.from <= asOf);
  return json(past(before)) === json(past(after));
}

/**
 * The `target` and `critical` lines of KPIs that changed, as written on both sides. A KPI runs all
 * the time, so each is a moved goalpost (phase `during`) unless only time-bound targets that start
 * after the as-of date changed (phase `before`). A KPI is matched by id, or by its old id when renamed.
 */
export function compareKpiGoalposts(before: Repository, after: Repository, asOf: string, renamed: ReadonlyMap<string, string>): KpiGoalpostChange[] {
  const old = new Map(before.kpis.map((k) => [k.data.id, k]));
  const found: KpiGoalpostChange[] = [];
  for (const kpi of after.kpis) {
    const was = old.get(renamed.get(kpi.data.id) ?? kpi.data.id);
    if (!was) continue;
    for (const field of GOALPOST_FIELDS) {
      const a = copy(was.data[field] as Written | undefined);
      const b = copy(kpi.data[field] as Written | undefined);
      if (json(a) === json(b)) continue;
      const phase = field === 'target' && plannedAhead(a, b, asOf) ? 'before' : 'during';
      const line = kpi.data[field] === undefined ? kpi.at(['title']).line : kpi.at([field]).line;
      found.push({ ref: kpi.data.id, title: kpi.data.title, field, before: a, after: b, phase, file: kpi.file, line });
    }
  }
  return found;
}

function reading(kpi: SnapshotKpi): KpiReading {
  return { health: kpi.health, healthSetBy: kpi.healthSetBy, latest: kpi.latest ? { date: kpi.latest.date, value: kpi.latest.value } : null, trend: kpi.trend, target: kpi.target };
}

/** What makes a KPI's health a change worth a row; the target alone is a goalpost, not a reading. */
const readingKey = (r: KpiReading | null): string => (r === null ? 'null' : json([r.health, r.healthSetBy, r.latest, r.trend]));

/**
 * Every KPI whose health, latest measurement or trend differs between the two sides' snapshots,
 * in the order of the head's snapshot, then those gone. Both snapshots are the company's own (values
 * kept), as for check-ins and measurements; `valuesHidden` says the KPI keeps them off public pages.
 */
export function compareKpiHealth(before: GoalsSide, after: GoalsSide, renamed: ReadonlyMap<string, string>): KpiHealthChange[] {
  const old = new Map(before.snapshot.kpis.map((k) => [k.id, k]));
  const located = new Map(after.repo.kpis.map((k) => [k.data.id, k]));
  const seen = new Set<string>();
  const found: KpiHealthChange[] = [];
  for (const kpi of after.snapshot.kpis) {
    const from = renamed.get(kpi.id);
    const wasId = from ?? kpi.id;
    seen.add(wasId);
    const was = old.get(wasId);
    const a = was ? reading(was) : null;
    const b = reading(kpi);
    if (readingKey(a) === readingKey(b)) continue;
    const place = located.get(kpi.id);
    found.push({
      id: kpi.id,
      ...(from === undefined ? {} : { from }),
      title: kpi.title,
      file: place?.file ?? '',
      line: place ? place.at(['title']).line : 1,
      valuesHidden: kpi.valuesHidden === true || was?.valuesHidden === true,
      before: a,
      after: b,
    });
  }
  const gone = new Map(before.repo.kpis.map((k) => [k.data.id, k]));
  for (const was of before.snapshot.kpis) {
    if (seen.has(was.id)) continue;
    const place = gone.get(was.id);
    found.push({ id: was.id, title: was.title, file: place?.file ?? '', line: place ? place.at(['title']).line : 1, valuesHidden: was.valuesHidden === true, before: reading(was), after: null });
  }
  return found;
}
