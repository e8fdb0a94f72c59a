import { distance } from 'fastest-levenshtein';
import { daysInMonth } from '../calendar.js';

/** The closest candidate within a typo's reach, for "did you mean …?" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    // Two letters swapped ("titel", "taregt") is one slip of the fingers, not two edits.
    const d = swapped(lower, other) ? 1 : distance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const reach = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  return best !== undefined && bestDistance <= reach ? best : undefined;
}

/**
 * Words people bring from other OKR tools and spreadsheets for a field Cairn names otherwise; too
 * far from the field's name for a typo's reach.
 */
const SYNONYMS: Record<string, string> = {
  from: 'start', baseline: 'start', initial: 'start', begin: 'start',
  to: 'target', goal: 'target', objective: 'title', name: 'title',
  deadline: 'end', due: 'end', until: 'end', finish: 'end',
  updates: 'checkins', progress: 'checkins', results: 'key_results', krs: 'key_results',
  comment: 'note', notes: 'note', author: 'by', confident: 'confidence',
  aligns_to: 'parent', aligned_to: 'parent', contributes_to: 'parent',
  metric: 'kpi', kpis: 'supporting_kpis', labels: 'tags', lead: 'owner', responsible: 'owner',
};

/** Whether `a` is `b` with two neighbouring letters swapped. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (first >= 0) return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
    first = i;
  }
  return false;
}

export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const match = closest(word, candidates);
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/** Everyday words for the values of Cairn's lists of choices (direction, frequency, type, …). */
const VALUE_SYNONYMS: Record<string, string> = {
  up: 'increase', higher: 'increase', more: 'increase', grow: 'increase', 'higher-is-better': 'increase',
  down: 'decrease', lower: 'decrease', less: 'decrease', reduce: 'decrease', 'lower-is-better': 'decrease',
  between: 'range', band: 'range', within: 'range',
  annual: 'yearly', annually: 'yearly',
  number: 'metric', numeric: 'metric', boolean: 'milestone', binary: 'milestone', keep: 'maintain', hold: 'maintain',
};

/**
 * For a value outside a list of choices: the choice an everyday word means (`up` → `increase`),
 * the one choice it begins (`month` → `monthly`, `lead` → `leading`), else the closest.
 */
export function didYouMeanValue(value: string, options: readonly string[]): string | undefined {
  const word = value.trim().toLowerCase();
  const synonym = synonymIn(VALUE_SYNONYMS, word, options);
  const begun = word.length >= 3 ? options.filter((option) => option.startsWith(word)) : [];
  const match = synonym ?? (begun.length === 1 ? begun[0] : closest(value, options));
  return match === undefined ? undefined : `did you mean "${match}"?`;
}

/** For an unknown field: its name in Cairn when it is a known synonym, else the closest field. */
export function didYouMeanField(key: string, fields: readonly string[]): string | undefined {
  const synonym = synonymIn(SYNONYMS, key.toLowerCase(), fields);
  return synonym !== undefined ? `did you mean "${synonym}"?` : didYouMean(key, fields);
}

/** The word's synonym from `table` when it is one of `offered` (own keys only: not "constructor"). */
function synonymIn(table: Record<string, string>, word: string, offered: readonly string[]): string | undefined {
  const synonym = Object.hasOwn(table, word) ? table[word] : undefined;
  return synonym !== undefined && offered.includes(synonym) ? synonym : undefined;
}

/** The hint for a number written as text: the plain number to write instead. */
export function plainNumberHint(number: number): string {
  return `write ${number} (no quotes, thousands separators or units)`;
}

/**
 * The hint for a number written as text (`"1,000"`, `45%`), as validate gives it: the plain
 * number, or for a confidence written as a percentage the share it means.
 */
export function numberTextHint(field: string, value: string): string | undefined {
  const number = numberLike(value);
  if (number === undefined) return undefined;
  return field === 'confidence' && value.trim().endsWith('%') ? `confidence is a share from 0 to 1: write ${number / 100} for ${number} %` : plainNumberHint(number);
}

/**
 * `"1,000"`, `1_000`, `"1 000 000"`, `"12 %"`, `"42"`: a number written the way people type it.
 * Separators count only between groups of three digits, so `"1 2 3"` is not taken for 123.
 */
export function numberLike(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s*%$/, '');
  const grouped = /^[-+]?\d{1,3}(?:([,_ \u00a0\u202f])\d{3})(?:\1\d{3})*(?:\.\d+)?$/.test(text);
  const plain = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text);
  if (!grouped && !plain) return undefined;
  const number = Number(text.replace(/[,_ \u00a0\u202f]/g, ''));
  // Within the bounds of an amount (schema/number-bounds.ts): a larger one gets its own problem.
  return Number.isFinite(number) && Math.abs(number) <= 1e15 ? number : undefined;
}

/** A value as the user wrote it, in quotes, cut short and with control characters escaped. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date spelt another way, rewritten the way Cairn reads it: `2026/10/1`, `2026.10.01` and
 * `2026-31-12`, and `16/10/2026` or `10/16/2026` (day or month first, told apart when one part is
 * above 12). When either order is possible, `3/10/2026` gets both readings, named, for the writer
 * to pick.
 */
export function dateSuggestion(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (yearFirst) {
    const [, year = '', month = '', day = ''] = yearFirst;
    const iso = isoOf(year, Number(month), Number(day));
    // Written as Cairn reads it already (2026-02-30): nothing to rewrite, the date does not exist.
    if (iso !== undefined) return iso === text ? undefined : `write ${iso}`;
    // 2026-31-12 may be the day before the month, or a typo; say which reading the hint assumes.
    const swapped = isoOf(year, Number(day), Number(month));
    return swapped === undefined ? undefined : `write ${swapped} if ${Number(month)} is the day`;
  }
  const yearLast = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!yearLast) return undefined;
  const [, first = '', second = '', year = ''] = yearLast;
  const dayFirst = isoOf(year, Number(second), Number(first));
  const monthFirst = isoOf(year, Number(first), Number(second));
  if (dayFirst !== undefined && monthFirst !== undefined && dayFirst !== monthFirst) {
    return `write ${dayFirst} for ${spoken(dayFirst)} or ${monthFirst} for ${spoken(monthFirst)}`;
  }
  const only = dayFirst ?? monthFirst;
  return only === undefined ? undefined : `write ${only}`;
}

/**
 * For a date written YYYY-MM-DD that is not a day of the calendar (`2027-02-30`): how many days
 * its month has (`February 2027 has 28 days`), or that there is no such month.
 */
export function missingDayHint(value: string): string | undefined {
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!parts) return undefined;
  const [, year = '', month = ''] = parts;
  const number = Number(month);
  if (number < 1 || number > 12) return `there is no month ${month}; months run from 01 to 12`;
  return `${MONTHS[number - 1] ?? ''} ${year} has ${daysInMonth(Number(year), number)} days`;
}

function isoOf(year: string, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function spoken(iso: string): string {
  return `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1] ?? ''}`;
}
