/**
 * The elements render the snapshot that @cairn/core defines; they never parse data files or
 * score anything. Types only: nothing of core ends up in the bundle.
 */
export type { Snapshot, SnapshotKeyResult, SnapshotKpi, SnapshotObjective, SnapshotPeriod, SnapshotTeam } from '@cairn/core';
import type { SnapshotKpi, SnapshotObjective, SnapshotPeriod, SnapshotTeam } from '@cairn/core';
import { firstProblem, kpiProblem, objectiveProblem, type Spec } from './shape.js';

/** Any snapshot or slice of one, with every list present (possibly empty). */
export interface SnapshotData {
  asOf: string | null;
  locale: string | null;
  defaultPeriod: string | null;
  periods: SnapshotPeriod[];
  teams: SnapshotTeam[];
  objectives: SnapshotObjective[];
  kpis: SnapshotKpi[];
  /** Which part of a snapshot a slice the site publishes is (`{ kind: 'kpi', id: 'revenue' }`); absent for a whole snapshot. */
  slice?: DataSlice | null;
}

/** A slice's subject: its kind (`kpi`, `objective`, `team`, `period`, `kpis`) and id. */
export interface DataSlice {
  kind: string;
  id: string | null;
}

/** Bad or missing data: its message is shown to the reader in the element's error state. */
export class DataError extends Error {
  override name = 'DataError';
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A single record rather than a snapshot: it has an id; its fields are checked when an element reads it. */
const isItem = (value: unknown): value is Record<string, unknown> => isRecord(value) && typeof value.id === 'string' && !('objectives' in value) && !('kpis' in value);
const looksLikeKpi = (value: unknown): boolean => isItem(value) && ('health' in value || 'series' in value);
const looksLikeObjective = (value: unknown): boolean => isItem(value) && !looksLikeKpi(value) && ('keyResults' in value || 'score' in value);

/** A list of the snapshot; absent or null reads as empty, anything else that is not a list is an error. */
function list<T>(value: unknown, name: string): T[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new DataError(`The data's ${name} is not a list.`);
  return value as T[];
}

/**
 * Accepts what a page is likely to hand over: a whole snapshot, a slice the site publishes
 * (`{ version, asOf, kpis: [...] }`, `{ kpi: {...} }`, `{ objective: {...} }`), a single KPI or
 * objective, or a list of either.
 */
export function normaliseData(input: unknown): SnapshotData {
  const empty: SnapshotData = { asOf: null, locale: null, defaultPeriod: null, periods: [], teams: [], objectives: [], kpis: [] };
  if (input === null || input === undefined) throw new DataError('No data was given.');
  if (Array.isArray(input)) {
    if (input.every(looksLikeKpi)) return { ...empty, kpis: input as SnapshotKpi[] };
    if (input.every(looksLikeObjective)) return { ...empty, objectives: input as SnapshotObjective[] };
    throw new DataError('The data is a list, but not of Cairn KPIs or objectives.');
  }
  if (!isRecord(input)) throw new DataError('The data is not a Cairn snapshot.');
  if (looksLikeKpi(input)) return { ...empty, kpis: [input as unknown as SnapshotKpi] };
  if (looksLikeObjective(input)) return { ...empty, objectives: [input as unknown as SnapshotObjective] };
  if (input.version !== undefined && input.version !== 1) {
    throw new DataError(`This snapshot has version ${String(input.version)}; these elements read version 1.`);
  }
  const site = isRecord(input.site) ? input.site : {};
  const slice = isRecord(input.slice) && typeof input.slice.kind === 'string' ? { kind: input.slice.kind, id: typeof input.slice.id === 'string' ? input.slice.id : null } : null;
  const data: SnapshotData = {
    asOf: typeof input.asOf === 'string' ? input.asOf : null,
    locale: typeof site.locale === 'string' ? site.locale : null,
    defaultPeriod: typeof input.defaultPeriod === 'string' ? input.defaultPeriod : null,
    periods: list<SnapshotPeriod>(input.periods, 'periods'),
    teams: list<SnapshotTeam>(input.teams, 'teams'),
    objectives: [...list<SnapshotObjective>(input.objectives, 'objectives'), ...(looksLikeObjective(input.objective) ? [input.objective as SnapshotObjective] : [])],
    kpis: [...list<SnapshotKpi>(input.kpis, 'kpis'), ...(looksLikeKpi(input.kpi) ? [input.kpi as SnapshotKpi] : [])],
    slice,
  };
  const known = data.periods.length + data.teams.length + data.objectives.length + data.kpis.length;
  if (known === 0) throw new DataError('The data holds no periods, teams, objectives or KPIs.');
  return data;
}

/** Throws the first shape problem of these objectives (with their key results) as a DataError. */
export function checkObjectives(objectives: readonly SnapshotObjective[]): void {
  const problem = firstProblem(objectives, objectiveProblem);
  if (problem) throw new DataError(problem);
}

/** Throws the first shape problem of these KPIs (with their measurements) as a DataError. */
export function checkKpis(kpis: readonly SnapshotKpi[]): void {
  const problem = firstProblem(kpis, kpiProblem);
  if (problem) throw new DataError(problem);
}

/** The KPI named by `id`, else a KPI slice's subject, else the only one; its shape checked. */
export function pickKpi(data: SnapshotData, id: string | undefined, spec?: Spec): SnapshotKpi {
  const kpi = findKpi(data, id);
  const problem = kpiProblem(kpi, 0, spec);
  if (problem) throw new DataError(problem);
  return kpi;
}

/**
 * The id a missing selector stands for: a KPI slice (`/api/v1/kpis/revenue.json`) also holds the
 * KPIs linked to its subject, and an objective slice the objectives above and below, so the
 * slice's own subject is meant.
 */
function sliceSubject(data: SnapshotData, kind: 'kpi' | 'objective', items: readonly ({ id?: unknown } | null | undefined)[]): string | undefined {
  const id = data.slice?.kind === kind ? data.slice.id : null;
  return id !== null && items.some((item) => item?.id === id) ? id : undefined;
}

/** The KPI named by `id`, else a KPI slice's subject, else the only one; its shape is left to the caller (an element checks only the fields it reads). */
export function findKpi(data: SnapshotData, selected: string | undefined): SnapshotKpi {
  const id = selected || sliceSubject(data, 'kpi', data.kpis);
  if (id) {
    const found = data.kpis.find((kpi) => kpi?.id === id);
    if (!found) throw new DataError(`There is no KPI "${id}" in the data.`);
    return found;
  }
  const [only, ...rest] = data.kpis;
  if (!only) throw new DataError('The data holds no KPI.');
  if (rest.length > 0) throw new DataError('The data holds several KPIs: name one with the kpi attribute.');
  return only;
}

/** The objective named by `id`, else an objective slice's subject, else the only one; its shape checked. */
export function pickObjective(data: SnapshotData, id: string | undefined): SnapshotObjective {
  const objective = findObjective(data, id);
  checkObjectives([objective]);
  return objective;
}

function findObjective(data: SnapshotData, selected: string | undefined): SnapshotObjective {
  const id = selected || sliceSubject(data, 'objective', data.objectives);
  if (id) {
    const found = data.objectives.find((objective) => objective?.id === id);
    if (!found) throw new DataError(`There is no objective "${id}" in the data.`);
    return found;
  }
  const [only, ...rest] = data.objectives;
  if (!only) throw new DataError('The data holds no objective.');
  if (rest.length > 0) throw new DataError('The data holds several objectives: name one with the objective attribute.');
  return only;
}

/**
 * A team's own file (`/api/v1/teams/<id>.json`) holds that team's objectives and KPIs only, while
 * the `team` attribute means the team with the teams below it: the note that says so when both
 * meet and something may be missing, or null. `what` is `KPIs` or `objectives`.
 */
export function teamSliceNote(data: SnapshotData, team: string | undefined, what: 'KPIs' | 'objectives'): string | null {
  const sliced = data.slice?.kind === 'team' ? data.slice.id : null;
  if (!team || sliced === null) return null;
  if (team === sliced && !data.teams.some((t) => t?.parent === team)) return null;
  const name = data.teams.find((t) => t?.id === sliced)?.name ?? sliced;
  const instead = what === 'KPIs' ? 'the KPI list (kpis.json)' : "the period's file";
  return `This file holds only the ${name} team's own ${what}, not those of the teams below it; for those too, use ${instead}.`;
}
