import { expectedProgress, periodPhase, type PeriodPhase } from './expected.js';
import { colour } from './grade.js';
import { EPSILON } from './numbers.js';
import type { ScoringRun } from './scoring-run.js';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings.js';
import type { ObjectiveKind, PeriodSpan, Status } from './types.js';

const OUTCOME = { green: 'achieved', yellow: 'partial', red: 'missed' } as const;

/**
 * Pace while the period runs (how far the score lags the share of time elapsed), outcome once
 * it has ended. Objectives and single key results share these rules.
 */
export function paceStatus(input: {
  score: number;
  kind: ObjectiveKind;
  period: PeriodSpan;
  asOf: string;
  settings?: ScoringSettings | undefined;
}): Status {
  const { period, asOf } = input;
  return statusAt(input.score, input.kind, { phase: periodPhase(period, asOf), expected: expectedProgress(period, asOf) }, input.settings ?? DEFAULT_SETTINGS);
}

/**
 * Where the as-of date falls in the period, remembered by the run for the next call: a
 * repository scores its key results period by period.
 */
export function whenIn(run: ScoringRun, period: PeriodSpan, asOf: string): { phase: PeriodPhase; expected: number } {
  const last = run.when;
  if (last?.start === period.start && last.end === period.end && last.asOf === asOf) return last;
  const when = { start: period.start, end: period.end, asOf, phase: periodPhase(period, asOf), expected: expectedProgress(period, asOf) };
  run.when = when;
  return when;
}

/** `paceStatus` for callers that already know where the as-of date falls in the period. */
export function statusAt(
  score: number,
  kind: ObjectiveKind,
  when: { phase: PeriodPhase; expected: number },
  settings: ScoringSettings,
): Status {
  if (when.phase === 'before') return 'not-started';
  // colour() already makes a committed objective below 1.0 non-green; after the end it must
  // read as missed, not partial: a promise was either kept or not.
  if (when.phase === 'after') {
    const c = colour(score, kind, settings);
    return kind === 'committed' && c !== 'green' ? 'missed' : OUTCOME[c];
  }
  if (score >= 1 - EPSILON) return 'done';
  const lag = when.expected - score;
  if (lag <= settings.pace.onTrack + EPSILON) return 'on-track';
  if (lag <= settings.pace.atRisk + EPSILON) return 'at-risk';
  return 'off-track';
}
