import { sparklineSeries, type Measurement } from '../kpi-trend/kpi-trend.layout.js';
import { fillLinkTemplate } from '../shared/link-template.js';
import type { SnapshotKpi, SnapshotTeam } from '../shared/snapshot.js';

export type Health = SnapshotKpi['health'];
export type TileKind = 'gauge' | 'sparkline';

const HEALTHS: readonly Health[] = ['healthy', 'warning', 'critical', 'unknown'];

export interface BoardFilter {
  /** Only key KPIs. */
  key?: boolean | undefined;
  /** A team id: that team's KPIs and its sub-teams'. */
  team?: string | undefined;
  /** Healths to keep; empty or absent keeps all. */
  health?: ReadonlySet<Health> | undefined;
}

/** The `health` attribute: `critical,warning` or `critical warning`; unknown words are ignored. */
export function parseHealthFilter(text: string | null | undefined): Set<Health> {
  const words = (text ?? '').toLowerCase().split(/[\s,;]+/);
  return new Set(HEALTHS.filter((h) => words.includes(h)));
}

/** The team and every team below it, following the snapshot's parent links (cycles are safe). */
export function teamScope(teams: readonly Pick<SnapshotTeam, 'id' | 'parent'>[], id: string): Set<string> {
  const scope = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const team of teams) {
      if (team.parent !== null && scope.has(team.parent) && !scope.has(team.id)) {
        scope.add(team.id);
        grew = true;
      }
    }
  }
  return scope;
}

/** Whether a team id names a team of the data or the team of one of its KPIs. */
export function knowsTeam(teams: readonly Pick<SnapshotTeam, 'id'>[], kpis: readonly Pick<SnapshotKpi, 'team'>[], id: string): boolean {
  return teams.some((t) => t.id === id) || kpis.some((k) => k.team === id);
}

/** The KPIs a board shows, in the data's order. */
export function filterKpis<K extends Pick<SnapshotKpi, 'key' | 'team' | 'health'>>(kpis: readonly K[], teams: readonly Pick<SnapshotTeam, 'id' | 'parent'>[], filter: BoardFilter): K[] {
  const scope = filter.team ? teamScope(teams, filter.team) : null;
  const healths = filter.health && filter.health.size > 0 ? filter.health : null;
  return kpis.filter((kpi) => (!filter.key || kpi.key) && (!scope || (kpi.team !== null && scope.has(kpi.team))) && (!healths || healths.has(kpi.health)));
}

/** Fills `{id}` and `{team}` in a tile's href template, each URL-encoded. */
export function tileHref(template: string, kpi: Pick<SnapshotKpi, 'id' | 'team'>): string {
  return fillLinkTemplate(template, { id: kpi.id, team: kpi.team });
}

/** Worst first: the order of the summary's counts and of a board sorted by health. */
const WORST_FIRST: readonly Health[] = ['critical', 'warning', 'healthy', 'unknown'];

/** Counts per health, for the board's summary line, in a fixed order (worst first). */
export function healthCounts(kpis: readonly Pick<SnapshotKpi, 'health'>[]): { health: Health; count: number }[] {
  return WORST_FIRST.map((health) => ({ health, count: kpis.filter((k) => k.health === health).length })).filter((c) => c.count > 0);
}

export type TileOrder = 'given' | 'health';

/** The tiles in the data's order, or by health, worst first, keeping the data's order within each health. */
export function sortKpis<K extends Pick<SnapshotKpi, 'health'>>(kpis: readonly K[], order: TileOrder): K[] {
  if (order !== 'health') return [...kpis];
  const rank = (kpi: K): number => {
    const at = WORST_FIRST.indexOf(kpi.health);
    return at === -1 ? WORST_FIRST.length : at;
  };
  // Array.prototype.sort is stable: equal healths keep the data's order.
  return [...kpis].sort((a, b) => rank(a) - rank(b));
}

/**
 * The KPIs cut to what a board with `tile` tiles reads of their series: a sparkline's own
 * measurements (see `sparklineSeries`), or for a gauge only the latest, which still tells that
 * there are some. A page that embeds a board's data embeds these: the board draws from them
 * exactly what it draws from the whole KPIs, without years of daily values in the page.
 */
export function boardKpis<K extends { series: readonly Measurement[] }>(kpis: readonly K[], tile: TileKind): K[] {
  return kpis.map((kpi) => ({
    ...kpi,
    series: tile === 'sparkline' ? sparklineSeries(kpi.series) : kpi.series.slice(-1).map(({ date, value }) => ({ date, value })),
  }));
}
