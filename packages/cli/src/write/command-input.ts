import { closest } from '@cairn/core';
import { isoDayProblem } from '@cairn/core/calendar';
import { UsageError } from '../output.js';

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A number as a goals file holds it; `1,000` or `1_000` get a hint, not a guess. */
export function parseNumber(text: string, what: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (NUMBER.test(trimmed) && Number.isFinite(value)) return value;
  const plain = trimmed.replace(/[,_\s]/g, '');
  const hint = plain !== trimmed && NUMBER.test(plain) ? ` (write it without separators: ${plain})` : '';
  throw new UsageError(`${what} must be a number, not "${text}"${hint}`);
}

/** A real calendar day written YYYY-MM-DD, by the calendar the goals files are checked with. */
export function parseDay(text: string, what: string): string {
  const problem = isoDayProblem(text);
  if (problem === 'shape') throw new UsageError(`${what} must be a date written YYYY-MM-DD, not "${text}"`);
  if (problem === 'no-such-day') throw new UsageError(`${what} ${text} is not a day of the calendar`);
  return text;
}

/** A number for people: at most two decimals, no trailing zeros beyond them. */
export function shortNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return String(Math.round(value * 100) / 100);
}

/** Known ids that look like a mistyped one, for "did you mean" hints: the closest, then ones containing it. */
export function nearIds(wanted: string, known: readonly string[]): string[] {
  const best = closest(wanted, known);
  const containing = known.filter((id) => id !== best && wanted.length >= 3 && (id.includes(wanted) || wanted.includes(id)));
  return [...(best === undefined ? [] : [best]), ...containing].slice(0, 3);
}
