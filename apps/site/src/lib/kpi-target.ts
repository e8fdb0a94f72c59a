import { kpiValuesLeftOut, type SnapshotKpi } from '@cairn/core';
import { formatValue, NOT_PUBLISHED } from './format.js';

/** A target or critical line in words: a number with its unit, or a band "30 to 45 days"; "–" when there is none. */
export function bandText(value: SnapshotKpi['target'], unit: string | null, locale: string): string {
  if (value === null) return '–';
  if (typeof value === 'number') return formatValue(value, unit, locale);
  return `${formatValue(value.min, unit, locale)} to ${formatValue(value.max, unit, locale)}`;
}

/** The target in force as the KPI's page and the KPI table state it: the band, else the target in words, never a withheld figure. */
export function targetText(kpi: SnapshotKpi, locale: string): string {
  if (kpiValuesLeftOut(kpi)) return NOT_PUBLISHED;
  return kpi.target === null ? (kpi.targetNote ?? '–') : bandText(kpi.target, kpi.unit, locale);
}

/** The stale flag in words, with how long it has been when that is known. */
export function staleText(kpi: Pick<SnapshotKpi, 'stale' | 'daysSinceLatest'>): string {
  if (!kpi.stale) return 'No';
  return kpi.daysSinceLatest === null ? 'Yes' : `Yes (${kpi.daysSinceLatest} days)`;
}
