import { expectedProgress, periodPhase, type PeriodPhase } from './expected.js';
import { colour } from './grade.js';
import { EPSILON } from './numbers.js';
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
  return statusAt(input.score, input.kind, whenIn(input.period, input.asOf), input.settings ?? DEFAULT_SETTINGS);
}

/** The last period and date asked about: a repository scores its key results period by period. */
let last: { start: string; end: string; asOf: string; when: { phase: PeriodPhase; expected: number } } | null = null;

function whenIn(period: PeriodSpan, asOf: string): { phase: PeriodPhase; expected: number } {
  if (last?.start !== period.start || last.end !== period.end || last.asOf !== asOf) {
    last = { start: period.start, end: period.end, asOf, when: { phase: periodPhase(period, asOf), expected: expectedProgress(period, asOf) } };
  }
  return last.when;
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
