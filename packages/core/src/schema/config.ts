import { z } from 'zod';
import { IsoDateSchema, SchemaRefSchema } from './primitives.js';

const fraction = z.number().min(0).max(1);

export const SiteConfigSchema = z.strictObject({
  title: z.string().optional(),
  description: z.string().optional(),
  url: z.string().optional(),
  repository: z.string().optional(),
  locale: z.string().optional(),
});

export const ScoringConfigSchema = z.strictObject({
  pace: z.strictObject({ on_track: fraction.default(0.1), at_risk: fraction.default(0.25) }).optional(),
  grades: z.strictObject({ green: fraction.default(0.7), yellow: fraction.default(0.4) }).optional(),
});

/** `cairn.config.yaml`: organisation, site and scoring settings; every field is optional. */
export const ConfigSchema = z
  .strictObject({
    $schema: SchemaRefSchema.optional(),
    organisation: z.string().optional(),
    as_of: IsoDateSchema.optional().describe('Pin the as-of date so the scores read the same any day'),
    default_period: z.string().optional().describe('The period shown first; default: the shortest period containing the as-of date'),
    site: SiteConfigSchema.optional(),
    scoring: ScoringConfigSchema.optional(),
  })
  .describe('Cairn configuration (cairn.config.yaml)');

export type Config = z.output<typeof ConfigSchema>;
