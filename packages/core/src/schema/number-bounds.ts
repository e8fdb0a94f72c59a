import { z } from 'zod';

/**
 * The largest magnitude of an amount (a start, target, stretch, check-in or measured value, a
 * band or critical line): a million billion. Below it every whole number is exact in a double,
 * and differences, means and fitted lines of such values can never overflow; beyond it a goal
 * is better written in a larger unit.
 */
export const AMOUNT_LIMIT = 1e15;

/** The largest weight: weights only say how much one item counts against its siblings. */
export const WEIGHT_LIMIT = 1e6;

/** What a problem about a number out of range says, by the field it is in. */
export interface RangeRule {
  message: string;
  suggestion: string;
}

export const AMOUNT_RULE: RangeRule = {
  message: 'must lie between -1e15 and 1e15',
  suggestion: 'write it in a larger unit (thousands or millions) and name that unit in unit:',
};

export const WEIGHT_RULE: RangeRule = {
  message: 'must be at most 1e6',
  suggestion: 'a weight only says how much this counts against its siblings: 1, 2 or 3 is plenty',
};

/** Whether a number is a finite amount within ±AMOUNT_LIMIT (NaN and ±Infinity are not). */
export function isAmount(value: number): boolean {
  return value >= -AMOUNT_LIMIT && value <= AMOUNT_LIMIT;
}

/** A number people write as a value; beyond ±1e15 it is an `out-of-range` error (the bounds are repeated for JSON Schema, which cannot see a refinement). */
export const AmountSchema = z
  .number()
  .refine(isAmount, { error: AMOUNT_RULE.message, params: { code: 'out-of-range' } })
  .meta({ minimum: -AMOUNT_LIMIT, maximum: AMOUNT_LIMIT });

/** A weight, 0 to 1e6; default 1 where it is used. */
export const WeightSchema = z
  .number()
  .min(0)
  .refine((value) => value <= WEIGHT_LIMIT, { error: WEIGHT_RULE.message, params: { code: 'out-of-range' } })
  .meta({ maximum: WEIGHT_LIMIT });

/** The rule a field's numbers follow, for the messages about them. */
export function rangeRuleOf(field: string): RangeRule {
  return field === 'weight' ? WEIGHT_RULE : AMOUNT_RULE;
}

const NUMBER_SPELLING = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/**
 * Whether a value is a number too large for Cairn, as read or as written: ±Infinity (YAML's
 * `.inf`, or `1e400` read as a number), a finite number beyond the field's bound, or text that
 * spells a number no double holds (a reader that keeps `1e400` as text).
 */
export function isBeyondRange(value: unknown, field: string): boolean {
  if (typeof value === 'number') return !Number.isNaN(value) && (field === 'weight' ? value > WEIGHT_LIMIT : !isAmount(value));
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return NUMBER_SPELLING.test(text) && !Number.isFinite(Number(text));
}
