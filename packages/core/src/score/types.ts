export type Colour = 'green' | 'yellow' | 'red';

/** Pace statuses while a period runs, outcome statuses once it has ended. */
export type Status =
  | 'not-started'
  | 'on-track'
  | 'at-risk'
  | 'off-track'
  | 'done'
  | 'achieved'
  | 'partial'
  | 'missed';

export type ObjectiveKind = 'aspirational' | 'committed';

/** A period as written: both `start` and `end` are ISO dates and `end` is inclusive. */
export interface PeriodSpan {
  start: string;
  end: string;
}

export interface DatedValue {
  date: string;
  value: number;
}

/** Booleans only make sense on milestone key results; numeric rules ignore them. */
export interface CheckinInput {
  date: string;
  value: number | boolean;
  confidence?: number | undefined;
}

export type KeyResultType = 'metric' | 'kpi' | 'milestone' | 'maintain';

export interface KeyResultInput {
  type: KeyResultType;
  /** metric: 0 when absent; kpi: the KPI's last value on or before the period start when absent. */
  start?: number | undefined;
  target?: number | undefined;
  stretch?: number | undefined;
  /** maintain only: hold the value at or above (`increase`) or at or below (`decrease`) `target`. */
  direction?: 'increase' | 'decrease' | undefined;
  done?: boolean | undefined;
  milestones?: { done: boolean; weight: number }[] | undefined;
  /** In file order; the order breaks ties between check-ins on the same date. */
  checkins: CheckinInput[];
  /** The linked KPI's measurements, for `kpi` key results and `maintain` ones read from a KPI. */
  kpiSeries?: DatedValue[] | undefined;
  /** Kind of the owning objective, so a committed key result's status follows committed rules. */
  kind?: ObjectiveKind | undefined;
}

export interface KeyResultScore {
  start: number | null;
  current: number | null;
  target: number | null;
  /** 0..1, what objective scores are built from. */
  progress: number;
  /** Uncapped (current - start) / (target - start) for "120 % of target"; null when it has no meaning. */
  attainment: number | null;
  stretchReached: boolean;
  /** maintain: share of in-period values that held the bound. */
  heldShare: number | null;
  confidence: number | null;
  /** Projected progress at the period end. */
  forecast: number | null;
  status: Status;
  /** A kpi key result whose baseline could not be found; scored as 0 and worth a warning. */
  unknownStart: boolean;
  /** The values that fed `current`, sorted by date. */
  history: DatedValue[];
}

/** What each type-specific scorer works out; confidence and status are the same for all types. */
export type MeasuredKeyResult = Omit<KeyResultScore, 'confidence' | 'status'>;

export interface ObjectiveInput {
  id: string;
  kind: ObjectiveKind;
  /** Weight in the parent's, team's and period's roll-ups. */
  weight: number;
  /** An objective id, or `<objective-id>#<kr-id>`; either way the objective is the parent. */
  parent?: string | null | undefined;
  period: PeriodSpan;
  keyResults: { weight: number; progress: number; forecast: number | null }[];
}

export interface ObjectiveScore {
  id: string;
  score: number;
  grade: number;
  colour: Colour;
  expected: number;
  status: Status;
  forecast: number | null;
  projectedToMiss: boolean;
  /** Ids of the objectives aligned to this one, in input order. */
  children: string[];
}

export type Trend = 'improving' | 'worsening' | 'flat' | 'unknown';

export type Health = 'healthy' | 'warning' | 'critical' | 'unknown';
/** A single line (increase / decrease KPIs) or a two-sided band (range KPIs). */
export type Band = number | { min: number; max: number };

export interface KpiInput {
  direction: 'increase' | 'decrease' | 'range';
  /** One target, or time-bound targets each in force from its `from` date. */
  target?: Band | { from: string; value: Band }[] | undefined;
  critical?: Band | undefined;
  frequency?: 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly' | undefined;
  /** A judgement written by hand; it wins over the rule. */
  health?: { status: Health; reason: string; until?: string | undefined } | undefined;
  /** Sorted by date. */
  series: DatedValue[];
}

export interface KpiScore {
  latest: DatedValue | null;
  /** In force at the latest measurement's date, or at as-of when there is no data. */
  target: Band | null;
  health: Health;
  healthSetBy: 'rule' | 'hand';
  healthReason: string | null;
  /** What target and critical line say, also when the health is set by hand. */
  healthByRule: Health;
  /** The last day a health set by hand holds, or null. */
  healthUntil: string | null;
  stale: boolean;
  daysSinceLatest: number | null;
  trend: Trend;
  /** Signed relative change over the trend window; + is good whatever the direction. */
  trendChange: number | null;
}
