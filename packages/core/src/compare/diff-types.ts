import type { Repository } from '../load/model.js';
import type { Snapshot } from '../schema/snapshot.js';

/** One side of a comparison: a loaded repository and its snapshot at the shared as-of date. */
export interface GoalsSide {
  repo: Repository;
  snapshot: Snapshot;
}

export type ItemKind = 'period' | 'team' | 'objective' | 'key-result' | 'kpi';
export type ChangeKind = 'added' | 'removed' | 'renamed' | 'edited';

/** Something that appeared, disappeared, moved or changed its fields. */
export interface ItemChange {
  kind: ItemKind;
  change: ChangeKind;
  /** The id (a key result's `objective#kr` reference) after the change; before it, when removed. */
  id: string;
  title: string;
  /** The file after the change; before it, when removed. */
  file: string;
  line: number;
  /** renamed: the file (or id, when the id changed) it had before. */
  from?: string | undefined;
  /** edited (and renamed): the fields whose value changed, as written in the files. */
  fields: string[];
  /** The objective this belongs to (itself for an objective); null for periods, teams and KPIs. */
  objective: string | null;
  period: string | null;
}

export interface ValueAdded {
  /** `objective#kr` for a check-in, the KPI id for a measurement. */
  ref: string;
  title: string;
  date: string;
  value: number | boolean;
  note: string | null;
  file: string;
  objective: string | null;
  /** Among the removed: the value now written for that date (a rewrite), or null (gone). */
  now?: number | boolean | null;
  /** A check-in's confidence, 0..1, when the file has one. */
  confidence?: number;
  /** Who made a check-in, when the file says. */
  by?: string;
}

/** Where a period stands at the as-of date (the snapshot's `phase`). */
export type PhaseAtAsOf = 'before' | 'during' | 'after';

/** A start, target, stretch or weight of a key result that changed. */
export interface GoalpostChange {
  ref: string;
  title: string;
  objective: string;
  period: string;
  field: 'start' | 'target' | 'stretch' | 'weight';
  before: number | null;
  after: number | null;
  /** Where the period stood at the as-of date: a change once it started moves a goalpost. */
  phase: PhaseAtAsOf;
  file: string;
  line: number;
}

/** A KPI's `target` or `critical` as written: a number, a band, or time-bound targets. */
export type KpiTargetValue = number | { min: number; max: number } | { from: string; value: number | { min: number; max: number } }[];

/** A KPI's target or critical line that changed. */
export interface KpiGoalpostChange {
  /** The KPI id. */
  ref: string;
  title: string;
  field: 'target' | 'critical';
  before: KpiTargetValue | null;
  after: KpiTargetValue | null;
  /** during: a bar the KPI is judged against moved; before: only time-bound targets after the as-of date changed. */
  phase: 'before' | 'during';
  file: string;
  line: number;
}

/** A KPI as scored on one side at the as-of date. */
export interface KpiReading {
  health: 'healthy' | 'warning' | 'critical' | 'unknown';
  healthSetBy: 'rule' | 'hand';
  latest: { date: string; value: number } | null;
  trend: 'improving' | 'worsening' | 'flat' | 'unknown';
  /** The target in force at the latest measurement, as in the snapshot. */
  target: number | { min: number; max: number } | null;
}

/** A KPI whose health, latest measurement or trend differs, before → after (null: not there on that side). */
export interface KpiHealthChange {
  id: string;
  /** A KPI whose id changed: the id it had before. */
  from?: string;
  title: string;
  file: string;
  line: number;
  /** The KPI is marked `values: hidden`: its figures stay off public pages, not out of the review. */
  valuesHidden: boolean;
  before: KpiReading | null;
  after: KpiReading | null;
}

export interface Standing {
  score: number;
  grade: number | null;
  status: string | null;
}

/** A score that the change moves, before → after (null: not there on that side). */
export interface ScoreChange {
  kind: 'period' | 'team' | 'objective';
  id: string;
  /** An objective whose id changed (its file was renamed): the id it had before. */
  from?: string;
  title: string;
  /** The period a team's score is for (and an objective's period). */
  period: string | null;
  before: Standing | null;
  after: Standing | null;
}

export type RuleName = 'closed_period_targets' | 'closed_period_checkin' | 'unexplained_score_change' | 'moved_goalposts' | 'moved_kpi_goalposts';
export type RuleLevel = 'error' | 'warning' | 'off';

export interface Finding {
  rule: RuleName;
  severity: 'error' | 'warning';
  message: string;
  file: string;
  line: number;
}

export interface GoalsDiff {
  asOf: string;
  changes: ItemChange[];
  checkinsAdded: ValueAdded[];
  /** Check-ins that were there before and are gone or were rewritten. */
  checkinsRemoved: ValueAdded[];
  measurementsAdded: ValueAdded[];
  measurementsRemoved: ValueAdded[];
  goalposts: GoalpostChange[];
  kpiGoalposts: KpiGoalpostChange[];
  scores: ScoreChange[];
  kpiHealth: KpiHealthChange[];
  findings: Finding[];
}
