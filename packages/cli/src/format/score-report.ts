import { figureWriter, kpiFigures, newerTarget, selectObjectives, type FigureWriter, type ObjectiveSelection, type Snapshot, type SnapshotKpi, type SnapshotPeriod } from '@cairn/core';
import type { Output } from '../output.js';
import { escapeControl } from './escape-control.js';
import { naturalWidth, renderTable, type Column } from './table.js';

export type ScoreSelection = ObjectiveSelection;

export function selectKpis(snapshot: Snapshot, selection: ScoreSelection): SnapshotKpi[] {
  return snapshot.kpis.filter((k) => !selection.teams || (k.team !== null && selection.teams.has(k.team)));
}

/**
 * A KPI's latest value and target, written by the rule the site and the elements use: digits
 * enough that a value never reads as a figure beside it (its target, its critical line, 100 %)
 * nor a value that is not 0 as 0.
 */
export function kpiFigureTexts(
  kpi: Pick<SnapshotKpi, 'latest' | 'target' | 'critical' | 'targetNote' | 'unit'>,
  locale = 'en-GB',
  writer: FigureWriter = figureWriter(),
): { latest: string; target: string } {
  const options = { among: kpiFigures(kpi) };
  return {
    latest: escapeControl(writer.formatValue(kpi.latest?.value, kpi.unit, locale, options)),
    target: kpi.target === null ? escapeControl(kpi.targetNote ?? '–') : escapeControl(writer.formatBand(kpi.target, kpi.unit, locale, options)),
  };
}

/**
 * The score beside the period in the heading: the period's, or with --team the team's own (core
 * scores a team by its own objectives), so a team's heading never shows the whole period's.
 */
function headingScore(snapshot: Snapshot, period: SnapshotPeriod, teamId: string | undefined): string {
  const team = teamId === undefined ? undefined : snapshot.teams.find((t) => t.id === teamId);
  if (!team) return period.score === null ? 'no objectives' : `score ${period.score.toFixed(2)}`;
  const own = team.scores[period.id];
  return `team ${escapeControl(team.name)}: ${own === undefined ? 'no objectives of its own' : `score ${own.toFixed(2)}`}`;
}

export function scoreReport(snapshot: Snapshot, selection: ScoreSelection & { team?: string | undefined }, output: Output): string {
  const c = output.colours;
  const locale = snapshot.site.locale ?? 'en-GB';
  const byColour = { green: c.green, yellow: c.yellow, red: c.red } as const;
  const byStatus: Record<string, (t: string) => string> = {
    'on-track': c.green, done: c.green, achieved: c.green,
    'at-risk': c.yellow, partial: c.yellow,
    'off-track': c.red, missed: c.red,
    'not-started': c.dim,
  };
  const period = snapshot.periods.find((p) => p.id === selection.period);
  const lines: string[] = [];
  const title = snapshot.organisation ?? snapshot.site.title ?? 'Goals';
  // Every text taken from the goals files is escaped: a title must not clear the screen or forge rows.
  lines.push(c.bold(`${escapeControl(title)} — as of ${snapshot.asOf}`));
  if (period) {
    const elapsed = Math.round(period.expected * 100);
    lines.push(`${escapeControl(period.name)} (${period.start} → ${period.end}) · ${elapsed} % of the time elapsed · ${headingScore(snapshot, period, selection.team)}`);
  }
  lines.push('');

  const objectives = selectObjectives(snapshot, selection);
  if (objectives.length === 0) {
    lines.push(c.dim(selection.teams ? 'No objectives of this team or the teams below it in this period.' : 'No objectives in this period.'));
  } else {
    // Once the period has ended its scores are final and nothing has a forecast: no empty column.
    const ended = period !== undefined && snapshot.asOf > period.end;
    const rows = objectives.map(({ objective: o, depth }) => {
      const paint = byColour[o.colour];
      const forecast = o.forecast === null ? '–' : o.forecast.toFixed(2);
      const cells = [
        `${'  '.repeat(depth)}${escapeControl(o.title)}`,
        escapeControl(o.team),
        o.kind === 'committed' ? 'committed' : '',
        paint(o.score.toFixed(2)),
        paint(o.grade.toFixed(1)),
        (byStatus[o.status] ?? ((t: string) => t))(o.status),
      ];
      return ended ? cells : [...cells, o.projectedToMiss ? c.yellow(`${forecast} ${SIGNS.projectedToMiss}`) : forecast];
    });
    const columns: Column[] = [
      { header: 'OBJECTIVE', max: 58, min: 20 },
      { header: 'TEAM', max: 22, min: 10 },
      { header: 'KIND' },
      { header: 'SCORE', align: 'right' },
      { header: 'GRADE', align: 'right' },
      { header: 'STATUS' },
    ];
    lines.push(renderTable(ended ? columns : [...columns, { header: 'FORECAST', align: 'right' }], rows, c.bold, output.columns));
    if (objectives.some(({ objective }) => objective.projectedToMiss)) lines.push(c.dim(`${SIGNS.projectedToMiss} projected to miss: the forecast for the period's end is not green`));
  }

  const kpis = selectKpis(snapshot, selection);
  if (kpis.length > 0) lines.push('', ...kpiTable(kpis, output, locale), ...movedTargets(kpis, snapshot.asOf, output, locale));
  return lines.join('\n');
}

