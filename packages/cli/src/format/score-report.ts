import type { Snapshot, SnapshotKpi, SnapshotObjective } from '@cairn/core';
import type { Output } from '../output.js';
import { naturalWidth, renderTable, type Column } from './table.js';

export interface ScoreSelection {
  period: string | null;
  teams: Set<string> | null;
}

/** The objectives of one period (optionally some teams), parents first with children indented. */
export function selectObjectives(snapshot: Snapshot, selection: ScoreSelection): { objective: SnapshotObjective; depth: number }[] {
  const chosen = snapshot.objectives.filter((o) => o.period === selection.period && (!selection.teams || selection.teams.has(o.team)));
  const ids = new Set(chosen.map((o) => o.id));
  const byId = new Map(chosen.map((o) => [o.id, o]));
  const ordered: { objective: SnapshotObjective; depth: number }[] = [];
  const visit = (objective: SnapshotObjective, depth: number, seen: Set<string>): void => {
    if (seen.has(objective.id)) return;
    seen.add(objective.id);
    ordered.push({ objective, depth });
    for (const child of objective.children) {
      const found = byId.get(child);
      if (found) visit(found, depth + 1, seen);
    }
  };
  const seen = new Set<string>();
  for (const objective of chosen) {
    const parent = objective.parent?.split('#')[0];
    if (!parent || !ids.has(parent)) visit(objective, 0, seen);
  }
  return ordered;
}

export function selectKpis(snapshot: Snapshot, selection: ScoreSelection): SnapshotKpi[] {
  return snapshot.kpis.filter((k) => !selection.teams || (k.team !== null && selection.teams.has(k.team)));
}

/** A team and everything below it, so `--team sales` includes field and inside sales. */
export function teamAndDescendants(snapshot: Snapshot, team: string): Set<string> {
  const result = new Set([team]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of snapshot.teams) {
      if (t.parent && result.has(t.parent) && !result.has(t.id)) {
        result.add(t.id);
        grew = true;
      }
    }
  }
  return result;
}

export function formatNumber(value: number | null, unit: string | null, locale = 'en-GB'): string {
  if (value === null) return '–';
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: Math.abs(value) >= 100 ? 0 : 2 }).format(value);
  if (!unit) return text;
  return unit === '%' ? `${text} %` : `${text} ${unit}`;
}

export function scoreReport(snapshot: Snapshot, selection: ScoreSelection, output: Output): string {
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
  lines.push(c.bold(`${title} — as of ${snapshot.asOf}`));
  if (period) {
    const elapsed = Math.round(period.expected * 100);
    const score = period.score === null ? 'no objectives' : `score ${period.score.toFixed(2)}`;
    lines.push(`${period.name} (${period.start} → ${period.end}) · ${elapsed} % of the time elapsed · ${score}`);
  }
  lines.push('');

  const objectives = selectObjectives(snapshot, selection);
  if (objectives.length === 0) {
    lines.push(c.dim(selection.teams ? 'No objectives of this team or the teams below it in this period.' : 'No objectives in this period.'));
  } else {
    const rows = objectives.map(({ objective: o, depth }) => {
      const paint = byColour[o.colour];
      const forecast = o.forecast === null ? '–' : o.forecast.toFixed(2);
      return [
        `${'  '.repeat(depth)}${o.title}`,
        o.team,
        o.kind === 'committed' ? 'committed' : '',
        paint(o.score.toFixed(2)),
        paint(o.grade.toFixed(1)),
        (byStatus[o.status] ?? ((t: string) => t))(o.status),
        o.projectedToMiss ? c.yellow(`${forecast} ▼`) : forecast,
      ];
    });
    lines.push(
      renderTable(
        [
          { header: 'OBJECTIVE', max: 58, min: 20 },
          { header: 'TEAM', max: 22, min: 10 },
          { header: 'KIND' },
          { header: 'SCORE', align: 'right' },
          { header: 'GRADE', align: 'right' },
          { header: 'STATUS' },
          { header: 'FORECAST', align: 'right' },
        ],
        rows,
        c.bold,
        output.columns,
      ),
    );
  }

  const kpis = selectKpis(snapshot, selection);
  if (kpis.length > 0) {
    const byHealth: Record<string, (t: string) => string> = { healthy: c.green, warning: c.yellow, critical: c.red, unknown: c.dim };
    const arrows = { improving: '▲ improving', worsening: '▼ worsening', flat: '▶ flat', unknown: '· unknown' } as const;
    const kpiRows = kpis.map((k) => {
      const target = k.target === null ? (k.targetNote ?? '–') : typeof k.target === 'number' ? formatNumber(k.target, k.unit, locale) : `${formatNumber(k.target.min, null, locale)}–${formatNumber(k.target.max, k.unit, locale)}`;
      const health = (byHealth[k.health] ?? ((t: string) => t))(k.health);
      return {
        full: [`${k.key ? '★ ' : '  '}${k.title}`, formatNumber(k.latest?.value ?? null, k.unit, locale), target, `${health}${k.healthSetBy === 'hand' ? ' (by hand)' : ''}`, arrows[k.trend], k.stale ? c.yellow(`stale (${k.daysSinceLatest} days)`) : ''],
        // On a narrow screen the trend joins the health as its sign, explained under the table.
        compact: [`${k.key ? '★ ' : '  '}${k.title}`, formatNumber(k.latest?.value ?? null, k.unit, locale), target, `${health} ${arrows[k.trend].slice(0, 1)}${k.healthSetBy === 'hand' ? ' ✎' : ''}`, k.stale ? c.yellow(`stale ${k.daysSinceLatest}d`) : ''],
      };
    });
    const title: Column = { header: 'KPI', max: 44, min: 16 };
    const figures: Column[] = [{ header: 'LATEST', align: 'right' }, { header: 'TARGET', align: 'right', max: 28, min: 14 }];
    const fullColumns: Column[] = [title, ...figures, { header: 'HEALTH' }, { header: 'TREND' }, { header: '' }];
    const full = kpiRows.map((row) => row.full);
    const compact = output.columns !== undefined && naturalWidth(fullColumns, full) > output.columns;
    lines.push('');
    lines.push(
      compact
        ? renderTable([title, ...figures, { header: 'HEALTH' }, { header: '' }], kpiRows.map((row) => row.compact), c.bold, output.columns)
        : renderTable(fullColumns, full, c.bold, output.columns),
    );
    const legend = [kpis.some((k) => k.key) ? '★ key KPI' : '', compact ? '▲ improving · ▼ worsening · ▶ flat' : '', compact && kpis.some((k) => k.healthSetBy === 'hand') ? '✎ health set by hand' : ''];
    if (legend.some(Boolean)) lines.push(c.dim(legend.filter(Boolean).join(' · ')));
  }
  return lines.join('\n');
}
