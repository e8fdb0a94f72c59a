/**
 * A synthetic snapshot of `count` KPIs for the <kpi-board> benchmark: each with 24 monthly
 * measurements, a target and a critical line, and a mix of healths, trends and directions.
 * Deterministic, so every run draws the same board.
 */
import type { Snapshot, SnapshotKpi } from '@cairn/core';

const HEALTHS = ['healthy', 'warning', 'critical', 'unknown'] as const;
const TRENDS = ['improving', 'worsening', 'flat', 'unknown'] as const;
const UNITS = ['%', 'EUR', 'ms', 'orders', null] as const;

const monthEnd = (index: number): string => new Date(Date.UTC(2025, index + 1, 0)).toISOString().slice(0, 10);

export function syntheticKpis(count = 700): Snapshot {
  const kpis: SnapshotKpi[] = Array.from({ length: count }, (_, i) => {
    const decrease = i % 4 === 1;
    const base = 50 + (i % 37);
    const series = Array.from({ length: 24 }, (_, m) => ({ date: monthEnd(m), value: Math.round((base + Math.sin((i + m) / 3) * 8 + m * (decrease ? -0.4 : 0.4)) * 10) / 10 }));
    const latest = series.at(-1)!;
    return {
      id: `kpi-${i + 1}`,
      title: `KPI ${i + 1}: ${['Revenue', 'Signups', 'Churn', 'Latency', 'Orders', 'NPS'][i % 6]} of unit ${Math.floor(i / 6) + 1}`,
      description: null,
      owner: null,
      team: `team-${i % 20}`,
      unit: UNITS[i % UNITS.length] ?? null,
      direction: decrease ? 'decrease' : 'increase',
      target: decrease ? base - 10 : base + 10,
      targets: null,
      targetNote: null,
      critical: decrease ? base + 15 : base - 15,
      latest,
      health: HEALTHS[i % HEALTHS.length]!,
      healthSetBy: 'rule',
      healthReason: null,
      stale: i % 11 === 0,
      daysSinceLatest: 10,
      trend: TRENDS[i % TRENDS.length]!,
      trendChange: 0.02,
      indicator: null,
      key: i % 3 === 0,
      frequency: 'monthly',
      drives: [],
      drivenBy: [],
      keyResults: [],
      guards: [],
      series,
    };
  });
  return {
    version: 1,
    asOf: '2026-12-31',
    organisation: null,
    site: { title: null, description: null, url: null, repository: null, locale: 'en-GB' },
    defaultPeriod: null,
    periods: [],
    teams: [],
    objectives: [],
    kpis,
  };
}