/**
 * Every sign the report prints, each with one meaning: ▼ is only ever a worsening KPI, so a
 * forecast projected to miss gets a sign of its own. The legends list the ones shown.
 */
export const SIGNS = { key: '★', projectedToMiss: '!', improving: '▲', worsening: '▼', flat: '▶', unknown: '?', byHand: '✎' } as const;

const TREND_WORDS = { improving: `${SIGNS.improving} improving`, worsening: `${SIGNS.worsening} worsening`, flat: `${SIGNS.flat} flat`, unknown: `${SIGNS.unknown} unknown` } as const;

/** A line for each KPI whose time-bound target moved after its latest measurement, which is still judged against the older one. */
function movedTargets(kpis: readonly SnapshotKpi[], asOf: string, output: Output, locale: string): string[] {
  const writer = figureWriter();
  return kpis.flatMap((kpi) => {
    const newer = newerTarget(kpi, asOf);
    if (!newer || !kpi.latest || kpi.target === null) return [];
    const band = (value: typeof kpi.target) => escapeControl(writer.formatBand(value, kpi.unit, locale, { among: kpiFigures(kpi) }));
    return [
      output.colours.dim(
        `${escapeControl(kpi.title)}: the target is ${band(newer.value)} from ${newer.from}; its latest measurement (${kpi.latest.date}) is judged against ${band(kpi.target)}, the target that day`,
      ),
    ];
  });
}

/** "(by hand)", with what the rule says when it says otherwise and the last day the hand's health holds. */
function handNote(kpi: SnapshotKpi): string {
  const rule = kpi.healthByRule !== undefined && kpi.healthByRule !== kpi.health ? `; rule: ${kpi.healthByRule}` : '';
  const until = kpi.healthUntil ? `, until ${kpi.healthUntil}` : '';
  return ` (by hand${until}${rule})`;
}

/**
 * The KPI table and its legend. When the full table is wider than the screen, the trend becomes
 * a sign after the health (`healthy ▲`), explained in the legend, so the titles keep their room.
 */
function kpiTable(kpis: readonly SnapshotKpi[], output: Output, locale: string): string[] {
  const c = output.colours;
  const byHealth: Record<string, (t: string) => string> = { healthy: c.green, warning: c.yellow, critical: c.red, unknown: c.dim };
  const writer = figureWriter();
  const cells = kpis.map((k) => ({
    kpi: k,
    name: `${k.key ? `${SIGNS.key} ` : '  '}${escapeControl(k.title)}`,
    ...kpiFigureTexts(k, locale, writer),
    health: (byHealth[k.health] ?? ((t: string) => t))(k.health),
    byHand: k.healthSetBy === 'hand',
  }));
  const leading: Column[] = [{ header: 'KPI', max: 44, min: 16 }, { header: 'LATEST', align: 'right' }, { header: 'TARGET', align: 'right', max: 28, min: 14 }];
  const fullColumns: Column[] = [...leading, { header: 'HEALTH' }, { header: 'TREND' }, { header: '' }];
  const full = cells.map(({ kpi, name, latest, target, health, byHand }) => [
    name,
    latest,
    target,
    `${health}${byHand ? handNote(kpi) : ''}`,
    TREND_WORDS[kpi.trend],
    kpi.stale ? c.yellow(`stale (${kpi.daysSinceLatest} days)`) : '',
  ]);
  const compact = output.columns !== undefined && naturalWidth(fullColumns, full) > output.columns;
  const table = compact
    ? renderTable(
        [...leading, { header: 'HEALTH' }, { header: '' }],
        cells.map(({ kpi, name, latest, target, health, byHand }) => [name, latest, target, `${health} ${SIGNS[kpi.trend]}${byHand ? ` ${SIGNS.byHand}` : ''}`, kpi.stale ? c.yellow(`stale ${kpi.daysSinceLatest}d`) : '']),
        c.bold,
        output.columns,
      )
    : renderTable(fullColumns, full, c.bold, output.columns);
  // Every sign the table shows, in the table's order; the full table writes the trend out too.
  const trends = (['improving', 'worsening', 'flat', 'unknown'] as const).filter((trend) => kpis.some((k) => k.trend === trend));
  const legend = [
    kpis.some((k) => k.key) ? `${SIGNS.key} key KPI` : '',
    ...trends.map((trend) => TREND_WORDS[trend]),
    compact && cells.some((k) => k.byHand) ? `${SIGNS.byHand} health set by hand` : '',
  ].filter(Boolean);
  return legend.length > 0 ? [table, c.dim(legend.join(' · '))] : [table];
}
