import type { SnapshotKpi } from '@cairn/core';
import { snapshot } from './site-data.js';

/**
 * KPIs as the gauge and the board read them: a slice with the snapshot's as-of day, from which
 * they tell when a KPI whose values are not published was last measured.
 */
export function kpiSlice(kpis: SnapshotKpi[]): { version: 1; asOf: string; kpis: SnapshotKpi[] } {
  return { version: 1, asOf: snapshot.asOf, kpis };
}
