import { toDay } from '../calendar.js';
import { scoreMaintain } from './key-result-maintain.js';
import { scoreMilestone } from './key-result-milestone.js';
import { scoreKpiKeyResult, scoreMetric } from './key-result-numeric.js';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings.js';
import { scoringRun, type ScoringRun } from './scoring-run.js';
import { statusAt, whenIn } from './status.js';
import type { CheckinInput, KeyResultInput, KeyResultScore, MeasuredKeyResult, PeriodSpan } from './types.js';

export function scoreKeyResult(
  kr: KeyResultInput,
  period: PeriodSpan,
  asOf: string,
  settings: ScoringSettings = DEFAULT_SETTINGS,
): KeyResultScore {
  return scoreKeyResultIn(scoringRun(), kr, period, asOf, settings);
}

/** `scoreKeyResult` as one key result of a scoring run, which the run's others may learn from. */
export function scoreKeyResultIn(run: ScoringRun, kr: KeyResultInput, period: PeriodSpan, asOf: string, settings: ScoringSettings): KeyResultScore {
  const m = measure(run, kr, period, asOf);
  const when = whenIn(run, period, asOf);
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
    // A projection to a day already past means nothing beside the final progress.
    forecast: when.phase === 'after' ? null : m.forecast,
    unknownStart: m.unknownStart,
    history: m.history,
    confidence: latestConfidence(kr.checkins, asOf),
    status: statusAt(m.progress, kr.kind ?? 'aspirational', when, settings),
  };
}

function measure(run: ScoringRun, kr: KeyResultInput, period: PeriodSpan, asOf: string): MeasuredKeyResult {
  switch (kr.type) {
    case 'metric':
      return scoreMetric(run, kr, period, asOf);
    case 'kpi':
      return scoreKpiKeyResult(run, kr, period, asOf);
    case 'milestone':
      return scoreMilestone(run, kr, asOf);
    case 'maintain':
      return scoreMaintain(run, kr, period, asOf);
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
