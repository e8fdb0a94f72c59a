import { z } from 'zod';
import { IsoDateSchema, SchemaRefSchema, SlugSchema } from './primitives.js';

export const PeriodSchema = z
  .strictObject({
    id: SlugSchema.describe('The period id, named by objective folders and period:; quote one that looks like a number ("2026")'),
    name: z.string().optional().describe('Display name; default: the id'),
    start: IsoDateSchema.describe('The first day, written YYYY-MM-DD'),
    end: IsoDateSchema.describe('The last day, inclusive, written YYYY-MM-DD; not before start'),
    parent: SlugSchema.nullish().describe('A longer period (a year) that contains this one'),
  })
  .refine((p) => p.end >= p.start, { error: 'must not come before "start"', path: ['end'], params: { code: 'end-before-start' } });

export const PeriodListSchema = z.array(PeriodSchema);

/** periods.yaml: a list, or `{ periods: [...] }` so a JSON file can carry "$schema". */
export const PeriodsFileSchema = z
  .union([PeriodListSchema, z.strictObject({ $schema: SchemaRefSchema.optional(), periods: PeriodListSchema.describe('The periods, each { id, name, start, end, parent }') })])
  .describe('Cairn periods (periods.yaml)');

export type Period = z.output<typeof PeriodSchema>;
