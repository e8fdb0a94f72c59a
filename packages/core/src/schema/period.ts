import { z } from 'zod';
import { IsoDateSchema, SchemaRefSchema, SlugSchema } from './primitives.js';

export const PeriodSchema = z
  .strictObject({
    id: SlugSchema,
    name: z.string().optional(),
    start: IsoDateSchema,
    end: IsoDateSchema.describe('Inclusive'),
    parent: SlugSchema.nullish().describe('A longer period (a year) that contains this one'),
  })
  .refine((p) => p.end >= p.start, { error: 'must not come before "start"', path: ['end'], params: { code: 'end-before-start' } });

export const PeriodListSchema = z.array(PeriodSchema);

/** periods.yaml: a list, or `{ periods: [...] }` so a JSON file can carry "$schema". */
export const PeriodsFileSchema = z
  .union([PeriodListSchema, z.strictObject({ $schema: SchemaRefSchema.optional(), periods: PeriodListSchema })])
  .describe('Cairn periods (periods.yaml)');

export type Period = z.output<typeof PeriodSchema>;
