import { toDay } from './dates.js';
import { scoreMaintain } from './key-result-maintain.js';
import { scoreMilestone } from './key-result-milestone.js';
import { scoreKpiKeyResult, scoreMetric } from './key-result-numeric.js';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings.js';
import { paceStatus } from './status.js';
import type { CheckinInput, DatedValue, ObjectiveKind, PeriodSpan, Status } from './types.js';

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

export function scoreKeyResult(
  kr: KeyResultInput,
  period: PeriodSpan,
  asOf: string,
  settings: ScoringSettings = DEFAULT_SETTINGS,
): KeyResultScore {
  const m = measure(kr, period, asOf);
  // Written out rather than `{ ...m, confidence, status }`: V8 builds a spread followed by
  // more fields slowly, and this runs for every key result of a repository.
  return {
    start: m.start,
    current: m.current,
    target: m.target,
    progress: m.progress,
    attainment: m.attainment,
    stretchReached: m.stretchReached,
    heldShare: m.heldShare,
    forecast: m.forecast,
    unknownStart: m.unknownStart,
    history: m.history,
    confidence: latestConfidence(kr.checkins, asOf),
    status: paceStatus({ score: m.progress, kind: kr.kind ?? 'aspirational', period, asOf, settings }),
  };
}

function measure(kr: KeyResultInput, period: PeriodSpan, asOf: string): MeasuredKeyResult {
  switch (kr.type) {
    case 'metric':
      return scoreMetric(kr, period, asOf);
    case 'kpi':
      return scoreKpiKeyResult(kr, period, asOf);
    case 'milestone':
      return scoreMilestone(kr, asOf);
    case 'maintain':
      return scoreMaintain(kr, period, asOf);
  }
}

/**
 * Confidence is optional per check-in, so the latest one that states it is the current view.
 * One pass instead of sorting: the latest date up to as-of wins, and on a tie the later one in
 * the file, as in date order. ISO dates compare as text.
 */
function latestConfidence(checkins: readonly CheckinInput[], asOf: string): number | null {
  toDay(asOf); // the same RangeError as every other date this scorer reads
  let latest: CheckinInput | undefined;
  for (const c of checkins) {
    if (c.confidence !== undefined && c.date <= asOf && (latest === undefined || c.date >= latest.date)) latest = c;
  }
  return latest?.confidence ?? null;
}
