import type { SnapshotKpi } from '@cairn/core';
import { named, problemOf, type Spec } from '../shared/shape.js';
import { DataError, findKpi, type SnapshotData } from '../shared/snapshot.js';

/** What the gauge reads of a KPI: its latest value, lines and health, not its series. */
const GAUGE_KPI: Spec = { id: 's', title: 's', unit: 's?', direction: 's', health: 's', target: 'b?', critical: 'b?', latest: 'd?' };

/** What is wrong with a KPI for the gauge, or null; a KPI whose series the gauge never draws is not refused for it. */
export function gaugeKpiProblem(kpi: unknown): string | null {
  return problemOf(GAUGE_KPI, kpi, named('KPI', kpi, 0));
}

/** The KPI the gauge shows (named by `id`, or the only one), checked for the fields it reads. */
export function pickGaugeKpi(data: SnapshotData, id: string | undefined): SnapshotKpi {
  const kpi = findKpi(data, id);
  const problem = gaugeKpiProblem(kpi);
  if (problem) throw new DataError(problem);
  return kpi;
}
