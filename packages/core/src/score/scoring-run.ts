import { toDay } from '../calendar.js';
import type { PeriodPhase } from './expected.js';

/**
 * What one scoring run learns as it goes and reuses: facts about the long date lists it reads
 * (a KPI's years of daily values are read by every key result that links it), scratch arrays
 * for the forecast fits, and where the as-of date falls in the period asked about last. Each
 * run makes its own and passes it down; nothing is kept between runs, so two runs in one
 * process, even one in the middle of the other, cannot see each other's.
 */
export interface ScoringRun {
  /**
   * Day numbers of the dates met so far. A large repository asks for about a million day
   * numbers of a few hundred dates; most are one shared string each (see source/day-text.ts),
   * whose hash V8 keeps, so a lookup is cheaper than reading the digits again.
   */
  readonly days: Map<string, number>;
  // Weak, so that the short-lived lists a run makes and searches are dropped once it is done with them.
  /** Long lists found in date order, with their length then: a list that grew is checked again. */
  readonly inOrder: WeakMap<readonly object[], number>;
  /** Long lists whose items are all plain `{ date, value }`, with their length then. */
  readonly allPlain: WeakMap<readonly object[], number>;
  /** Day numbers of long date-sorted lists. */
  readonly dayNumbers: WeakMap<readonly object[], Int32Array>;
  /** Days and values of the fit being made; grown when a fit needs more room. */
  fitDays: Float64Array;
  fitValues: Float64Array;
  /** The period and as-of date asked about last: key results are scored period by period. */
  when: { start: string; end: string; asOf: string; phase: PeriodPhase; expected: number } | null;
}

export function scoringRun(): ScoringRun {
  return {
    days: new Map(),
    inOrder: new WeakMap(),
    allPlain: new WeakMap(),
    dayNumbers: new WeakMap(),
    fitDays: new Float64Array(256),
    fitValues: new Float64Array(256),
    when: null,
  };
}

/** `toDay` of a date, through the run's table of the dates it has met. */
export function dayIn(run: ScoringRun, iso: string): number {
  const known = run.days.get(iso);
  if (known !== undefined) return known;
  const day = toDay(iso);
  run.days.set(iso, day);
  return day;
}
