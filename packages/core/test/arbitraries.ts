import fc from 'fast-check';
import { fromDay, toDay } from '../src/calendar.js';

/** An ISO date from `first` to `days` days after it, through the scorer's own calendar. */
export function isoDay(first: string, days: number): fc.Arbitrary<string> {
  const start = toDay(first);
  return fc.integer({ min: 0, max: days }).map((offset) => fromDay(start + offset));
}
