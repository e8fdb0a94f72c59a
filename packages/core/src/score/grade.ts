import { EPSILON } from './numbers.js';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings.js';
import type { Colour, ObjectiveKind } from './types.js';

/**
 * The score rounded to one decimal, half up. The epsilon keeps floating-point error from
 * pulling a true half below the line (0.15 * 10 is 1.4999999999999998).
 */
export function grade(score: number): number {
  return Math.floor(score * 10 + 0.5 + EPSILON) / 10;
}

/**
 * Colour from the grade, not the raw score, so the colour always agrees with the number shown.
 * A committed objective is a promise: anything short of a full 1.0 score is not green.
 */
export function colour(score: number, kind: ObjectiveKind, settings: ScoringSettings = DEFAULT_SETTINGS): Colour {
  const g = grade(score);
  // A committed 0.96 would round to a 1.0 grade, but a promise kept in part is not kept.
  if (kind === 'committed') return score >= 1 - EPSILON ? 'green' : g >= settings.grades.yellow - EPSILON ? 'yellow' : 'red';
  if (g >= settings.grades.green - EPSILON) return 'green';
  if (g >= settings.grades.yellow - EPSILON) return 'yellow';
  return 'red';
}
