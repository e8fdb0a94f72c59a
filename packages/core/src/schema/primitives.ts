import { z } from 'zod';

/** Ids are lowercase slugs so they work as file names, URLs and CODEOWNERS entries alike. */
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a lowercase slug (letters a-z, digits and "-", starting with a letter or digit)' });

/** `objective-id` or `objective-id#kr-id`: what an objective aligns to. */
export const ParentRefSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*(#[a-z0-9][a-z0-9-]*)?$/, { error: 'must be an objective id or "<objective-id>#<kr-id>"' });

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Calendar arithmetic rather than a Date round trip, and digits read in place rather than
 * sliced out: a large repository holds a million dates. Expects the YYYY-MM-DD shape.
 */
export function isRealDate(iso: string): boolean {
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** The number written in `text[from..to)`, or NaN when a character there is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The same rule as IsoDateSchema, without a schema call: CSV files hold years of daily rows. */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && isRealDate(text);
}

/** ISO calendar dates only; YAML 1.2 keeps unquoted dates as strings, so both spellings work. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealDate, { error: 'is not a real calendar date', abort: true, params: { code: 'invalid-date' } });

export const HandleSchema = z.string().min(1, { error: 'must not be empty' });

/** A two-sided band, used by range KPIs for targets and critical lines. */
export const BandSchema = z
  .strictObject({ min: z.number(), max: z.number() })
  .refine((b) => b.min <= b.max, { error: 'must not be below "min"', path: ['max'], params: { code: 'band-reversed' } });

export const SchemaRefSchema = z.string().describe('Editor hint: the JSON Schema this file follows');
