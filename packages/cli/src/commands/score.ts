import { selectObjectives, teamAndDescendants } from '@cairn/core';
import { scoreReport, selectKpis } from '../format/score-report.js';
import { escapeControlInJson } from '../format/escape-control.js';
import type { CacheOptions } from '../goals.js';
import { unknownIdMessage } from '../near-matches.js';
import { UsageError, type Output } from '../output.js';
import { checkedSnapshot } from './checked-snapshot.js';

export interface ScoreOptions extends CacheOptions {
  asOf?: string | undefined;
  period?: string | undefined;
  team?: string | undefined;
  format: 'table' | 'json';
}

export async function scoreCommand(dir: string | undefined, options: ScoreOptions, output: Output): Promise<number> {
  const snapshot = await checkedSnapshot(dir, options.asOf, output, { ...options, command: 'score' });
  if (!snapshot) return 1;
  const period = options.period ?? snapshot.defaultPeriod;
  if (options.period !== undefined && !snapshot.periods.some((p) => p.id === options.period)) {
    throw new UsageError(unknownIdMessage('period', 'periods', options.period, snapshot.periods.map((p) => p.id)));
  }
  if (options.team !== undefined && !snapshot.teams.some((t) => t.id === options.team)) {
    throw new UsageError(unknownIdMessage('team', 'teams', options.team, snapshot.teams.map((t) => t.id)));
  }
  const selection = { period, teams: options.team === undefined ? null : teamAndDescendants(snapshot, options.team) };
  if (options.format === 'json') {
    const objectives = selectObjectives(snapshot, selection).map(({ objective }) => objective);
    output.out(escapeControlInJson(JSON.stringify({ version: snapshot.version, asOf: snapshot.asOf, period, objectives, kpis: selectKpis(snapshot, selection) }, null, 2)));
  } else {
    output.out(scoreReport(snapshot, { ...selection, team: options.team }, output));
  }
  return 0;
}
