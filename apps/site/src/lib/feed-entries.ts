import { kpiValuesLeftOut, lastMeasuredOn, type Snapshot, type SnapshotKeyResult, type SnapshotKpi, type SnapshotObjective } from '@cairn/core';
import { formatBand, formatDate, formatPercent, formatValue, healthLook, statusLook, trendLook } from './format.js';

/** How many entries a feed holds: the latest, newest first. */
export const FEED_SIZE = 50;
/** A KPI measured daily would otherwise fill a feed on its own. */
export const MEASUREMENTS_PER_KPI = 5;

/** One change in a feed: a check-in on a key result or a KPI measurement, as plain text. */
export interface FeedEntry {
  kind: 'checkin' | 'measurement';
  /** Names the change for good (kind, key result or KPI, date, order): the entry's id is made from it. */
  key: string;
  title: string;
  /** The calendar day of the check-in or measurement (YYYY-MM-DD). */
  date: string;
  /** Where the change is shown: a path under the site's base, with a fragment for a key result. */
  path: string;
  authors: string[];
  summary: string;
  /** The team whose feed also carries the entry. */
  team: string | null;
}

/** The site's addresses of the pages an entry links to. */
export interface FeedPaths {
  objective(period: string, id: string): string;
  kpi(id: string): string;
}

/** A change found in the snapshot, written out only when a feed shows it. */
interface FeedEvent {
  date: string;
  key: string;
  team: string | null;
  write(): FeedEntry;
}

/**
 * Every change a feed may show, newest first (ties in a fixed order), grouped by team. The
 * values are the audience's snapshot, formatted as the pages format them; a value the
 * snapshot hides (null) is never guessed.
 */
export function feedEvents(snapshot: Snapshot, paths: FeedPaths, locale: string): { all: FeedEvent[]; byTeam: ReadonlyMap<string, FeedEvent[]> } {
  const teams = new Map(snapshot.teams.map((team) => [team.id, team.name]));
  const periods = new Map(snapshot.periods.map((period) => [period.id, period.name]));
  const events: FeedEvent[] = [];
  for (const objective of snapshot.objectives) {
    for (const kr of objective.keyResults) {
      kr.checkins.forEach((checkin, index) => {
        const key = `checkin:${kr.ref}:${checkin.date}:${index}`;
        events.push({
          date: checkin.date,
          key,
          team: objective.team,
          write: () =>
            checkinEntry(objective, kr, index, key, {
              paths,
              locale,
              team: teams.get(objective.team) ?? objective.team,
              period: periods.get(objective.period) ?? objective.period,
            }),
        });
      });
    }
  }
  for (const kpi of snapshot.kpis) {
    // Hidden values leave no series, only how long ago the KPI was measured: one entry says when, and how it stands.
    const date = kpiValuesLeftOut(kpi) ? lastMeasuredOn(kpi, snapshot.asOf) : null;
    if (date !== null) {
      const key = `measurement:${kpi.id}:${date}:hidden`;
      events.push({ date, key, team: kpi.team, write: () => hiddenMeasurementEntry(kpi, date, key, { paths, locale }) });
    }
    const first = Math.max(0, kpi.series.length - MEASUREMENTS_PER_KPI);
    for (let index = first; index < kpi.series.length; index += 1) {
      const point = kpi.series[index];
      if (!point) continue;
      const key = `measurement:${kpi.id}:${point.date}:${index}`;
      events.push({ date: point.date, key, team: kpi.team, write: () => measurementEntry(kpi, index, key, { paths, locale }) });
    }
  }
  events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byTeam = new Map<string, FeedEvent[]>();
  for (const event of events) {
    if (event.team === null) continue;
    const list = byTeam.get(event.team);
    if (list) list.push(event);
    else byTeam.set(event.team, [event]);
  }
  return { all: events, byTeam };
}

/** The entries of one feed: the latest `limit` changes, written out. */
export function latestEntries(events: readonly FeedEvent[], limit = FEED_SIZE): FeedEntry[] {
  return events.slice(0, limit).map((event) => event.write());
}

