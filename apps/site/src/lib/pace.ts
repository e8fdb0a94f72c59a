import { expectedProgress, type SnapshotKeyResult, type SnapshotObjective, type SnapshotPeriod } from '@cairn/core';

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * A key result's history as the data <kpi-trend> draws: its values over the period, with the
 * expected pace (core's expectedProgress between start and target) as weekly target steps.
 * Null when there is nothing numeric to chart.
 */
export function keyResultTrend(kr: SnapshotKeyResult, objective: SnapshotObjective, period: SnapshotPeriod): Record<string, unknown> | null {
  if (kr.history.length === 0 || kr.start === null || kr.target === null || kr.type === 'milestone' || kr.type === 'maintain') return null;
  const start = kr.start;
  const target = kr.target;
  const from = Date.parse(`${period.start}T00:00:00Z`);
  const to = Date.parse(`${period.end}T00:00:00Z`);
  const targets: { from: string; value: number }[] = [];
  for (let day = from; day <= to; day += 7 * DAY) {
    const share = expectedProgress({ start: period.start, end: period.end }, iso(day));
    targets.push({ from: iso(day), value: start + share * (target - start) });
  }
  // Only what <kpi-trend> reads (its shape check and its chart): every objective page embeds one per key result.
  return {
    id: kr.ref,
    title: `${kr.title}: check-ins against the expected pace`,
    unit: kr.unit,
    direction: target < start ? 'decrease' : 'increase',
    target,
    targets,
    critical: null,
    // Check-ins have no health: the chart's summary then names none.
    health: null,
    series: kr.history.map(({ date, value }) => ({ date, value })),
  };
}
