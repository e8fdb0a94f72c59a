/**
 * One string per date written `YYYY-MM-DD`. Check-ins and measurements write the same few
 * hundred dates hundreds of thousands of times: read as one shared string each, a repository of
 * 10,000 objectives and 1,000 daily KPIs holds about 930,000 fewer small strings, which the
 * garbage collector no longer copies while the repository is read.
 */
import { daysInMonth } from '../calendar.js';

const known = new Map<number, string>();
/** The same strings, to tell at once that a text is a real date (a lookup instead of a pattern). */
const knownTexts = new Set<string>();
/** Enough for years of daily dates; past it the strings are forgotten and made again. */
const MAX_KNOWN = 8192;
const DASH = 45;

/**
 * The real calendar date written `YYYY-MM-DD` in the 10 characters from `at`, as its shared
 * string; undefined for anything else (`2026/10/03`, `2026-02-30`), which the caller reads
 * the usual way, and its checks then word.
 */
export function dayTextAt(s: string, at: number): string | undefined {
  let key = 0;
  for (let i = 0; i < 10; i += 1) {
    const c = s.charCodeAt(at + i);
    if (i === 4 || i === 7) {
      if (c !== DASH) return undefined;
    } else if (c >= 48 && c <= 57) {
      key = key * 10 + (c - 48);
    } else {
      return undefined;
    }
  }
  let text = known.get(key);
  if (text === undefined) {
    const month = Math.floor(key / 100) % 100;
    const day = key % 100;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Math.floor(key / 10_000), month)) return undefined;
    if (known.size >= MAX_KNOWN) {
      known.clear();
      knownTexts.clear();
    }
    text = s.slice(at, at + 10);
    known.set(key, text);
    knownTexts.add(text);
  }
  return text;
}

/**
 * True when the text is a date `dayTextAt` has read, so a real `YYYY-MM-DD` date; false says
 * nothing (the date may not have been met yet).
 */
export function isKnownDay(text: string): boolean {
  return knownTexts.has(text);
}