interface CheckinContext {
  paths: FeedPaths;
  locale: string;
  team: string;
  period: string;
}

function checkinEntry(objective: SnapshotObjective, kr: SnapshotKeyResult, index: number, key: string, context: CheckinContext): FeedEntry {
  const { locale } = context;
  const checkin = kr.checkins[index];
  if (!checkin) throw new Error(`no check-in ${index} on ${kr.ref}`);
  // A snapshot for the public has no check-in values where they are hidden; the company's own keeps and shows them.
  const hidden = checkin.value === null;
  const value = (v: number | boolean | null): string => (v === null ? '–' : typeof v === 'boolean' ? (v ? 'Done' : 'Not done') : formatValue(v, kr.unit, locale));
  const before = index > 0 ? (kr.checkins[index - 1]?.value ?? null) : kr.start;
  const change = before === null ? value(checkin.value) : `${value(before)} → ${value(checkin.value)}`;
  const title = `${objective.title} · ${kr.title}: ${hidden ? 'checked in (values not published)' : change}`;
  const sentences = [
    `Key result "${kr.title}" of the objective "${objective.title}" (${context.team}, ${context.period}), checked in on ${formatDate(checkin.date, locale)}${checkin.by ? ` by ${checkin.by}` : ''}.`,
    hidden ? 'Its values are not published.' : `Value: ${change}${kr.target === null ? '' : `, target ${value(kr.target)}`}.`,
    ...(checkin.confidence === null ? [] : [`Confidence: ${formatPercent(checkin.confidence, locale)}.`]),
    ...(checkin.note ? [`Note: ${sentence(checkin.note)}`] : []),
    `Now: ${statusLook(kr.status).label}, progress ${formatPercent(kr.progress, locale)}.`,
  ];
  return {
    kind: 'checkin',
    key,
    title,
    date: checkin.date,
    path: `${context.paths.objective(objective.period, objective.id)}#kr-${encodeURIComponent(kr.id)}`,
    // Only who made the check-in is its author; the owner did not write what someone else recorded (the feed's own author stands in).
    authors: checkin.by ? [checkin.by] : [],
    summary: sentences.join(' '),
    team: objective.team,
  };
}

function measurementEntry(kpi: SnapshotKpi, index: number, key: string, context: { paths: FeedPaths; locale: string }): FeedEntry {
  const { locale } = context;
  const point = kpi.series[index];
  if (!point) throw new Error(`no measurement ${index} of ${kpi.id}`);
  const before = index > 0 ? kpi.series[index - 1] : undefined;
  const value = (v: number): string => formatValue(v, kpi.unit, locale);
  const change = before ? `${value(before.value)} → ${value(point.value)}` : value(point.value);
  const sentences = [
    `${kpi.title}, measured on ${formatDate(point.date, locale)}: ${change}.`,
    ...(point.note ? [`Note: ${sentence(point.note)}`] : []),
    `Health now: ${healthLook(kpi.health).label}${kpi.target === null ? '' : `, target ${formatBand(kpi.target, kpi.unit, locale)}`}.`,
  ];
  return {
    kind: 'measurement',
    key,
    title: `${kpi.title}: ${change}`,
    date: point.date,
    path: context.paths.kpi(kpi.id),
    authors: kpi.owner ? [kpi.owner] : [],
    summary: sentences.join(' '),
    team: kpi.team,
  };
}

function hiddenMeasurementEntry(kpi: SnapshotKpi, date: string, key: string, context: { paths: FeedPaths; locale: string }): FeedEntry {
  return {
    kind: 'measurement',
    key,
    title: `${kpi.title}: measured (values not published)`,
    date,
    path: context.paths.kpi(kpi.id),
    authors: kpi.owner ? [kpi.owner] : [],
    summary: `${kpi.title}, measured on ${formatDate(date, context.locale)}. Its values are not published. Health now: ${healthLook(kpi.health).label}; ${trendLook(kpi.trend).label.toLowerCase()}.`,
    team: kpi.team,
  };
}


/** A note as a sentence of the summary: ends with a full stop unless it already ends a sentence. */
const sentence = (text: string): string => (/[.!?…]["')\]]?$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
