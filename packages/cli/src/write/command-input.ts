import { closest, numberTextHint } from '@cairn/core';
import { checkDay } from '../goals.js';
import { UsageError } from '../output.js';

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A number as a goals file holds it; `45%` or `1,000` get validate's hint (write 45), not a guess. */
export function parseNumber(text: string, what: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (NUMBER.test(trimmed) && Number.isFinite(value)) return value;
  // The option names its field (--confidence): a percentage there means a share, as validate says.
  const hint = numberTextHint(what.replace(/^--/, ''), trimmed);
  throw new UsageError(`${what} must be a number, not "${text}"${hint === undefined ? '' : `; ${hint}`}`);
}

/** A real calendar day written YYYY-MM-DD, with validate's hint for one written otherwise (31/12/2026: write 2026-12-31). */
export function parseDay(text: string, what: string): string {
  checkDay(text, what);
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
