/**
 * One string per date written `YYYY-MM-DD`, for one load. Check-ins and measurements write the
 * same few hundred dates hundreds of thousands of times: read as one shared string each, a
 * repository of 10,000 objectives and 1,000 daily KPIs holds about 930,000 fewer small strings,
 * which the garbage collector no longer copies while the repository is read. Each load makes
 * its own table and drops it at the end, so no load sees another's dates.
 */
import { daysInMonth } from '../calendar.js';

/** Enough for years of daily dates; past it the strings are forgotten and made again. */
const MAX_KNOWN = 8192;
const DASH = 45;

export class DayTexts {
  private readonly _byDigits = new Map<number, string>();
  /** The same strings, to tell at once that a text is a real date (a lookup instead of a pattern). */
  private readonly _texts = new Set<string>();

  /**
   * The real calendar date written `YYYY-MM-DD` in the 10 characters from `at`, as its shared
   * string; undefined for anything else (`2026/10/03`, `2026-02-30`), which the caller reads
   * the usual way, and its checks then word.
   */
  at(s: string, at: number): string | undefined {
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
    let text = this._byDigits.get(key);
    if (text === undefined) {
      const month = Math.floor(key / 100) % 100;
      const day = key % 100;
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(Math.floor(key / 10_000), month)) return undefined;
      if (this._byDigits.size >= MAX_KNOWN) {
        this._byDigits.clear();
        this._texts.clear();
      }
      text = s.slice(at, at + 10);
      this._byDigits.set(key, text);
      this._texts.add(text);
    }
    return text;
  }

  /**
   * True when the text is a date this table has read, so a real `YYYY-MM-DD` date; false says
   * nothing (the date may not have been met yet).
   */
  has(text: string): boolean {
    return this._texts.has(text);
  }
}
