import { isIsoDay } from '@cairn/core/calendar';

/**
 * Cheap, hand-written checks that a snapshot record has the fields the elements read, with the
 * types they read them as. zod stays out of the bundle; a wrong shape becomes a DataError whose
 * message names the record and the field, instead of an exception thrown into the page.
 */
import type { SnapshotKpi, SnapshotObjective } from '@cairn/core';

/** `s` string, `n` finite number, `a` list, `b` band (number or {min, max}), `d` {date, value}; `?` also allows null or absent. */
type Kind = 's' | 's?' | 'n' | 'n?' | 'a' | 'a?' | 'b?' | 'd?';
/** The fields an element reads, each with the kind of value it reads. */
export type Spec = Readonly<Record<string, Kind>>;

const OBJECTIVE: Spec = { id: 's', title: 's', period: 's', team: 's', owner: 's?', parent: 's?', status: 's', score: 'n', grade: 'n', expected: 'n', forecast: 'n?', keyResults: 'a' };
const KEY_RESULT: Spec = { id: 's', ref: 's', title: 's', type: 's', status: 's', progress: 'n', start: 'n?', target: 'n?', current: 'n?', confidence: 'n?', unit: 's?', milestones: 'a?' };
const KPI: Spec = { id: 's', title: 's', unit: 's?', team: 's?', direction: 's', health: 's', trend: 's', target: 'b?', critical: 'b?', targets: 'a?', latest: 'd?', series: 'a' };
/** What `<kpi-trend>` reads of a series: no trend word, and a health it may leave out (a key result's check-ins have none). */
export const TREND_KPI: Spec = { id: 's', title: 's', unit: 's?', direction: 's', health: 's?', target: 'b?', critical: 'b?', targets: 'a?', series: 'a' };

const WANTED: Readonly<Record<Kind, string>> = {
  s: 'a text',
  's?': 'a text or null',
  n: 'a number',
  'n?': 'a number or null',
  a: 'a list',
  'a?': 'a list or null',
  'b?': 'a number, a {min, max} band or null',
  'd?': 'a {date, value} or null',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Whether `text` is a calendar day that exists: `2026-02-30` and `2026-13-45` are not. */
export function isRealDay(text: unknown): text is string {
  // The calendar core validates with, so a day the goals files may hold is a day here too.
  return typeof text === 'string' && isIsoDay(text);
}

/** How a wrong value reads in a message: `null`, `missing`, `"abc"`, `a list`. */
function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function fits(kind: Kind, value: unknown): boolean {
  const optional = kind.endsWith('?');
  if (optional && (value === null || value === undefined)) return true;
  switch (kind[0]) {
    case 's':
      return typeof value === 'string';
    case 'n':
      return isNumber(value);
    case 'a':
      return Array.isArray(value);
    case 'b':
      return isNumber(value) || (isRecord(value) && isNumber(value.min) && isNumber(value.max));
    default:
      return isRecord(value) && isRealDay(value.date) && isNumber(value.value);
  }
}

/** The first field of `record` that does not fit `spec`, as a message naming `what`; null when all fit. */
export function problemOf(spec: Spec, record: unknown, what: string): string | null {
  if (!isRecord(record)) return `${what} is ${shown(record)}, not a record.`;
  for (const [field, kind] of Object.entries(spec)) {
    const value = record[field];
    if (!fits(kind, value)) return `${what}: ${field} is ${shown(value)}; ${WANTED[kind]} was expected.`;
  }
  return null;
}

/** `KPI "revenue"`, or `KPI number 3` when the record has no id. */
export const named = (kind: string, record: unknown, index: number): string => {
  const id = isRecord(record) && typeof record.id === 'string' ? `"${record.id}"` : `number ${index + 1}`;
  return `${kind} ${id}`;
};

/** What is wrong with an objective and its key results, for the elements; null when nothing. */
export function objectiveProblem(objective: unknown, index = 0): string | null {
  const what = named('Objective', objective, index);
  const own = problemOf(OBJECTIVE, objective, what);
  if (own) return own;
  const keyResults = (objective as SnapshotObjective).keyResults as unknown[];
  for (const [i, kr] of keyResults.entries()) {
    const problem = problemOf(KEY_RESULT, kr, `${what}, key result ${named('', kr, i).trim()}`);
    if (problem) return problem;
  }
  return null;
}

/** What is wrong with a KPI and its measurements, for the elements; null when nothing. */
export function kpiProblem(kpi: unknown, index = 0, spec: Spec = KPI): string | null {
  const what = named('KPI', kpi, index);
  const own = problemOf(spec, kpi, what);
  if (own) return own;
  for (const [i, m] of ((kpi as SnapshotKpi).series as unknown[]).entries()) {
    if (!isRecord(m) || !isRealDay(m.date)) return `${what}: measurement ${i + 1} has the date ${shown(isRecord(m) ? m.date : m)}; a real day as YYYY-MM-DD was expected.`;
    if (!isNumber(m.value)) return `${what}: measurement ${i + 1} (${m.date}) has the value ${shown(m.value)}; a number was expected.`;
  }
  return null;
}

/** The first problem among many records, or null. */
export function firstProblem<T>(records: readonly T[], check: (record: T, index: number) => string | null): string | null {
  for (const [i, record] of records.entries()) {
    const problem = check(record, i);
    if (problem) return problem;
  }
  return null;
}

/**
 * What is wrong with a hand-written `values` attribute (`2026-01-31:88 2026-02-28:90`), or
 * null: every entry must be a real day and a number.
 */
export function valuesProblem(text: string | null | undefined): string | null {
  for (const pair of (text ?? '').split(/[\s,;]+/)) {
    if (pair === '') continue;
    const at = pair.indexOf(':');
    if (at < 0) return `The values attribute has "${pair}", not a date:value pair such as 2026-01-31:88.`;
    const date = pair.slice(0, at);
    const value = pair.slice(at + 1);
    if (!isRealDay(date)) return `The values attribute has the date "${date}", which is not a real day (YYYY-MM-DD).`;
    if (value.trim() === '' || !Number.isFinite(Number(value))) return `The values attribute has "${value}" for ${date}, which is not a number.`;
  }
  return null;
}
