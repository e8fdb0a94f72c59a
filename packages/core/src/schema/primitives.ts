import { z } from 'zod';
import { AmountSchema } from './number-bounds.js';
import { isRealDate } from '../calendar.js';

/** Ids are lowercase slugs so they work as file names, URLs and CODEOWNERS entries alike. */
export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'must be a lowercase slug (letters a-z, digits and "-", starting with a letter or digit)' });

/** `objective-id` or `objective-id#kr-id`: what an objective aligns to. */
export const ParentRefSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*(#[a-z0-9][a-z0-9-]*)?$/, { error: 'must be an objective id or "<objective-id>#<kr-id>"' });

export { isRealDate } from '../calendar.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The same rule as IsoDateSchema, without a schema call: CSV files hold years of daily rows. */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && isRealDate(text);
}

/**
 * ISO calendar dates only; YAML 1.2 keeps unquoted dates as strings, so both spellings work.
 * `format: "date"` lets an editor that checks formats flag a day the calendar lacks, as Cairn does.
 */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealDate, { error: 'is not a real calendar date', abort: true, params: { code: 'invalid-date' } })
  .meta({ format: 'date', description: 'A date written YYYY-MM-DD' });

export const HandleSchema = z.string().min(1, { error: 'must not be empty' }).describe("A person's handle, like dana");

/** A two-sided band, used by range KPIs for targets and critical lines. */
export const BandSchema = z
  .strictObject({ min: AmountSchema.describe('The lower edge of the band'), max: AmountSchema.describe('The upper edge of the band') })
  .refine((b) => b.min <= b.max, { error: 'must not be below "min"', path: ['max'], params: { code: 'band-reversed' } });

export const SchemaRefSchema = z.string().describe('Editor hint: the JSON Schema this file follows');
