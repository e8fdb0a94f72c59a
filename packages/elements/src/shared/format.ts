/**
 * Numbers as readers expect them in their locale: Intl for the digits, the unit after (a currency
 * code becomes its symbol). Every element and the goals site format through these functions, so
 * one value reads the same wherever it is shown; the rule for writing one value lives in core,
 * where `cairn score` uses it too.
 */
import { figureWriter } from '@cairn/core/format';

export { isCurrency, keyResultFigures, kpiFigures, type FormatValueOptions } from '@cairn/core/format';

/** One writer for every element on the page: Intl formatters are costly to build and a board or tree formats thousands of values. */
export const { formatValue, formatBand, safeNumberFormat, dateFormat } = figureWriter();

/** A target or critical line: one number, or a band from min to max. */
export type Band = number | { readonly min: number; readonly max: number };

/** What stands in place of a value the snapshot's audience may not see. */
export const NOT_PUBLISHED = 'Not published';

/** The short form for tight places ("1.15M EUR" as "€1.15M"); small numbers are written whole. */
export function formatCompact(value: number | null | undefined, unit: string | null | undefined, locale: string, among?: readonly (number | null | undefined)[]): string {
  return formatValue(value, unit, locale, among ? { compact: true, among } : { compact: true });
}

/** A share 0..1 as a whole percentage, written like every other percent value ("49 %"). */
export function formatPercent(share: number | null | undefined, locale: string): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '–';
  return formatValue(Math.round(share * 100), '%', locale);
}

/**
 * Scores and forecasts on the 0.00–1.00 scale, always two decimals, so a forecast of 0.75 never
 * reads "0.8" beside a score of 0.75.
 */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return '–';
  return score.toFixed(2);
}

/** The grade is the score rounded to one decimal, half up, as core computes it. */
export function formatGrade(grade: number | null | undefined): string {
  if (grade === null || grade === undefined || !Number.isFinite(grade)) return '–';
  return grade.toFixed(1);
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '–';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, DAY).format(date);
}

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };

/** Attribute numbers: empty or unparsable means "not given", never NaN in a chart. */
export function toNumber(value: unknown): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : undefined;
}
