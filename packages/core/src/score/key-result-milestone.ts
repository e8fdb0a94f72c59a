import { byDate, upToDay } from './dated.js';
import { clamp01 } from './numbers.js';
import { weightedMean } from './rollup.js';
import { dayIn, type ScoringRun } from './scoring-run.js';
import type { DatedValue, KeyResultInput, MeasuredKeyResult } from './types.js';

/**
 * Milestones: the written state (`done` or the weighted `milestones` list), unless a dated
 * check-in says otherwise; check-ins win because they respect the as-of date and the written
 * state does not.
 */
export function scoreMilestone(run: ScoringRun, kr: KeyResultInput, asOf: string): MeasuredKeyResult {
  const history: DatedValue[] = upToDay(run, byDate(run, kr.checkins), dayIn(run, asOf)).map((c) => ({
    date: c.date,
    value: typeof c.value === 'boolean' ? (c.value ? 1 : 0) : clamp01(c.value),
  }));
  const progress = history.at(-1)?.value ?? writtenProgress(kr);
  return {
    start: null,
    current: progress,
    target: null,
    progress,
    attainment: null,
    stretchReached: false,
    heldShare: null,
    forecast: null,
    unknownStart: false,
    history,
  };
}

function writtenProgress(kr: KeyResultInput): number {
  const list = kr.milestones ?? [];
  if (list.length === 0) return kr.done === true ? 1 : 0;
  // The objective rule: steps all weighted 0 count equally, rather than the list scoring 0.
  return weightedMean(list.map((m) => ({ value: m.done ? 1 : 0, weight: m.weight }))) ?? 0;
}
